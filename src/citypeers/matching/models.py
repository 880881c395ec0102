"""Matching's own rows: how cities take part, exchange requests, rounds and their pairs."""

import datetime as dt

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from citypeers.core.formatting import date_text
from citypeers.core.models import TimeStampedModel
from citypeers.events.models import Event
from citypeers.matching.enums import LIVE_REQUEST_STATUSES, RequestStatus, RoundStatus
from citypeers.network.models import Municipality, Programme


def default_weekdays() -> list[int]:
    return [0, 1, 2, 3, 4]


class ExchangePreferences(TimeStampedModel):
    """How a municipality takes part in matching: whether at all, when, in which languages.

    A municipality with no row has not opted in; its office hours are the defaults.
    """

    municipality = models.OneToOneField(
        Municipality, on_delete=models.CASCADE, related_name="exchange_preferences"
    )
    opted_in = models.BooleanField(_("open to exchanges"), default=False)
    office_opens = models.TimeField(_("office opens"), default=dt.time(9))
    office_closes = models.TimeField(_("office closes"), default=dt.time(17))
    weekdays = models.JSONField(_("working days"), default=default_weekdays)
    languages = models.JSONField(_("working languages"), default=list, blank=True)

    class Meta:
        verbose_name = _("exchange preferences")
        verbose_name_plural = _("exchange preferences")
        constraints = [
            models.CheckConstraint(
                condition=Q(office_closes__gt=F("office_opens")), name="office_hours_in_order"
            )
        ]

    def __str__(self) -> str:
        return str(self.municipality)


class ExchangeRequest(TimeStampedModel):
    """A municipality asks for an exchange, with a city or on themes; the coordinator
    invites a peer, whose members accept (the meeting becomes a planned event) or decline.

    Every step is kept in the audit trail (``core.AuditEntry``) by the services.
    """

    programme = models.ForeignKey(
        Programme,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="exchange_requests",
        verbose_name=_("programme"),
    )
    requester = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="exchange_requests_made",
        verbose_name=_("requesting municipality"),
    )
    wanted = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="exchange_requests_wanted",
        verbose_name=_("municipality asked for"),
    )
    themes = models.JSONField(_("themes"), default=list, blank=True)
    message = models.TextField(_("message"), blank=True, max_length=4000)
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )
    invited = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="exchange_invitations",
        verbose_name=_("invited municipality"),
    )
    answer = models.TextField(_("answer"), blank=True, max_length=4000)
    proposed_start = models.DateTimeField(_("proposed start"), null=True, blank=True)
    meeting_minutes = models.PositiveSmallIntegerField(
        _("meeting length (minutes)"),
        default=90,
        validators=[MinValueValidator(15), MaxValueValidator(480)],
    )
    event = models.OneToOneField(
        Event,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="exchange_request",
        verbose_name=_("meeting"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("asked by"),
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("exchange request")
        verbose_name_plural = _("exchange requests")
        constraints = [
            models.UniqueConstraint(
                fields=["requester", "wanted"],
                condition=Q(status__in=LIVE_REQUEST_STATUSES),
                name="one_live_request_per_pair",
            ),
            models.CheckConstraint(
                condition=~Q(requester=F("wanted")), name="request_not_to_itself"
            ),
        ]

    def __str__(self) -> str:
        other = self.wanted or self.invited
        if other is not None:
            return f"{self.requester} → {other}"
        return str(self.requester)

    def get_absolute_url(self) -> str:
        return reverse("matching:request", args=[self.pk])


STALLED_AFTER = dt.timedelta(minutes=15)
"""A round waiting or computing with no sign of life for this long may be computed again:
its worker stopped, or no worker picked it up (progress moves ``updated_at`` often)."""


class Round(TimeStampedModel):
    """A coordinator's round of exchanges for a programme: who meets whom, and when.

    Computed as a task (``progress`` 0-100 for the page); pairs are reviewed, swapped or
    removed, then confirmed into planned events.
    """

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="rounds", verbose_name=_("programme")
    )
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    meeting_minutes = models.PositiveSmallIntegerField(
        _("meeting length (minutes)"),
        default=90,
        validators=[MinValueValidator(15), MaxValueValidator(480)],
    )
    different_countries = models.BooleanField(_("only pairs of different countries"), default=True)
    common_language = models.BooleanField(_("a common working language"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=RoundStatus.choices, default=RoundStatus.DRAFT
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    progress_note = models.CharField(_("progress"), max_length=200, blank=True)
    sitting_out = models.JSONField(_("sitting out"), default=list, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("opened by"),
    )

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        constraints = [
            models.CheckConstraint(condition=Q(ends_on__gte=F("starts_on")), name="round_dates")
        ]

    def __str__(self) -> str:
        return f"{self.programme} {date_text(self.starts_on)} – {date_text(self.ends_on)}"

    def get_absolute_url(self) -> str:
        return reverse("matching:round", args=[self.pk])

    def is_stalled(self, now: dt.datetime) -> bool:
        waiting = self.status in (RoundStatus.DRAFT, RoundStatus.COMPUTING)
        return waiting and self.updated_at is not None and now - self.updated_at >= STALLED_AFTER

    def may_compute_again(self, now: dt.datetime) -> bool:
        return self.status == RoundStatus.FAILED or self.is_stalled(now)


class RoundModerator(models.Model):
    """A moderator of a round and how many meetings they can hold a day."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="moderators")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("moderator"),
    )
    per_day = models.PositiveSmallIntegerField(
        _("meetings a day"), default=2, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )

    class Meta:
        verbose_name = _("moderator")
        verbose_name_plural = _("moderators")
        constraints = [
            models.UniqueConstraint(fields=["round", "user"], name="one_row_per_round_moderator")
        ]

    def __str__(self) -> str:
        return str(self.user)


class RoundPair(models.Model):
    """Two municipalities paired in a round, why, and (when placed) their slot."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="pairs")
    first = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(_("score"), default=0)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    starts_at = models.DateTimeField(_("starts at"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends at"), null=True, blank=True)
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moderator"),
    )
    unplaced_reason = models.CharField(_("why it has no slot"), max_length=40, blank=True)
    event = models.OneToOneField(
        Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="round_pair"
    )

    class Meta:
        ordering = ["starts_at", "-score", "pk"]
        verbose_name = _("pair")
        verbose_name_plural = _("pairs")
        constraints = [
            models.CheckConstraint(condition=~Q(first=F("second")), name="pair_of_two_cities"),
            models.CheckConstraint(
                condition=Q(starts_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                name="pair_slot_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.first} – {self.second}"
