"""Template helpers: an event's title and times in the page language, municipality events."""

from zoneinfo import ZoneInfo

from django import template
from django.core.paginator import Paginator
from django.utils import timezone

from citypeers.core.formatting import base_language, date_text
from citypeers.events import selectors, times
from citypeers.events.enums import EventStatus
from citypeers.events.times import event_day, event_times, event_zones
from citypeers.events.timezones import format_range, spans_days
from citypeers.events.titles import event_title
from citypeers.network import selectors as network_selectors

register = template.Library()


@register.filter
def title_of(event) -> str:
    return event_title(event, base_language())


@register.filter
def day_of(event):
    """The starting day in the first party's zone (a whole-day event starts at midnight)."""
    return event_day(event)


@register.filter
def times_of(event) -> str:
    """The event's day and times in every party's zone: a text that stands alone."""
    return event_times(event, base_language(), with_date=True)


@register.filter
def hours_of(event) -> str:
    """The times without the day, for a text shown beside the event's date (block or line)."""
    return event_times(event, base_language())


@register.simple_tag
def session_times(session, event) -> str:
    """A session's times in the parties' zones, or its day when only dates are known; the
    day is named when the event lasts more than one day."""
    zones = event_zones(event)
    if not event.has_times:
        zone = ZoneInfo((zones or ["UTC"])[0])
        day = session.starts_at.astimezone(zone).date()
        return date_text(day, base_language())
    with_date = spans_days(event.starts_at, event.ends_at, zones)
    return format_range(
        session.starts_at, session.ends_at, zones, base_language(), with_date=with_date
    )


@register.simple_tag
def local_times(event) -> list[tuple[str, str, str]]:
    """(party names, zone, wording) per distinct zone of the participating municipalities."""
    return times.local_times(event, base_language())


@register.simple_tag
def cities_of(event) -> list[str]:
    """The names of the municipalities taking part, in their order (organisations such as
    the moderator are left out: a list row names the cities that meet)."""
    return [p.municipality.display_name for p in event.participants.all() if p.municipality_id]


@register.filter
def to_be_concluded(event) -> bool:
    """Planned but already over: coordinators should conclude or cancel it."""
    return event.status == EventStatus.PLANNED and event.ends_at < timezone.now()


@register.filter
def is_overdue(action) -> bool:
    return (
        action.done_at is None
        and action.due_on is not None
        and action.due_on < timezone.localdate()
    )


@register.inclusion_tag("events/_municipality_events_block.html", takes_context=True)
def municipality_events(context, municipality):
    """The municipality page's events and exchange partners (three queries in all)."""
    return {
        "municipality": municipality,
        "events": selectors.events_of_municipality(municipality, limit=10),
        "partners": selectors.exchange_partners(municipality),
        "request": context.get("request"),
    }


MAP_PARTNERS = 100  # the partners with the most meetings that a city's small map shows


@register.inclusion_tag("events/_municipality_map_block.html", takes_context=True)
def municipality_map(context, municipality):
    """The municipality on a small map with the ones it held exchanges with, among the
    events the viewer may see (two queries: the pairs, the others' places)."""
    request = context.get("request")
    links = selectors.exchange_links(
        selectors.events_held(getattr(request, "user", None)),
        municipality=municipality,
        limit=MAP_PARTNERS,
    )
    others = network_selectors.municipalities_by_id(
        link.first_id if link.second_id == municipality.pk else link.second_id for link in links
    )
    pairs = [(link.first_id, link.second_id, link.meetings) for link in links]
    partners = [(others[a if b == municipality.pk else b], meetings) for a, b, meetings in pairs]
    return {
        "municipality": municipality,
        "partners": partners,
        "map_data": network_selectors.map_data(
            [municipality, *others.values()], pairs, focus=municipality
        ),
    }


ORGANISATION_EVENTS_PER_PAGE = 20


@register.inclusion_tag("events/_organisation_events.html", takes_context=True)
def organisation_events(context, organisation):
    """The organisation page's meetings, a page at a time (``?page=``); the network app
    cannot import events. Constant queries: the count, the page, its parties and themes."""
    request = context["request"]
    events = selectors.events_of_organisation(organisation)
    page = Paginator(events, ORGANISATION_EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return {"page": page, "request": request}
