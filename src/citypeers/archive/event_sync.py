"""Keeping the event of an imported report in step with it, through the events services.

An event needs a date: a report whose year is unknown (and not yet inferable) waits
without one, and gets its event as soon as a neighbouring report settles the year.
"""

import datetime as dt

from django.utils import timezone
from django.utils.html import escape

from citypeers.archive.extraction.text import fold
from citypeers.archive.models import ImportedReport
from citypeers.events import selectors as event_selectors
from citypeers.events import services as event_services
from citypeers.events.enums import (
    EventFormat,
    EventKind,
    EventStatus,
    ParticipantRole,
    PersonEventRole,
)
from citypeers.events.models import Event, EventSeries
from citypeers.events.timezones import local_to_utc
from citypeers.network.models import Municipality, Programme

# Fixed offsets of the zone labels reports state (tz database names: Etc/GMT-1 is UTC+1).
ZONE_LABELS = {
    "CET": "Etc/GMT-1", "CEST": "Etc/GMT-2", "EET": "Etc/GMT-2", "EEST": "Etc/GMT-3",
    "WET": "Etc/GMT", "WEST": "Etc/GMT-1", "GMT": "Etc/GMT", "UTC": "UTC", "BST": "Etc/GMT-1",
    "IST": "Etc/GMT-1", "MSK": "Etc/GMT-3", "TRT": "Etc/GMT-3", "FET": "Etc/GMT-3",
}  # fmt: skip
SERIES_NAMES = {
    EventKind.PEER_EXCHANGE: ("online peer-to-peer exchange", "scambio online tra pari")
}


def _span(record: dict, start: dt.date, end: dt.date, zone: str):
    """UTC start and end: the stated times in the first stated zone, else whole local days."""
    times = record.get("start_time"), record.get("end_time")
    labels = record.get("timezones") or []
    if times[0] and times[1]:
        stated_zone = ZONE_LABELS.get((labels[0] if labels else "").upper(), zone)
        starts_at = local_to_utc(
            dt.datetime.combine(start, dt.time.fromisoformat(times[0])), stated_zone
        )
        ends_at = local_to_utc(
            dt.datetime.combine(end, dt.time.fromisoformat(times[1])), stated_zone
        )
        if ends_at > starts_at:
            return starts_at, ends_at, True
    day_start = local_to_utc(dt.datetime.combine(start, dt.time()), zone)
    day_end = local_to_utc(dt.datetime.combine(end + dt.timedelta(days=1), dt.time()), zone)
    return day_start, day_end, False


def _series(record: dict, programme: Programme | None) -> EventSeries | None:
    """The numbered run the event belongs to: its programme's series of that kind, or one
    named after the project (or organiser), so that each programme keeps its own numbers."""
    kind = record.get("kind")
    if record.get("sequence") is None:
        return None
    if programme is not None:
        existing = event_selectors.first_series_of(programme, kind)
        if existing is not None:
            return existing
    name_en, name_it = SERIES_NAMES.get(kind, (None, ""))
    if name_en is None:
        name_en = str(EventKind(kind).label if kind in EventKind.values else kind)
    owner = record.get("project") or record.get("organizer") or ""
    name_en = f"{owner}: {name_en}" if owner else name_en
    name_it = f"{owner}: {name_it}" if owner and name_it else name_it
    return event_services.ensure_series(
        name_en=name_en, name_it=name_it, kind=kind, programme=programme
    )


def _existing_event(
    report: ImportedReport, series, starts_at, ends_at, municipalities
) -> Event | None:
    """The report's own event, else one the directory already has for the same meeting."""
    if report.event_id:
        return report.event
    record = report.record
    if series is not None:
        found = Event.objects.filter(
            series=series, ordinal=record.get("sequence"), source_report__isnull=True
        ).first()
        if found is not None:
            return found
    window = dt.timedelta(hours=14)
    same_day = Event.objects.filter(
        kind=record.get("kind"), starts_at__gte=starts_at - window, starts_at__lt=ends_at + window
    )
    ids = {m.pk for m in municipalities}
    for event in same_day.filter(source_report__isnull=True):
        if ids and ids <= set(event.participants.values_list("municipality_id", flat=True)):
            return event
    return None


def sync_report_event(
    report: ImportedReport, *, named: dict[str, Municipality], by=None
) -> Event | None:
    """Create or update the report's event from its stored record and links.

    `named` maps the folded names the record uses to the directory's municipalities.
    Returns None (and changes nothing) while the report has no full date.
    """
    if report.start_date is None or not named:
        return None
    record = report.record
    municipalities = list(dict.fromkeys(named.values()))
    organisations = list(report.organisations.all())
    people = [
        (p.person, p.title, p.person_role.municipality if p.person_role else None,
         p.person_role.organisation if p.person_role else None)
        for p in report.participants.select_related("person", "person_role")
    ]  # fmt: skip
    event = _sync(report, record, named, municipalities, organisations, people, by=by)
    if report.event_id != event.pk:
        report.event = event
        report.save(update_fields=["event"])
    return event


def _sync(report, record, named, municipalities, organisations, people, *, by=None) -> Event:
    venue = _venue(record, named, municipalities)
    zone = (venue or municipalities[0]).timezone
    starts_at, ends_at, has_times = _span(
        record, report.start_date, report.end_date or report.start_date, zone
    )
    programme = Programme.objects.filter(short_name__iexact=record.get("project") or "-").first()
    series = _series(record, programme)
    fields = {
        "kind": record.get("kind") if record.get("kind") in EventKind.values else EventKind.OTHER,
        "format": EventFormat.ONLINE if venue is None else EventFormat.IN_PERSON,
        "starts_at": starts_at, "ends_at": ends_at, "has_times": has_times, "venue": venue,
        "series": series, "programme": programme,
    }  # fmt: skip
    status = _status(record, starts_at, ends_at)
    event = _existing_event(report, series, starts_at, ends_at, municipalities)
    common = {
        "municipalities": municipalities,
        "organisations": organisations,
        "themes": record.get("themes") or [],
    }
    ordinal = record.get("sequence") if series else None
    if event is None:
        event = event_services.create_event(
            ordinal=ordinal, status=status, **fields, **common, by=by
        )
    else:
        event = event_services.update_event(event=event, ordinal=ordinal, **fields, **common, by=by)
        _follow_status(event, status, report.text, by=by)
    _parties(event, record, people, named, by=by)
    return event


def _follow_status(event: Event, status: str, text: str, *, by=None) -> None:
    """An edited report that now says "concluded" or "cancelled" moves the event along."""
    if status == event.status or event.status != EventStatus.PLANNED:
        return
    if status == EventStatus.CANCELLED:
        event_services.cancel_event(event=event, by=by)
    elif status == EventStatus.CONCLUDED:
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())
        event_services.conclude_event(event=event, report=paragraphs, publish=False, by=by)


def _venue(record: dict, named: dict, municipalities: list[Municipality]) -> Municipality | None:
    if record.get("online") is not False:
        return None
    return named.get(fold(record.get("location"))) or municipalities[0]


def _status(record: dict, starts_at: dt.datetime, ends_at: dt.datetime) -> str:
    """The stated status; a meeting that has not started yet cannot be concluded."""
    stated = record.get("status")
    if stated == EventStatus.CONCLUDED and starts_at > timezone.now():
        return EventStatus.PLANNED
    if stated in EventStatus.values:
        return stated
    return EventStatus.CONCLUDED if ends_at < timezone.now() else EventStatus.PLANNED


def _parties(event: Event, record: dict, people: list[tuple], named: dict, *, by=None) -> None:
    """The organiser's role, the people with their titles, and what each city presented."""
    participants = list(event.participants.select_related("municipality", "organisation"))
    by_body = {
        p.body.pk if p.municipality_id is None else ("m", p.municipality_id): p
        for p in participants
    }
    organizer = fold(record.get("organizer"))
    for participant in participants:
        body = participant.organisation
        if (
            body
            and organizer in {fold(body.name), fold(body.short_name)}
            and participant.role != ParticipantRole.ORGANISER
        ):
            participant.role = ParticipantRole.ORGANISER
            participant.save(update_fields=["role"])
    for person, title, municipality, organisation in people:
        key = (
            ("m", municipality.pk) if municipality else (organisation.pk if organisation else None)
        )
        event_services.add_person(
            event=event, person=person, role=PersonEventRole.DELEGATE, title=(title or "")[:300],
            participant=by_body.get(key), by=by,
        )  # fmt: skip
    for practice in record.get("practices") or []:
        municipality = named.get(fold(practice.get("municipality")))
        participant = by_body.get(("m", municipality.pk)) if municipality else None
        if participant is None:
            continue
        aliases = practice.get("aliases") or []
        event_services.add_presentation(
            event=event, participant=participant, title=(aliases[0] if aliases else practice["name"])[:300],
            original_title=(practice["name"] if aliases else "")[:300], by=by,
        )  # fmt: skip
