"""When an event happens, as pages, the API and calendars show it: in its parties' zones."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce

from citypeers.core.formatting import base_language, date_text
from citypeers.events.models import Event, EventParticipant
from citypeers.events.timezones import format_range, format_range_in_zone, spans_days


def party_municipalities(event: Event) -> list:
    """The participating municipalities in their listed order (uses the prefetch cache)."""
    return [p.municipality for p in event.participants.all() if p.municipality_id]


def event_zones(event: Event) -> list[str]:
    """IANA zones of the parties, once each in order; the venue's zone when there are none."""
    zones = [m.timezone for m in party_municipalities(event) if m.timezone]
    if not zones and event.venue_id and event.venue.timezone:
        zones = [event.venue.timezone]
    return list(dict.fromkeys(zones))


def times_in_zones(
    starts_at: dt.datetime, ends_at: dt.datetime, zones: list[str]
) -> list[tuple[str, dt.datetime, dt.datetime]]:
    """(zone, start, end) with the moments as local times of each zone (UTC with none):
    the same span as ``format_range`` words it, for machines (the API)."""
    return [
        (zone, starts_at.astimezone(ZoneInfo(zone)), ends_at.astimezone(ZoneInfo(zone)))
        for zone in (zones or ["UTC"])
    ]


def event_zone(event: Event) -> str:
    """The first party's zone (the venue's without parties, else UTC): the event's own day
    is counted in it. Reads prefetched participants, else asks for that one zone."""
    if "participants" in getattr(event, "_prefetched_objects_cache", {}):
        return (event_zones(event) or ["UTC"])[0]
    zone = (
        EventParticipant.objects.filter(event=event, municipality__isnull=False)
        .exclude(municipality__timezone="")
        .order_by("position", "pk")
        .values_list("municipality__timezone", flat=True)
        .first()
    )
    if not zone and event.venue_id:
        zone = event.venue.timezone
    return zone or "UTC"


def zone_of_event(event_ref: str = "pk"):
    """The database expression of ``event_zone`` for rows that hold the event at
    ``event_ref`` (parties' zones only: the rows that need it are parties)."""
    first = (
        EventParticipant.objects.filter(event=OuterRef(event_ref), municipality__isnull=False)
        .exclude(municipality__timezone="")
        .order_by("position", "pk")
        .values("municipality__timezone")[:1]
    )
    return Coalesce(Subquery(first), Value("UTC"))


def local_date(moment: dt.datetime, zone: str | None) -> dt.date:
    """The calendar day of ``moment`` in ``zone`` (UTC when unknown)."""
    return moment.astimezone(ZoneInfo(zone or "UTC")).date()


def event_day(event: Event) -> dt.date:
    """The day the event starts, in its first party's zone (not in UTC): a whole-day event
    starts at local midnight, which is still the day before in UTC east of Greenwich."""
    return local_date(event.starts_at, event_zone(event))


def event_times(event: Event, language: str | None = None, *, with_date: bool = False) -> str:
    """The event's times in every party's zone, as pages, API and calendars show them.

    Without ``with_date`` the day is given only when the times alone would not say it
    (past midnight, parties on different days): for a text shown beside the event's date.
    """
    language = base_language(language)
    if not event.has_times:
        return event_dates(event, language)
    return format_range(
        event.starts_at, event.ends_at, event_zones(event), language, with_date=with_date
    )


def event_dates(event: Event, language: str) -> str:
    """ "3 December 2020" or "8 October 2020 – 9 October 2020" in the first party's zone
    (times unknown)."""
    zone = ZoneInfo((event_zones(event) or ["UTC"])[0])
    first = event.starts_at.astimezone(zone).date()
    # A whole-day event ends at midnight after its last day.
    last = (event.ends_at.astimezone(zone) - dt.timedelta(microseconds=1)).date()
    first_text = date_text(first, language)
    if last <= first:
        return first_text
    return f"{first_text} – {date_text(last, language)}"


def local_times(
    event: Event, language: str, *, with_date: bool | None = None
) -> list[tuple[str, str, str]]:
    """(party names, zone, wording) per distinct zone of the participating municipalities,
    the venue's without any; dates are named when asked, else only for a multi-day event."""
    by_zone: dict[str, list[str]] = {}
    for municipality in party_municipalities(event):
        if municipality.timezone:
            by_zone.setdefault(municipality.timezone, []).append(municipality.display_name)
    if not by_zone and event.venue_id:
        by_zone[event.venue.timezone] = [event.venue.name]
    if with_date is None:
        with_date = spans_days(event.starts_at, event.ends_at, list(by_zone))
    return [
        (
            ", ".join(names),
            zone,
            format_range_in_zone(
                event.starts_at, event.ends_at, zone, language, with_date=with_date
            ),
        )
        for zone, names in by_zone.items()
    ]
