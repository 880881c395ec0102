"""Keeping the event of an imported report in step with it, through the events services.

An event needs a date: a report whose year is unknown (and not yet inferable) waits
without one, and gets its event as soon as a neighbouring report settles the year.
"""

import datetime as dt

import regex
from django.utils import timezone
from django.utils.html import escape

from citypeers.archive.extraction.text import fold
from citypeers.archive.landing import report_programme, report_series
from citypeers.archive.models import ImportedReport
from citypeers.archive.practice_links import link_practices
from citypeers.events import services as event_services
from citypeers.events.enums import (
    EventFormat,
    EventKind,
    EventStatus,
    ParticipantRole,
    PersonEventRole,
)
from citypeers.events.models import Event
from citypeers.events.timezones import local_to_utc
from citypeers.network.models import Municipality

# Fixed offsets of the zone labels reports state (tz database names: Etc/GMT-1 is UTC+1).
ZONE_LABELS = {
    "CET": "Etc/GMT-1", "CEST": "Etc/GMT-2", "EET": "Etc/GMT-2", "EEST": "Etc/GMT-3",
    "WET": "Etc/GMT", "WEST": "Etc/GMT-1", "GMT": "Etc/GMT", "UTC": "UTC", "BST": "Etc/GMT-1",
    "IST": "Etc/GMT-1", "MSK": "Etc/GMT-3", "TRT": "Etc/GMT-3", "FET": "Etc/GMT-3",
}  # fmt: skip


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


def _existing_event(
    report: ImportedReport, series, starts_at, ends_at, municipalities
) -> Event | None:
    """The report's own event, else one the directory already has for the same meeting."""
    if report.event_id:
        return report.event
    record = report.record
    window = dt.timedelta(hours=14)
    near = {"starts_at__gte": starts_at - window, "starts_at__lt": ends_at + window}
    if series is not None:
        # the same number on another day is a different meeting, which this one will push on
        found = Event.objects.filter(
            series=series, ordinal=record.get("sequence"), source_report__isnull=True, **near
        ).first()
        if found is not None:
            return found
    same_day = Event.objects.filter(kind=record.get("kind"), **near)
    ids = {m.pk for m in municipalities}
    for event in same_day.filter(source_report__isnull=True):
        if ids and ids <= set(event.participants.values_list("municipality_id", flat=True)):
            return event
    return None


def sync_report_event(
    report: ImportedReport,
    *,
    named: dict[str, Municipality],
    new_practices: set[str] = frozenset(),
    by=None,
) -> Event | None:
    """Create or update the report's event from its stored record and links.

    `named` maps the folded names the record uses to the directory's municipalities;
    `new_practices` holds the folded names of practices to add to the library as drafts.
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
    link_practices(
        record=record, event=event, named=named, create=new_practices, text=report.text, by=by
    )
    return event


def _sync(report, record, named, municipalities, organisations, people, *, by=None) -> Event:
    venue = _venue(record, named, municipalities)
    zone = (venue or municipalities[0]).timezone
    starts_at, ends_at, has_times = _span(
        record, report.start_date, report.end_date or report.start_date, zone
    )
    programme = report_programme(record, on=report.start_date)
    series = report_series(record, programme)
    fields = {
        "kind": record.get("kind") if record.get("kind") in EventKind.values else EventKind.OTHER,
        "format": EventFormat.ONLINE if venue is None else EventFormat.IN_PERSON,
        "starts_at": starts_at, "ends_at": ends_at, "has_times": has_times, "venue": venue,
        "series": series, "programme": programme, "year_inferred": report.year_inferred,
    }  # fmt: skip
    status = _status(record, starts_at, ends_at)
    event = _existing_event(report, series, starts_at, ends_at, municipalities)
    common = {
        "municipalities": municipalities,
        "organisations": organisations,
        "themes": record.get("themes") or [],
    }
    ordinal = record.get("sequence") if series else None
    own = event is None or event.pk == report.event_id
    if event is None:
        event = event_services.create_event(
            ordinal=ordinal, status=status, **fields, **common, by=by
        )
    else:
        event = event_services.update_event(event=event, ordinal=ordinal, **fields, **common, by=by)
    _follow_status(event, status, report, own=own, by=by)
    _parties(event, record, people, named, by=by)
    return event


def report_html(text: str) -> str:
    """The report as the event page shows it: blank lines make paragraphs, single line
    ends stay line breaks, and the events app's sanitiser has the last word."""
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(text or "") if p.strip()]
    html = "".join(
        "<p>" + "<br>".join(escape(line.strip()) for line in p.splitlines()) + "</p>"
        for p in paragraphs
    )
    return event_services.sanitize_report(html)


_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")


def _follow_status(event: Event, status: str, report: ImportedReport, *, own: bool, by) -> None:
    """The report moves the event along: cancelled, or concluded with the report shown.

    The event's report is written only when the event has none or is this report's own
    (an event planned in the calendar may carry a report its coordinator wrote).
    """
    if status == EventStatus.CANCELLED and event.status == EventStatus.PLANNED:
        event_services.cancel_event(event=event, by=by)
        return
    if status != EventStatus.CONCLUDED or event.status == EventStatus.CANCELLED:
        return
    html = report_html(report.shown_text or report.text)
    if event.status == EventStatus.PLANNED or not event.report or (own and event.report != html):
        event_services.conclude_event(event=event, report=html, publish=True, by=by)


def _venue(record: dict, named: dict, municipalities: list[Municipality]) -> Municipality | None:
    if record.get("online") is not False:
        return None
    location = fold(record.get("location"))
    # The name the report uses for the city, or the directory's (a location picked there).
    spelled = next((m for m in municipalities if fold(m.name) == location), None)
    return named.get(location) or spelled or municipalities[0]


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
            original_title=(practice["name"] if aliases else "")[:300],
            description=practice.get("description") or "", by=by,
        )  # fmt: skip
