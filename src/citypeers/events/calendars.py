"""iCalendar (RFC 5545) export: one event or a feed, with UIDs that never change.

A calendar app matches events by UID, so the UID is built from the primary key only; a
moved event keeps its UID and gets a higher SEQUENCE, and the app updates it in place.
"""

from zoneinfo import ZoneInfo

from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from citypeers.events.enums import EventFormat, EventStatus
from citypeers.events.models import Event
from citypeers.events.times import event_times, event_zones
from citypeers.events.titles import event_title

UID_DOMAIN = "citypeers"
STATUS = {
    EventStatus.PLANNED: "CONFIRMED",
    EventStatus.CONCLUDED: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event: Event) -> str:
    return f"event-{event.pk}@{UID_DOMAIN}"


def _location(event: Event) -> str:
    if event.format == EventFormat.ONLINE or event.venue_id is None:
        return "Online"
    parts = [event.venue_detail, event.venue.name]
    if event.format == EventFormat.HYBRID:
        parts.append("Online")
    return ", ".join(part for part in parts if part)


def calendar_event(event: Event, *, url: str, language: str, with_link: bool) -> CalendarEvent:
    """The VEVENT of one event (participants must be prefetched for the title and zones)."""
    entry = CalendarEvent()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", timezone.now())
    if event.has_times:
        entry.add("dtstart", event.starts_at)
        entry.add("dtend", event.ends_at)
    else:  # whole days in the first party's zone (DTEND is the day after the last one)
        zone = ZoneInfo((event_zones(event) or ["UTC"])[0])
        entry.add("dtstart", event.starts_at.astimezone(zone).date())
        entry.add("dtend", event.ends_at.astimezone(zone).date())
    entry.add("summary", event_title(event, language))
    entry.add("location", _location(event))
    entry.add("url", url)
    entry.add("status", STATUS[event.status])
    entry.add("last-modified", event.updated_at)
    entry.add("sequence", int(event.updated_at.timestamp()) // 60 % 2_000_000_000)
    description = [event_times(event, language)]
    if event.summary:
        description.append(event.summary)
    if with_link and event.meeting_url:
        description.append(event.meeting_url)
    description.append(url)
    entry.add("description", "\n\n".join(description))
    for theme in event.themes.all():
        entry.add("categories", [theme.theme])
    return entry


def calendar_of(events, *, name: str, url_of, language: str, with_link=lambda e: False) -> bytes:
    """A VCALENDAR holding ``events``; ``url_of(event)`` gives each event's absolute URL."""
    calendar = Calendar()
    calendar.add("prodid", "-//citypeers//events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # an X- property is written as it is: a line break in it would break the file
    calendar.add("x-wr-calname", " ".join(name.split()))
    for event in events:
        calendar.add_component(
            calendar_event(event, url=url_of(event), language=language, with_link=with_link(event))
        )
    return calendar.to_ical()
