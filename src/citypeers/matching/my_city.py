"""What a signed-in user finds first: their municipality's page of things to do, or, for a
coordinator, the programme's. Reads only; each list bounded, in a fixed number of queries."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import F, Q, QuerySet
from django.utils import timezone

from citypeers.events.enums import EventStatus
from citypeers.events.models import Event, FollowUpAction
from citypeers.events.selectors import events_to_conclude, overdue_follow_ups, with_list_relations
from citypeers.matching.enums import LIVE_REQUEST_STATUSES, RequestStatus, RoundStatus
from citypeers.matching.models import ExchangeRequest, Round
from citypeers.network.models import Municipality
from citypeers.network.rules import bodies_of
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import THEME_SLUGS, Practice

LIST_LENGTH = 10
DUE_WITHIN = dt.timedelta(days=30)


@dataclass
class CityDesk:
    """One municipality's things to do, as its members' landing page shows them."""

    municipality: Municipality
    to_answer: list = field(default_factory=list)
    asked: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    follow_ups: list = field(default_factory=list)
    practices: list = field(default_factory=list)
    challenge_themes: list = field(default_factory=list)
    peers: list = field(default_factory=list)


def cities_of(user) -> QuerySet[Municipality]:
    """The municipalities the user works for, by name."""
    ids = sorted(bodies_of(user).municipalities)
    return Municipality.objects.filter(pk__in=ids).select_related("country").order_by("name")


def _requests() -> QuerySet[ExchangeRequest]:
    return ExchangeRequest.objects.select_related("requester", "wanted", "invited")


def city_desk(municipality: Municipality, *, now: dt.datetime | None = None) -> CityDesk:
    """Invitations waiting for the city's answer, its own live requests, its coming
    meetings, follow-ups due within a month (or overdue) and new practices on its
    challenges from other cities."""
    now = now or timezone.now()
    desk = CityDesk(municipality=municipality)
    desk.to_answer = list(
        _requests().filter(invited=municipality, status=RequestStatus.INVITED)[:LIST_LENGTH]
    )
    desk.asked = list(
        _requests().filter(requester=municipality, status__in=LIVE_REQUEST_STATUSES)[:LIST_LENGTH]
    )
    taking_part = Q(participants__municipality=municipality)
    meetings = Event.objects.filter(taking_part, ends_at__gte=now, status=EventStatus.PLANNED)
    desk.meetings = list(
        with_list_relations(meetings.distinct().order_by("starts_at"))[:LIST_LENGTH]
    )
    due = FollowUpAction.objects.filter(
        Q(participant__municipality=municipality)
        | Q(participant__isnull=True, event__participants__municipality=municipality),
        done_at__isnull=True,
        due_on__lte=(now + DUE_WITHIN).date(),
    )
    desk.follow_ups = list(
        due.select_related("event").distinct().order_by("due_on", "pk")[:LIST_LENGTH]
    )
    profile = getattr(municipality, "profile", None)
    desk.challenge_themes = (
        list(profile.challenges.values_list("theme", flat=True)) if profile else []
    )
    desk.practices = _practices_on(desk.challenge_themes, besides=municipality)
    return desk


def _practices_on(themes: list[str], *, besides: Municipality) -> list[Practice]:
    """The newest published practices of other cities on any of ``themes``."""
    if not themes:
        return []
    mask = sum(1 << THEME_SLUGS.index(theme) for theme in set(themes) if theme in THEME_SLUGS)
    practices = (
        Practice.objects.alias(_on_theme=F("theme_bits").bitand(mask))
        .filter(_on_theme__gt=0, status=PracticeStatus.PUBLISHED)
        .exclude(municipality=besides)
    )
    return list(
        practices.select_related("municipality__country").order_by("-created_at", "-pk")[
            :LIST_LENGTH
        ]
    )


@dataclass
class ProgrammeDesk:
    """The coordinators' landing page: what waits on them across the network."""

    open_requests: list
    open_request_count: int
    to_conclude: list
    to_conclude_count: int
    overdue: list
    overdue_count: int
    current_round: Round | None


def programme_desk(*, now: dt.datetime | None = None) -> ProgrammeDesk:
    now = now or timezone.now()
    open_requests = _requests().filter(status=RequestStatus.OPEN).order_by("created_at", "pk")
    to_conclude = events_to_conclude(now=now)
    overdue = overdue_follow_ups(today=timezone.localdate(now)).select_related("event")
    current = (
        Round.objects.exclude(status=RoundStatus.CONFIRMED)
        .select_related("programme")
        .order_by("-created_at", "-pk")
        .first()
    ) or Round.objects.select_related("programme").order_by("-created_at", "-pk").first()
    return ProgrammeDesk(
        open_requests=list(open_requests[:LIST_LENGTH]),
        open_request_count=open_requests.count(),
        to_conclude=list(with_list_relations(to_conclude.order_by("starts_at"))[:LIST_LENGTH]),
        to_conclude_count=to_conclude.count(),
        overdue=list(overdue.order_by("due_on", "pk")[:LIST_LENGTH]),
        overdue_count=overdue.count(),
        current_round=current,
    )
