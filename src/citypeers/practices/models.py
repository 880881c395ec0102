import pycountry
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from citypeers.core.models import TimeStampedModel
from citypeers.core.rich_text import plain_text
from citypeers.core.themes import Theme, theme_definitions
from citypeers.events.models import Event
from citypeers.network.models import Municipality, Organisation, Person
from citypeers.practices.engine import text as search_text
from citypeers.practices.enums import PracticeStatus, TargetGroup

THEME_SLUGS = [slug for slug, _label in Theme.choices]
TARGET_GROUP_SLUGS = [slug for slug, _label in TargetGroup.choices]
URL_VALIDATOR = URLValidator(schemes=["http", "https"])


def validate_language(value: str) -> None:
    if not value or pycountry.languages.get(alpha_2=value.lower()) is None:
        raise ValidationError(
            _("%(value)s is not an ISO 639-1 language code."), params={"value": value}
        )


def _validate_slugs(values, vocabulary: list[str], message) -> None:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValidationError(_("Expected a list of slugs."))
    unknown = [v for v in values if v not in vocabulary]
    if unknown:
        raise ValidationError(message, params={"values": ", ".join(unknown)})


def validate_themes(values) -> None:
    _validate_slugs(values, THEME_SLUGS, _("Unknown theme: %(values)s."))


def validate_target_groups(values) -> None:
    _validate_slugs(values, TARGET_GROUP_SLUGS, _("Unknown target group: %(values)s."))


def validate_links(values) -> None:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValidationError(_("Expected a list of web addresses."))
    for value in values:
        URL_VALIDATOR(value)


def bits_of(slugs, vocabulary: list[str]) -> int:
    """A bit set of slugs (bit i = vocabulary[i]); unknown slugs are ignored."""
    return sum(1 << vocabulary.index(slug) for slug in set(slugs or ()) if slug in vocabulary)


class Practice(TimeStampedModel):
    """A good practice of a municipality (or an organisation), searchable in any language.

    The ``search_*`` columns, ``theme_bits`` and ``target_group_bits`` are derived from
    the other fields on every save (a denormalisation, not business rules): database
    triggers copy the search columns into the full-text index, and filters read the bits.
    The embedding is computed by the services when the embedded text changes.
    """

    key = models.CharField(
        _("catalogue key"),
        max_length=200,
        unique=True,
        null=True,
        blank=True,
        help_text=_("The identifier of the practice in the catalogue it was imported from."),
    )
    name = models.CharField(_("name"), max_length=300)
    name_en = models.CharField(_("English name"), max_length=300, blank=True)
    language = models.CharField(
        _("language of the text"), max_length=8, default="en", validators=[validate_language]
    )
    status = models.CharField(
        _("status"), max_length=20, choices=PracticeStatus.choices, default=PracticeStatus.DRAFT
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="practices",
        verbose_name=_("municipality"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="practices_run",
        verbose_name=_("organisation"),
    )
    themes = models.JSONField(_("themes"), default=list, blank=True, validators=[validate_themes])
    target_groups = models.JSONField(
        _("target groups"), default=list, blank=True, validators=[validate_target_groups]
    )
    summary = models.TextField(_("summary"), blank=True)
    description = models.TextField(_("description"), blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )
    partners = models.ManyToManyField(
        Organisation, blank=True, related_name="practices", verbose_name=_("partners")
    )
    funding = models.TextField(_("funding sources"), blank=True)
    results = models.TextField(_("results in figures"), blank=True)
    contact = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="practices",
        verbose_name=_("contact person"),
    )
    links = models.JSONField(_("links"), default=list, blank=True, validators=[validate_links])
    inspired_by = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="inspired",
        verbose_name=_("inspired by"),
    )
    presented_at = models.ManyToManyField(
        Event, blank=True, related_name="practices", verbose_name=_("presented at")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="practices_created",
        verbose_name=_("created by"),
    )

    # Derived on save, for search and filters.
    search_names = models.TextField(editable=False, default="")
    search_body = models.TextField(editable=False, default="")
    search_stems = models.TextField(editable=False, default="")
    theme_bits = models.BigIntegerField(editable=False, default=0)
    target_group_bits = models.BigIntegerField(editable=False, default=0)
    # Set by the services: the vector of ``embedding_text()`` and what it was computed from.
    embedding = models.BinaryField(null=True, blank=True, editable=False)
    embedding_digest = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        indexes = [
            models.Index(fields=["status", "-updated_at"]),
            models.Index(fields=["updated_at"]),
            models.Index(fields=["municipality", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True)
                | Q(start_year__isnull=True)
                | Q(end_year__gte=models.F("start_year")),
                name="practice_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("practices:detail", kwargs={"pk": self.pk})

    @property
    def runner(self):
        return self.municipality or self.organisation

    @property
    def is_published(self) -> bool:
        return self.status == PracticeStatus.PUBLISHED

    def embedding_text(self) -> str:
        """What the semantic engine reads: names, summary, description and theme labels."""
        labels = {t["slug"]: t["en"] for t in theme_definitions()}
        parts = [self.name, self.name_en, self.summary, plain_text(self.description)]
        if self.themes:
            parts.append("Themes: " + ", ".join(labels.get(t, t) for t in self.themes))
        return ". ".join(part.strip() for part in parts if part and part.strip())

    def refresh_derived_fields(self) -> None:
        runner = self.municipality or self.organisation
        fields = search_text.document_fields(
            names=[self.name, self.name_en],
            body=[self.summary, plain_text(self.description), str(runner) if runner else ""],
            language=self.language,
        )
        self.search_names = fields["search_names"]
        self.search_body = fields["search_body"]
        self.search_stems = fields["search_stems"]
        self.theme_bits = bits_of(self.themes, THEME_SLUGS)
        self.target_group_bits = bits_of(self.target_groups, TARGET_GROUP_SLUGS)

    def save(self, *args, **kwargs):
        self.refresh_derived_fields()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = set(update_fields) | {
                "search_names",
                "search_body",
                "search_stems",
                "theme_bits",
                "target_group_bits",
            }
        super().save(*args, **kwargs)
