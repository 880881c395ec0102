"""Files attached to events (and practices), and the log of who downloaded them.

A row always has its file: services store the file first and write the row second, and
delete the file only once the row's deletion is committed. The stored name is random;
the name people see is ``original_name``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citypeers.core.formatting import language_text
from citypeers.core.models import TimeStampedModel
from citypeers.documents.enums import Visibility
from citypeers.events.models import Event
from citypeers.practices.models import Practice

# The network's official languages, the main languages of its migrant communities, and
# "several languages" (ISO 639 "mul").
# fmt: off
DOCUMENT_LANGUAGES = [
    "en", "it", "bg", "cs", "da", "de", "el", "es", "et", "fi", "fr", "ga", "hr", "hu", "lt",
    "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ar", "fa", "ru", "tr", "uk", "mul",
]
# fmt: on


def document_language_choices() -> list[tuple[str, str]]:
    """The document languages named in the active language (CLDR names via babel)."""
    return [(code, language_text(code)) for code in DOCUMENT_LANGUAGES]


class Document(TimeStampedModel):
    """A file attached to exactly one event or practice, with who may download it."""

    event = models.ForeignKey(
        Event,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("event"),
    )
    practice = models.ForeignKey(
        Practice,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="documents",
        verbose_name=_("practice"),
    )
    title = models.CharField(_("title"), max_length=300)
    language = models.CharField(
        _("language"), max_length=8, choices=document_language_choices, default="en"
    )
    description = models.TextField(_("description"), blank=True)
    visibility = models.CharField(
        _("visibility"), max_length=20, choices=Visibility.choices, default=Visibility.MEMBERS
    )
    file = models.FileField(_("file"), max_length=200)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.CheckConstraint(
                condition=Q(event__isnull=False, practice__isnull=True)
                | Q(event__isnull=True, practice__isnull=False),
                name="document_belongs_to_one_item",
            ),
            models.UniqueConstraint(
                fields=["event", "sha256"],
                condition=Q(event__isnull=False),
                name="unique_document_content_per_event",
            ),
            models.UniqueConstraint(
                fields=["practice", "sha256"],
                condition=Q(practice__isnull=False),
                name="unique_document_content_per_practice",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        """The download address: the one view that checks permission and streams the file."""
        return reverse("documents:download", kwargs={"pk": self.pk})

    @property
    def item(self) -> Event | Practice:
        """What the document is attached to: an event or a practice."""
        return self.event or self.practice

    @staticmethod
    def item_filter(item: Event | Practice) -> dict:
        """The lookup that selects the documents of ``item``."""
        if isinstance(item, Event):
            return {"event": item}
        if isinstance(item, Practice):
            return {"practice": item}
        raise TypeError(f"Documents attach to events and practices, not to {item!r}.")


class DocumentDownload(models.Model):
    """One download by a signed-in user: who, what, when."""

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="downloads", verbose_name=_("document")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("user"),
    )
    downloaded_at = models.DateTimeField(_("downloaded at"), default=timezone.now)

    class Meta:
        ordering = ["-downloaded_at", "-pk"]
        verbose_name = _("download")
        verbose_name_plural = _("downloads")
        indexes = [models.Index(fields=["document", "-downloaded_at"])]

    def __str__(self) -> str:
        return f"{self.document} – {self.user} – {self.downloaded_at:%Y-%m-%d %H:%M}"
