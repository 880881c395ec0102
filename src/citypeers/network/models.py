import pycountry
from babel import Locale
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from citypeers.core.formatting import base_language, language_text
from citypeers.core.models import TimeStampedModel
from citypeers.core.themes import Theme
from citypeers.network.enums import OrganisationKind, UnitKind
from citypeers.network.names import municipality_name


def country_name(code: str, language: str | None = None) -> str:
    """The country's name in the given (default: active) language, from CLDR via babel."""
    language = base_language(language)
    try:
        return Locale.parse(language).territories.get(code, code)
    except (ValueError, TypeError):
        return code


class Country(models.Model):
    """An ISO 3166-1 country; names in every language come from CLDR (babel)."""

    code = models.CharField(_("code"), max_length=2, primary_key=True)
    name_en = models.CharField(_("English name"), max_length=100)
    is_eu = models.BooleanField(_("EU member state"), default=False)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return country_name(self.code)


class Municipality(TimeStampedModel):
    """A local authority from the bundled geodata, keyed by its GeoNames id."""

    geonames_id = models.PositiveIntegerField(_("GeoNames id"), unique=True)
    name = models.CharField(_("name"), max_length=200)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, related_name="municipalities", verbose_name=_("country")
    )
    admin1_code = models.CharField(_("region code"), max_length=20, blank=True)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))
    population = models.PositiveIntegerField(_("population"), default=0)
    timezone = models.CharField(_("time zone"), max_length=64)
    alternate_names = models.JSONField(_("alternate names"), default=list, blank=True)
    # {language: name} from sources that tag the language (see network.names).
    names_by_language = models.JSONField(_("names by language"), default=dict, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        indexes = [models.Index(fields=["country", "-population"])]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """The name in the active language (``network.names.municipality_name``)."""
        return municipality_name(self)

    def get_absolute_url(self) -> str:
        return reverse("network:municipality", kwargs={"pk": self.pk})


class MunicipalityName(models.Model):
    """One folded spelling of a municipality's name, in any language, for indexed lookup."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="names")
    folded = models.CharField(max_length=200, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["municipality", "folded"], name="unique_folded_name")
        ]

    def __str__(self) -> str:
        return self.folded


class Organisation(TimeStampedModel):
    """A body other than a municipality: an international organisation, a ministry, a NGO."""

    name = models.CharField(_("name"), max_length=300)
    short_name = models.CharField(_("short name"), max_length=50, blank=True)
    kind = models.CharField(_("kind"), max_length=40, choices=OrganisationKind.choices)
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("country")
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="unique_organisation_name"),
        ]

    def __str__(self) -> str:
        return self.short_name or self.name

    def get_absolute_url(self) -> str:
        return reverse("network:organisation", kwargs={"pk": self.pk})


class Unit(TimeStampedModel):
    """A directorate, department, service or team inside a municipality or organisation."""

    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(
        _("kind"), max_length=20, choices=UnitKind.choices, default=UnitKind.OTHER
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, null=True, blank=True, related_name="units"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="units"
    )
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children"
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False, organisation__isnull=True)
                | Q(municipality__isnull=True, organisation__isnull=False),
                name="unit_has_one_parent_body",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def body(self):
        return self.municipality or self.organisation


class Person(TimeStampedModel):
    """A named person; contact details are for signed-in members only."""

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("network:person", kwargs={"pk": self.pk})


class PersonRole(models.Model):
    """A position a person holds (or held) in a municipality or an organisation."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(_("title"), max_length=300, blank=True)
    unit = models.ForeignKey(Unit, on_delete=models.SET_NULL, null=True, blank=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, null=True, blank=True, related_name="person_roles"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="person_roles"
    )
    since = models.DateField(_("since"), null=True, blank=True)
    until = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        ordering = ["-since", "pk"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.CheckConstraint(
                condition=Q(until__isnull=True)
                | Q(since__isnull=True)
                | Q(until__gte=models.F("since")),
                name="role_ends_after_it_starts",
            ),
        ]

    def __str__(self) -> str:
        parts = [
            self.title,
            str(self.unit or ""),
            str(self.municipality or self.organisation or ""),
        ]
        return ", ".join(part for part in parts if part)

    @property
    def body(self):
        return self.municipality or self.organisation


class Programme(TimeStampedModel):
    """A funded programme under which municipalities exchange (e.g. an EU-funded project)."""

    name = models.CharField(_("name"), max_length=300, unique=True)
    short_name = models.CharField(_("short name"), max_length=50, blank=True)
    funder = models.CharField(_("funder"), max_length=300, blank=True)
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    coordinator = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("coordinator")
    )
    description = models.TextField(_("description"), blank=True)
    municipalities = models.ManyToManyField(
        Municipality, through="Enrolment", related_name="programmes"
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def __str__(self) -> str:
        return self.short_name or self.name


class Enrolment(models.Model):
    """A municipality taking part in a programme (its members are the affiliated users)."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="enrolments")
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="enrolments"
    )
    since = models.DateField(_("since"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["programme", "municipality"], name="unique_enrolment")
        ]

    def __str__(self) -> str:
        return f"{self.municipality} – {self.programme}"


class Affiliation(models.Model):
    """A user account's link to the municipality or organisation they work for.

    It makes the user a member of that body: able to edit its profile and see what is
    shared with its participants.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="affiliations"
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, null=True, blank=True, related_name="affiliations"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, null=True, blank=True, related_name="affiliations"
    )

    class Meta:
        verbose_name = _("affiliation")
        verbose_name_plural = _("affiliations")
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False, organisation__isnull=True)
                | Q(municipality__isnull=True, organisation__isnull=False),
                name="affiliation_has_one_body",
            ),
            models.UniqueConstraint(
                fields=["user", "municipality"], name="unique_user_municipality"
            ),
            models.UniqueConstraint(
                fields=["user", "organisation"], name="unique_user_organisation"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.municipality or self.organisation}"


def written_languages() -> list[tuple[str, str]]:
    """The ISO 639-1 languages a text may be written in (the codes practices accept), named
    in the active language: the site's languages first, then the others by name."""
    site = [code for code, _name in settings.LANGUAGES]
    others = [
        (lang.alpha_2, language_text(lang.alpha_2))
        for lang in pycountry.languages
        if hasattr(lang, "alpha_2") and lang.alpha_2 not in site
    ]
    return [(code, language_text(code)) for code in site] + sorted(
        others, key=lambda choice: choice[1].casefold()
    )


# What a municipality's officers fill in on its profile (besides challenges and communities).
PROFILE_FIELDS = (
    "foreign_residents",
    "foreign_residents_share",
    "figures_year",
    "figures_source",
    "language",
    "services",
    "notes",
)


class CityProfile(TimeStampedModel):
    """What a municipality tells its peers about itself; every change is in the audit trail."""

    municipality = models.OneToOneField(
        Municipality, on_delete=models.CASCADE, related_name="profile"
    )
    foreign_residents = models.PositiveIntegerField(_("foreign residents"), null=True, blank=True)
    foreign_residents_share = models.DecimalField(
        _("share of population (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    figures_year = models.PositiveSmallIntegerField(
        _("year of the figures"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )
    figures_source = models.CharField(_("source of the figures"), max_length=300, blank=True)
    services = models.TextField(_("services"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    language = models.CharField(
        _("language of the text"),
        max_length=8,
        choices=written_languages,
        default="en",
        help_text=_("The language the services and notes are written in."),
    )

    class Meta:
        verbose_name = _("city profile")
        verbose_name_plural = _("city profiles")
        constraints = [
            models.CheckConstraint(
                condition=Q(foreign_residents_share__isnull=True)
                | Q(foreign_residents_share__gte=0, foreign_residents_share__lte=100),
                name="share_is_a_percentage",
            ),
        ]

    def __str__(self) -> str:
        return str(self.municipality)


class ProfileChallenge(models.Model):
    """A theme the municipality struggles with, ranked 1 (highest) to 3."""

    profile = models.ForeignKey(CityProfile, on_delete=models.CASCADE, related_name="challenges")
    theme = models.CharField(_("theme"), max_length=40, choices=Theme.choices)
    priority = models.PositiveSmallIntegerField(
        _("priority"), validators=[MinValueValidator(1), MaxValueValidator(3)]
    )

    class Meta:
        ordering = ["priority", "theme"]
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")
        constraints = [
            models.UniqueConstraint(fields=["profile", "theme"], name="unique_profile_theme"),
            models.CheckConstraint(
                condition=Q(priority__gte=1, priority__lte=3), name="priority_one_to_three"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_theme_display()} ({self.priority})"


class OriginCommunity(models.Model):
    """A main community of origin among the municipality's foreign residents."""

    profile = models.ForeignKey(CityProfile, on_delete=models.CASCADE, related_name="communities")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, verbose_name=_("country"))
    count = models.PositiveIntegerField(_("residents"), null=True, blank=True)

    class Meta:
        ordering = ["-count"]
        verbose_name = _("community of origin")
        verbose_name_plural = _("communities of origin")
        constraints = [
            models.UniqueConstraint(fields=["profile", "country"], name="unique_profile_country"),
        ]

    def __str__(self) -> str:
        return str(self.country_id)
