"""Events: peer exchanges, consultations and the like, with who took part and what followed.

Times are stored in UTC; each party's local time comes from its municipality's IANA zone
(see ``timezones``). Numbering inside a series and every other write live in ``services``.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from citypeers.core.models import TimeStampedModel
from citypeers.core.rich_text import plain_text
from citypeers.core.themes import Theme
from citypeers.events.enums import (
    EventFormat,
    EventKind,
    EventStatus,
    GrammaticalGender,
    ParticipantRole,
    PersonEventRole,
    SessionKind,
)
from citypeers.network.models import (
    Country,
    Municipality,
    Organisation,
    Person,
    Programme,
    Unit,
)


class EventSeries(TimeStampedModel):
    """A numbered run of events, e.g. a programme's online peer-to-peer exchanges.

    ``name`` and ``gender`` are stored per language (``name_en`` … ``name_mt``, see
    ``translation``); the English name is required and unique.
    """

    name = models.CharField(_("name"), max_length=200)
    gender = models.CharField(
        _("grammatical gender"),
        help_text=_("The gender of the name in this language: ordinals agree with it."),
        max_length=1,
        choices=GrammaticalGender.choices,
        default=GrammaticalGender.MASCULINE,
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=EventKind.choices, default=EventKind.PEER_EXCHANGE
    )
    programme = models.ForeignKey(
        Programme,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="event_series",
        verbose_name=_("programme"),
    )

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("event series")
        verbose_name_plural = _("event series")
        constraints = [
            models.UniqueConstraint(fields=["name_en"], name="event_series_english_name_unique")
        ]

    def __str__(self) -> str:
        return self.name


class Event(TimeStampedModel):
    """One meeting. ``title`` is optional: without it the title is generated from the series."""

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    format = models.CharField(
        _("format"), max_length=20, choices=EventFormat.choices, default=EventFormat.ONLINE
    )
    title = models.CharField(_("title"), max_length=300, blank=True)
    title_it = models.CharField(_("title (Italian)"), max_length=300, blank=True)
    programme = models.ForeignKey(
        Programme,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("programme"),
    )
    series = models.ForeignKey(
        EventSeries,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("series"),
    )
    ordinal = models.PositiveIntegerField(_("number in the series"), null=True, blank=True)
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"))
    has_times = models.BooleanField(
        _("times known"),
        default=True,
        help_text=_("Off when only the dates are known: the event is shown as lasting whole days."),
    )
    year_inferred = models.BooleanField(
        _("year inferred"),
        default=False,
        help_text=_(
            "On when the source gives the day and month only and the year was worked out "
            "from the other meetings: pages show the year as inferred."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.PLANNED
    )
    venue = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="hosted_events",
        verbose_name=_("venue"),
    )
    venue_detail = models.CharField(_("venue details"), max_length=300, blank=True)
    meeting_url = models.URLField(_("meeting link"), blank=True)
    summary = models.TextField(_("summary"), blank=True)
    report = models.TextField(_("report"), blank=True)
    # The ISO 639-1 code of the language the report is written in (blank: not said), so
    # that pages in other languages mark it and say which language it is.
    report_language = models.CharField(_("language of the report"), max_length=8, blank=True)
    # The report's text without its markup, kept for the text index (``fulltext``): a
    # search for "strong" or "href" must not find every report that has a bold word or a link.
    report_text = models.TextField(_("report text"), blank=True, editable=False)
    report_published_at = models.DateTimeField(_("report published"), null=True, blank=True)
    common_challenges = models.TextField(_("common challenges identified"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-starts_at", "-pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(fields=["status", "starts_at"]),
            models.Index(fields=["kind", "starts_at"]),
            models.Index(fields=["series", "starts_at"]),
            models.Index(fields=["report_published_at"]),
            models.Index(fields=["updated_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="event_ends_after_it_starts"
            ),
            models.CheckConstraint(
                condition=Q(series__isnull=False) | Q(ordinal__isnull=True),
                name="event_ordinal_needs_series",
            ),
            models.UniqueConstraint(fields=["series", "ordinal"], name="unique_series_ordinal"),
        ]

    def __str__(self) -> str:
        return self.title or f"{self.get_kind_display()} {self.local_day():%Y-%m-%d}"

    def save(self, *args, update_fields=None, **kwargs):
        """Keep ``report_text`` the text of ``report``, whichever write changes it."""
        self.report_text = plain_text(self.report)
        if update_fields is not None and "report" in update_fields:
            update_fields = [*update_fields, "report_text"]
        super().save(*args, update_fields=update_fields, **kwargs)

    def local_day(self):
        """The day the event starts in its first party's zone (see ``times.event_day``)."""
        from citypeers.events.times import event_day  # times reads these models

        return event_day(self)

    def get_absolute_url(self) -> str:
        return reverse("events:detail", kwargs={"pk": self.pk})


class EventTheme(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="themes")
    theme = models.CharField(_("theme"), max_length=40, choices=Theme.choices, db_index=True)

    class Meta:
        ordering = ["theme"]
        verbose_name = _("event theme")
        verbose_name_plural = _("event themes")
        constraints = [
            models.UniqueConstraint(fields=["event", "theme"], name="unique_event_theme"),
        ]

    def __str__(self) -> str:
        return self.get_theme_display()


class EventSession(models.Model):
    """A part of a (multi-day) event: a panel, a workshop, with its own times and themes."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    kind = models.CharField(
        _("kind"), max_length=20, choices=SessionKind.choices, default=SessionKind.PANEL
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    themes = models.JSONField(_("themes"), default=list, blank=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="session_ends_after_it_starts"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class EventParticipant(models.Model):
    """A municipality or an organisation taking part in an event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="event_participations",
        verbose_name=_("municipality"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="event_participations",
        verbose_name=_("organisation"),
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=ParticipantRole.choices,
        default=ParticipantRole.PARTICIPANT,
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # The municipality's country, copied so that events are counted per country without
    # joining the directory (set by the services; None for organisations).
    country = models.ForeignKey(
        Country, on_delete=models.PROTECT, null=True, blank=True, related_name="+", editable=False
    )

    class Meta:
        ordering = ["position", "pk"]
        indexes = [models.Index(fields=["country", "event"])]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False, organisation__isnull=True)
                | Q(municipality__isnull=True, organisation__isnull=False),
                name="participant_is_one_body",
            ),
            models.UniqueConstraint(
                fields=["event", "municipality"], name="unique_event_municipality"
            ),
            models.UniqueConstraint(
                fields=["event", "organisation"], name="unique_event_organisation"
            ),
        ]

    def __str__(self) -> str:
        return str(self.body)

    @property
    def body(self):
        return self.municipality or self.organisation


class EventPerson(models.Model):
    """A person in an event, with the role, title and unit they had at that time."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="people")
    person = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="event_roles", verbose_name=_("person")
    )
    role = models.CharField(
        _("role in the event"),
        max_length=20,
        choices=PersonEventRole.choices,
        default=PersonEventRole.DELEGATE,
    )
    title = models.CharField(_("title at the time"), max_length=300, blank=True)
    unit = models.ForeignKey(
        Unit, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("unit at the time")
    )
    participant = models.ForeignKey(
        EventParticipant,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("representing"),
    )
    session = models.ForeignKey(
        EventSession,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("session"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("person in an event")
        verbose_name_plural = _("people in events")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "person", "session", "role"],
                name="unique_event_person_role",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"

    def trail_value(self) -> dict:
        """What the event's history keeps: the name and the role's key, not its label, so
        the history reads the role in the reader's language rather than the writer's."""
        return {"person": str(self.person)[:300], "role": self.role}

    @staticmethod
    def trail_text(value: dict) -> str:
        """A kept ``trail_value`` as the history shows it, e.g. "Ana Lopes (Speaker)"."""
        roles = dict(PersonEventRole.choices)
        role = value.get("role")
        return f"{value.get('person', '')} ({roles.get(role, role)})"


class EventPresentation(models.Model):
    """What a party presented at an event: a service, a project, figures (free text)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="presentations")
    participant = models.ForeignKey(
        EventParticipant,
        on_delete=models.CASCADE,
        related_name="presentations",
        verbose_name=_("presented by"),
    )
    title = models.CharField(_("title"), max_length=300)
    original_title = models.CharField(
        _("title in the original language"), max_length=300, blank=True
    )
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["participant__position", "position", "pk"]
        verbose_name = _("presentation")
        verbose_name_plural = _("presentations")

    def __str__(self) -> str:
        return self.title


class FollowUpAction(TimeStampedModel):
    """Something agreed at an event: what, who, by when, and whether it is done."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="follow_ups")
    description = models.TextField(_("what"))
    participant = models.ForeignKey(
        EventParticipant,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="follow_ups",
        verbose_name=_("who"),
    )
    due_on = models.DateField(_("due by"), null=True, blank=True)
    done_at = models.DateTimeField(_("done"), null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")
        indexes = [models.Index(fields=["done_at", "due_on"])]

    def __str__(self) -> str:
        return self.description[:80]


class FollowUpProgress(TimeStampedModel):
    """A note on a follow-up action by a member of a participating municipality."""

    action = models.ForeignKey(FollowUpAction, on_delete=models.CASCADE, related_name="progress")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.TextField(_("progress"))
    marks_done = models.BooleanField(_("done"), default=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("follow-up progress")
        verbose_name_plural = _("follow-up progress")

    def __str__(self) -> str:
        return self.note[:80]
