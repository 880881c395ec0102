"""A municipality's best peers, scored by the matching core, with what renders their reasons.

Suggestions are public, like the municipality page: their reasons come from what that
page shows (a profile's challenges, communities and foreign-resident share, published
practices, the meetings of the public event list). Exchange preferences are private: they
only filter (a pair with no common office hours is left out) and are never shown.

Suggestions do not require either city to have opted in: they are shown to help a city
decide to take part. Rounds do require it. A pair that met recently is not left out, as
in rounds, but loses points and says from when it is suggested again.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from citypeers.core.text import fold
from citypeers.events.enums import EventStatus
from citypeers.events.models import EventParticipant
from citypeers.events.times import local_date, zone_of_event
from citypeers.matching.compatibility import (
    Blocker,
    History,
    Profile,
    Reason,
    ReasonKind,
    Rules,
    compatibility,
)
from citypeers.matching.models import ExchangePreferences
from citypeers.matching.profiles import matching_weights, profiles_of
from citypeers.network.models import CityProfile, Municipality
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import Practice

#: The hard constraints of suggestions: different countries; recent pairs penalised only.
SUGGESTION_RULES = Rules(different_countries=True, exclude_recent=False)
#: Broken constraints that do not stop a suggestion: it helps a city decide to opt in.
NOT_REQUIRED = frozenset({Blocker.NOT_OPTED_IN})


@dataclass(frozen=True)
class PracticeLink:
    """A practice named in a reason, as a page links to it."""

    pk: int
    name: str
    url: str


@dataclass(frozen=True)
class Suggestion:
    """A peer suggested to ``of``, its score and the reasons (core data, rendered by
    ``reasons.reason_texts``), with the facts the sentences need."""

    of: Municipality
    municipality: Municipality
    on: dt.date
    score: float
    reasons: tuple[Reason, ...]
    profiles: Mapping[int, Profile]  # both cities', by municipality id
    practices: Mapping[int, PracticeLink]  # practices named in the reasons
    met_on: dt.date | None = None  # the pair's last meeting, when it counts as recent

    def name_of(self, key: int | None) -> str:
        return self.of.display_name if key == self.of.pk else self.municipality.display_name


def matchable_municipalities() -> QuerySet[Municipality]:
    """Municipalities with something to match on: a profile, a published practice or an
    opt-in. Most of the directory has none, which keeps a city's suggestions cheap."""
    # Three indexed id lists rather than a scan of the directory with joins.
    profiled = CityProfile.objects.values("municipality_id")
    opted_in = ExchangePreferences.objects.filter(opted_in=True).values("municipality_id")
    published = Practice.objects.filter(
        status=PracticeStatus.PUBLISHED, municipality__isnull=False
    ).values("municipality_id")
    return Municipality.objects.filter(
        Q(pk__in=profiled) | Q(pk__in=opted_in) | Q(pk__in=published)
    )


def meetings_of(municipality: Municipality) -> History:
    """The last day ``municipality`` met each other municipality (events not cancelled)."""
    events = (
        EventParticipant.objects.filter(municipality=municipality)
        .exclude(event__status=EventStatus.CANCELLED)
        .values("event_id")
    )
    rows = (
        EventParticipant.objects.filter(event__in=events, municipality__isnull=False)
        .exclude(municipality=municipality)
        .annotate(zone=zone_of_event("event_id"))
        .values_list("municipality_id", "event__starts_at", "zone")
    )
    met: dict[tuple[int, int], dt.date] = {}
    for other, starts_at, zone in rows:
        key = (min(other, municipality.pk), max(other, municipality.pk))
        met[key] = max(met.get(key, dt.date.min), local_date(starts_at, zone))
    return met


def best_peers(
    municipality: Municipality,
    *,
    limit: int = 5,
    on: dt.date | None = None,
    different_countries: bool = True,
) -> list[Suggestion]:
    """The ``limit`` municipalities best suited to exchange with ``municipality`` on ``on``
    (today by default), best first, in a fixed number of queries (eight at most).

    Only candidates with a positive reason are suggested: a city with an empty profile
    still gets peers of its size. Ties go by name, then id, so the order is stable.
    """
    on = on or timezone.localdate()
    rules = replace(SUGGESTION_RULES, different_countries=different_countries)
    weights = matching_weights()
    candidates = matchable_municipalities().exclude(pk=municipality.pk)
    if different_countries:
        candidates = candidates.exclude(country_id=municipality.country_id)
    cities = [
        municipality,
        *candidates.only("name", "names_by_language", "country", "population", "timezone"),
    ]
    subject, *others = profiles_of(cities)
    met = meetings_of(municipality)
    scored = []
    for city, profile in zip(cities[1:], others, strict=True):
        result = compatibility(subject, profile, on=on, weights=weights, rules=rules, met=met)
        if set(result.blockers) - NOT_REQUIRED:
            continue
        if not any(reason.points > 0 for reason in result.reasons):
            continue
        scored.append((result, city, profile))
    scored.sort(key=lambda row: (-row[0].score, row[1].name, row[1].pk))
    top = scored[:limit]
    practices = practice_links(r for result, _c, _p in top for r in result.reasons)
    return [
        Suggestion(
            of=municipality,
            municipality=city,
            on=on,
            score=result.score,
            reasons=result.reasons,
            profiles={subject.key: subject, profile.key: profile},
            practices=practices,
            met_on=_met_on(result.reasons, weights.rematch_after_days),
        )
        for result, city, profile in top
    ]


def _met_on(reasons, rematch_after_days: int) -> dt.date | None:
    for reason in reasons:
        if reason.kind == ReasonKind.MET_RECENTLY and reason.until is not None:
            return reason.until - dt.timedelta(days=rematch_after_days)
    return None


def practice_links(reasons) -> dict[int, PracticeLink]:
    """The practices the reasons name, by id, in one query (none when there are none)."""
    ids = {pk for reason in reasons for pk in reason.practices}
    if not ids:
        return {}
    rows = Practice.objects.filter(pk__in=sorted(ids)).values_list("pk", "name")
    return {
        pk: PracticeLink(pk=pk, name=name, url=reverse("practices:detail", kwargs={"pk": pk}))
        for pk, name in rows
    }


def municipalities_called(name: str, *, country: str | None = None) -> list[Municipality]:
    """Every municipality with exactly this name in some language, largest first: more
    than one means the name alone does not say which city is meant."""
    folded = fold(name)
    if not folded:
        return []
    named = Municipality.objects.filter(names__folded=folded)
    if country:
        named = named.filter(country_id=country.upper())
    return list(named.distinct().order_by("-population", "pk"))
