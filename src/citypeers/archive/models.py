from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from citypeers.archive.enums import ReportStatus
from citypeers.core.models import TimeStampedModel
from citypeers.documents.models import Document
from citypeers.events.models import Event
from citypeers.network.models import Municipality, Organisation, Person, PersonRole


class ImportedReport(TimeStampedModel):
    """A meeting report as imported: its own text, checksum and the structured record.

    The file name is the natural key: importing the same name again updates this row;
    the same checksum means nothing changed.
    """

    source_name = models.CharField(_("file name"), max_length=255, unique=True)
    sha256 = models.CharField(_("checksum (SHA-256)"), max_length=64, db_index=True)
    text = models.TextField(_("text"))
    extracted = models.JSONField(_("extracted record"), default=dict)
    record = models.JSONField(_("record"), default=dict)
    low_confidence = models.JSONField(_("low-confidence fields"), default=list, blank=True)
    # {field: [sentence, ...]}: where in the text each unsure field was read
    evidence = models.JSONField(_("evidence"), default=dict, blank=True)
    shown_text = models.TextField(
        _("report shown on the event page"),
        blank=True,
        help_text=_("The coordinator's edited version; empty shows the imported text."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.IMPORTED
    )
    kind = models.CharField(_("kind"), max_length=40, blank=True)
    sequence = models.PositiveIntegerField(_("series number"), null=True, blank=True)
    project = models.CharField(_("project"), max_length=200, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    year_inferred = models.BooleanField(_("year inferred"), default=False)
    themes = models.JSONField(_("themes"), default=list, blank=True)
    municipalities = models.ManyToManyField(
        Municipality, related_name="archive_reports", blank=True, verbose_name=_("municipalities")
    )
    organisations = models.ManyToManyField(
        Organisation, related_name="archive_reports", blank=True, verbose_name=_("organisations")
    )
    # Several reports may tell of one meeting (accounts in two languages): the first
    # imported leads the event, the others join it as further accounts.
    event = models.ForeignKey(
        Event,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="source_reports",
        verbose_name=_("event"),
    )
    separate_event = models.BooleanField(
        _("kept as a separate event"),
        default=False,
        help_text=_("The coordinator said it is not the meeting of another report that day."),
    )
    # The copy of a further account attached to its event's documents (None when leading).
    account = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("account attached to the event"),
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("imported by"),
    )

    class Meta:
        ordering = ["-start_date", "source_name"]
        verbose_name = _("imported report")
        verbose_name_plural = _("imported reports")
        indexes = [models.Index(fields=["project", "sequence"])]

    def __str__(self) -> str:
        return self.source_name


class ReportParticipant(models.Model):
    """A named person who took part in the meeting a report describes, in a given role."""

    report = models.ForeignKey(
        ImportedReport, on_delete=models.CASCADE, related_name="participants"
    )
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="archive_participations"
    )
    person_role = models.ForeignKey(PersonRole, on_delete=models.SET_NULL, null=True, blank=True)
    title = models.CharField(_("role in the meeting"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(fields=["report", "person"], name="unique_report_participant")
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.report})"
