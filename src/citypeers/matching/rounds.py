"""Computing a round: the programme's opted-in cities read from the database, scored,
paired and scheduled by the core, with progress reported along the way.

Reads only: the services store what comes out (``services.rounds``). The task behind the
round's page and ``citypeers match round`` both call ``compute_round``, so the site and the
command line pair and place the same way.
"""

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from citypeers.events.enums import EventStatus
from citypeers.events.models import EventParticipant
from citypeers.matching import scheduling
from citypeers.matching.candidates import candidate_edges, profile_table
from citypeers.matching.compatibility import Profile, Rules, compatibility
from citypeers.matching.hours import zone
from citypeers.matching.models import ExchangePreferences
from citypeers.matching.pairing import best_pairing
from citypeers.matching.profiles import (
    matching_weights,
    meeting_history,
    office_hours,
    profiles_of,
)
from citypeers.matching.round_reasons import reason_data
from citypeers.network.models import Municipality, Programme

SMALL_ROUND = 300
"""Up to this many cities every pair is scored (the pairing is then exact over all pairs);
beyond, ``candidate_edges`` keeps each city's best ``CANDIDATES_PER_CITY`` partners."""
CANDIDATES_PER_CITY = 10
MAX_PER_DAY = 12
MAX_DAYS = 366

Progress = Callable[[int, str], None]


class SitOut(StrEnum):
    ODD_ONE_OUT = "odd_one_out"  # had compatible partners, all paired with better matches
    NO_PARTNER = "no_partner"  # no city it may meet under the round's constraints
    REMOVED = "removed"  # the coordinator removed its pair


SIT_OUT_LABELS = {
    SitOut.ODD_ONE_OUT: gettext_lazy(
        "odd one out: its compatible partners are all paired with others"
    ),
    SitOut.NO_PARTNER: gettext_lazy("no compatible partner under this round's constraints"),
    SitOut.REMOVED: gettext_lazy("its pair was removed by the coordinator"),
}
UNPLACED_LABELS = {
    scheduling.Unplaced.NO_COMMON_HOURS: gettext_lazy(
        "no day in the range when both offices are open (office hours, working days, holidays)"
    ),
    scheduling.Unplaced.NO_MODERATOR: gettext_lazy(
        "no moderator is available when both offices are open"
    ),
    scheduling.Unplaced.RANGE_EXHAUSTED: gettext_lazy("every common slot went to other meetings"),
}


@dataclass(frozen=True)
class RoundRequest:
    """What a coordinator asks for: whose cities, when, how long, under which constraints,
    and who moderates (user, meetings a day)."""

    programme: Programme
    starts_on: dt.date
    ends_on: dt.date
    meeting_minutes: int = 90
    different_countries: bool = True
    common_language: bool = False
    moderators: tuple = ()  # ((user, per_day), ...)

    @property
    def rules(self) -> Rules:
        return Rules(
            different_countries=self.different_countries,
            common_language=self.common_language,
            meeting_minutes=self.meeting_minutes,
            exclude_recent=True,
        )


@dataclass
class PlannedPair:
    first: Municipality
    second: Municipality
    score: float
    reasons: list[dict]
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    moderator: object | None = None  # a user
    unplaced_reason: str = ""


@dataclass
class RoundPlan:
    """The outcome: pairs (best first), who sits out and why, cities with empty profiles."""

    pairs: list[PlannedPair]
    sitting_out: list[dict] = field(default_factory=list)  # {"municipality": pk, "reason"}
    flagged: list[int] = field(default_factory=list)  # pks of cities with an empty profile
    cities: dict[int, Municipality] = field(default_factory=dict)

    @property
    def total_score(self) -> float:
        return math.fsum(pair.score for pair in self.pairs)


def request_of(round_) -> RoundRequest:
    """What a stored round asks for (its moderators read in one query)."""
    moderators = round_.moderators.select_related("user").order_by("pk")
    return RoundRequest(
        programme=round_.programme,
        starts_on=round_.starts_on,
        ends_on=round_.ends_on,
        meeting_minutes=round_.meeting_minutes,
        different_countries=round_.different_countries,
        common_language=round_.common_language,
        moderators=tuple((row.user, row.per_day) for row in moderators),
    )


def participants_of(programme: Programme) -> QuerySet[Municipality]:
    """The programme's enrolled municipalities that opted in to exchanges, by name."""
    return (
        Municipality.objects.filter(
            enrolments__programme=programme, exchange_preferences__opted_in=True
        )
        .select_related("country")
        .order_by("name", "pk")
    )


def check_round_request(request: RoundRequest, *, today: dt.date) -> None:
    """Raise a ValidationError keyed by field for a round that cannot be computed."""
    errors: dict[str, list] = {}
    if request.starts_on < today:
        errors.setdefault("starts_on", []).append(
            _("The round cannot start in the past (today is %(today)s).") % {"today": today}
        )
    if request.ends_on < request.starts_on:
        errors.setdefault("ends_on", []).append(_("The round ends before it starts."))
    elif (request.ends_on - request.starts_on).days > MAX_DAYS:
        errors.setdefault("ends_on", []).append(_("A round spans at most a year."))
    if not 15 <= request.meeting_minutes <= 480:
        errors.setdefault("meeting_minutes", []).append(
            _("A meeting lasts between 15 and 480 minutes.")
        )
    moderator_errors = _moderator_errors(request.moderators)
    if moderator_errors:
        errors["moderators"] = moderator_errors
    count = participants_of(request.programme).count()
    if count < 2:
        errors.setdefault("programme", []).append(
            ngettext(
                "%(count)d municipality of %(programme)s is enrolled and open to exchanges: "
                "a round needs at least two.",
                "%(count)d municipalities of %(programme)s are enrolled and open to "
                "exchanges: a round needs at least two.",
                count,
            )
            % {"count": count, "programme": request.programme}
        )
    if errors:
        raise ValidationError(errors)


def _moderator_errors(moderators) -> list[str]:
    if not moderators:
        return [_("Choose at least one moderator.")]
    errors = []
    for user, per_day in moderators:
        name = user.get_full_name() or user.username
        if not user.is_coordinator:
            errors.append(
                _("%(name)s is not a coordinator: only coordinators moderate rounds.")
                % {"name": name}
            )
        if per_day < 1:
            errors.append(
                _("%(name)s can hold no meeting a day: give at least one, or leave them out.")
                % {"name": name}
            )
        elif per_day > MAX_PER_DAY:
            errors.append(
                _("%(name)s cannot hold more than %(most)d meetings a day.")
                % {"name": name, "most": MAX_PER_DAY}
            )
    return errors


def compute_round(
    request: RoundRequest, *, now: dt.datetime, progress: Progress | None = None
) -> RoundPlan:
    """Pair the programme's opted-in cities for the highest total compatibility, then
    place each pair (best first) at its earliest feasible slot from ``now`` on.

    Raises ValueError from the core for data it cannot use (an unknown time zone, a
    country whose holidays are unknown).
    """
    report = progress or (lambda percent, note: None)
    report(2, str(_("Reading the profiles")))
    cities = list(participants_of(request.programme))
    profiles = profiles_of(cities)
    met = meeting_history(city.pk for city in cities)
    edges = _edges(profiles, request, met, report)
    report(60, str(_("Pairing")))
    pairing = best_pairing(len(cities), edges)
    pairs = [_planned(cities[i], cities[j], profiles[i], profiles[j], request, met)
             for i, j in pairing]  # fmt: skip
    pairs.sort(key=lambda pair: -pair.score)
    report(75, str(_("Scheduling")))
    place_pairs(pairs, request=request, now=now)
    report(100, str(_("Done")))
    return RoundPlan(
        pairs=pairs,
        sitting_out=_sitting_out(len(cities), pairing, edges, cities),
        flagged=[
            city.pk for city, profile in zip(cities, profiles, strict=True) if profile.is_empty
        ],  # fmt: skip
        cities={city.pk: city for city in cities},
    )


def _edges(profiles: list[Profile], request: RoundRequest, met, report: Progress):
    """Weighted edges (i, j, score) of the pairs that may meet; every pair of a small round."""
    weights, rules, on = matching_weights(), request.rules, request.starts_on
    n = len(profiles)
    if n > SMALL_ROUND:
        report(10, str(_("Scoring each city's best partners")))
        table = profile_table(profiles, on=on)
        found = candidate_edges(
            table, on=on, k=CANDIDATES_PER_CITY, weights=weights, rules=rules, met=met
        )
        return found.edges()
    edges = []
    for i in range(n):
        if i % 20 == 0:
            report(5 + 50 * i // max(n, 1), str(_("Scoring every pair")))
        for j in range(i + 1, n):
            pair = compatibility(
                profiles[i], profiles[j], on=on, weights=weights, rules=rules, met=met
            )
            if not pair.blockers and pair.score > 0:
                edges.append((i, j, pair.score))
    return edges


def pair_compatibility(a: Profile, b: Profile, request: RoundRequest, met):
    """The core's verdict on one pair under the round's rules and the score's weights."""
    return compatibility(
        a, b, on=request.starts_on, weights=matching_weights(), rules=request.rules, met=met
    )


def _planned(first, second, a: Profile, b: Profile, request, met) -> PlannedPair:
    verdict = pair_compatibility(a, b, request, met)
    return PlannedPair(
        first=first,
        second=second,
        score=verdict.score,
        reasons=[reason_data(reason) for reason in verdict.reasons],
    )


def _sitting_out(n: int, pairing, edges, cities) -> list[dict]:
    paired = {node for pair in pairing for node in pair}
    has_partner = {node for i, j, _w in edges for node in (i, j)}
    return [
        {
            "municipality": cities[node].pk,
            "reason": SitOut.ODD_ONE_OUT if node in has_partner else SitOut.NO_PARTNER,
        }
        for node in range(n)
        if node not in paired
    ]


def place_pairs(
    pairs: Sequence[PlannedPair],
    *,
    request: RoundRequest,
    now: dt.datetime,
    taken: Sequence[PlannedPair] = (),
) -> None:
    """Give each pair, in order, its earliest slot (or the reason it has none), in place.

    ``taken`` are the round's other pairs, already placed: their cities and moderators are
    busy then, and each moderator's days already full stay closed to these pairs.
    """
    if not pairs:
        return
    ids = {city.pk for pair in [*pairs, *taken] for city in (pair.first, pair.second)}
    busy = busy_times(ids, request.starts_on, request.ends_on)
    for pair in taken:
        if pair.starts_at is not None:
            for city in (pair.first, pair.second):
                busy.setdefault(city.pk, []).append((pair.starts_at, pair.ends_at))
    users = {user.pk: user for user, _per_day in request.moderators}
    hours = {
        p.municipality_id: office_hours(p)
        for p in ExchangePreferences.objects.filter(municipality__in=ids)
    }
    result = scheduling.schedule(
        [(_city(pair.first, hours, busy), _city(pair.second, hours, busy)) for pair in pairs],
        moderators=_moderators(request, taken),
        first_day=request.starts_on,
        last_day=request.ends_on,
        meeting_minutes=request.meeting_minutes,
        not_before=now,
    )
    by_key = {(pair.first.pk, pair.second.pk): pair for pair in pairs}
    for meeting in result.meetings:
        pair = by_key[meeting.pair]
        pair.starts_at, pair.ends_at = meeting.start, meeting.end
        pair.moderator, pair.unplaced_reason = users[meeting.moderator], ""
    for missing in result.unplaced:
        pair = by_key[missing.pair]
        pair.starts_at = pair.ends_at = pair.moderator = None
        pair.unplaced_reason = str(missing.reason)


def _city(city: Municipality, hours, busy) -> scheduling.City:
    return scheduling.City(
        key=city.pk,
        country=city.country_id,
        timezone=city.timezone or "UTC",
        hours=hours.get(city.pk) or office_hours(None),
        busy=tuple(busy.get(city.pk, ())),
    )


def _moderators(request: RoundRequest, taken: Sequence[PlannedPair]):
    """The round's moderators, busy during their meetings in ``taken``, and all day on
    the days those meetings already fill (in the moderators' zone, the site's)."""
    site_zone = settings.TIME_ZONE
    found = []
    for user, per_day in request.moderators:
        theirs = [p for p in taken if p.moderator is not None and p.moderator.pk == user.pk]
        busy = [(p.starts_at, p.ends_at) for p in theirs if p.starts_at is not None]
        held: dict[dt.date, int] = {}
        for start, _end in busy:
            day = start.astimezone(zone(site_zone)).date()
            held[day] = held.get(day, 0) + 1
        busy += [_whole_day(day, site_zone) for day, count in held.items() if count >= per_day]
        found.append(
            scheduling.Moderator(key=user.pk, per_day=per_day, timezone=site_zone, busy=tuple(busy))
        )
    return found


def _whole_day(day: dt.date, name: str) -> tuple[dt.datetime, dt.datetime]:
    tz = zone(name)
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def busy_times(city_ids: Iterable[int], first_day: dt.date, last_day: dt.date):
    """Each city's planned events overlapping the range (with a day's margin), in UTC."""
    start = dt.datetime.combine(first_day - dt.timedelta(days=1), dt.time(0), tzinfo=dt.UTC)
    end = dt.datetime.combine(last_day + dt.timedelta(days=2), dt.time(0), tzinfo=dt.UTC)
    rows = EventParticipant.objects.filter(
        municipality__in=list(city_ids),
        event__status=EventStatus.PLANNED,
        event__starts_at__lt=end,
        event__ends_at__gt=start,
    ).values_list("municipality_id", "event__starts_at", "event__ends_at")
    busy: dict[int, list] = {}
    for city_id, starts_at, ends_at in rows:
        busy.setdefault(city_id, []).append((starts_at, ends_at))
    return busy
