"""What the matching core knows of municipalities, read from the database in bulk.

The core (``compatibility``, ``candidates``, ``pairing``, ``scheduling``) works on plain
values; this module is the one place that turns rows into them, in a fixed number of
queries whatever the number of municipalities.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.db.models import QuerySet

from citypeers.events.enums import EventStatus
from citypeers.events.models import EventParticipant
from citypeers.events.times import local_date, zone_of_event
from citypeers.matching.compatibility import History, Profile, Weights
from citypeers.matching.hours import OfficeHours
from citypeers.matching.models import ExchangePreferences
from citypeers.network.models import Municipality, OriginCommunity, ProfileChallenge
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import Practice


def matching_weights() -> Weights:
    """The score's weights: the defaults, overridden by ``settings.MATCHING_WEIGHTS``."""
    return Weights(**getattr(settings, "MATCHING_WEIGHTS", {}))


def profiles_of(municipalities: QuerySet[Municipality] | Iterable[Municipality]) -> list[Profile]:
    """A core ``Profile`` for each municipality, in the order given (six queries in all)."""
    cities = list(municipalities)
    ids = [city.pk for city in cities]
    challenges = defaultdict(dict)
    for city_id, theme, priority in ProfileChallenge.objects.filter(
        profile__municipality__in=ids
    ).values_list("profile__municipality_id", "theme", "priority"):
        challenges[city_id][theme] = priority
    origins = defaultdict(list)
    for city_id, country in (
        OriginCommunity.objects.filter(profile__municipality__in=ids)
        .order_by("profile__municipality_id", "-count", "pk")
        .values_list("profile__municipality_id", "country_id")
    ):
        origins[city_id].append(country)
    practices = defaultdict(lambda: defaultdict(list))
    for city_id, practice_id, themes in Practice.objects.filter(
        municipality__in=ids, status=PracticeStatus.PUBLISHED
    ).values_list("municipality_id", "pk", "themes"):
        for theme in themes or ():
            practices[city_id][theme].append(practice_id)
    shares = dict(
        Municipality.objects.filter(pk__in=ids, profile__isnull=False).values_list(
            "pk", "profile__foreign_residents_share"
        )
    )
    preferences = {
        p.municipality_id: p for p in ExchangePreferences.objects.filter(municipality__in=ids)
    }
    return [
        _profile(city, challenges, origins, practices, shares, preferences.get(city.pk))
        for city in cities
    ]


def _profile(city, challenges, origins, practices, shares, preferences) -> Profile:
    share = shares.get(city.pk)
    return Profile(
        key=city.pk,
        country=city.country_id,
        population=city.population or None,
        foreign_share=float(share) if share is not None else None,
        challenges=challenges.get(city.pk, {}),
        practices={theme: tuple(keys) for theme, keys in practices.get(city.pk, {}).items()},
        origins=tuple(origins.get(city.pk, ())),
        languages=frozenset(preferences.languages) if preferences else frozenset(),
        timezone=city.timezone or "UTC",
        hours=office_hours(preferences),
        opted_in=bool(preferences and preferences.opted_in),
    )


def office_hours(preferences: ExchangePreferences | None) -> OfficeHours:
    """The municipality's office hours (09:00-17:00, Monday to Friday, by default)."""
    if preferences is None:
        return OfficeHours()
    return OfficeHours(
        start=preferences.office_opens,
        end=preferences.office_closes,
        weekdays=frozenset(preferences.weekdays),
    )


def meeting_history(municipality_ids: Iterable[int] | None = None) -> History:
    """The last day each pair of municipalities met in an event that was not cancelled."""
    rows = EventParticipant.objects.filter(municipality__isnull=False).exclude(
        event__status=EventStatus.CANCELLED
    )
    if municipality_ids is not None:
        rows = rows.filter(municipality__in=list(municipality_ids))
    by_event = defaultdict(set)
    days = {}
    rows = rows.annotate(zone=zone_of_event("event_id"))
    for event_id, city_id, starts_at, zone in rows.values_list(
        "event_id", "municipality_id", "event__starts_at", "zone"
    ):
        by_event[event_id].add(city_id)
        days[event_id] = local_date(starts_at, zone)  # the event's own day, not UTC's
    met: dict[tuple[int, int], dt.date] = {}
    for event_id, cities in by_event.items():
        ordered = sorted(cities)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if met.get((a, b), dt.date.min) < days[event_id]:
                    met[(a, b)] = days[event_id]
    return met
