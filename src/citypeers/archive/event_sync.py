"""Keeping the event of an imported report in step with it, through the events services.

An event needs a date: a report whose year is unknown (and not yet inferable) waits
without one, and gets its event as soon as a neighbouring report settles the year.
"""

import datetime as dt
import hashlib
import pathlib

import regex
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape

from citypeers.archive.extraction.text import fold
from citypeers.archive.landing import report_programme, report_series
from citypeers.archive.languages import report_language
from citypeers.archive.meetings import leader_of, reports_of_the_meeting
from citypeers.archive.models import ImportedReport
from citypeers.archive.practice_links import link_practices
from citypeers.documents import services as document_services
from citypeers.documents.enums import Visibility
from citypeers.documents.models import Document
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
from citypeers.network.models import Municipality, Organisation

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
    """The event of an earlier report of the same meeting (unless the coordinator keeps
    this one apart), else the report's own event, else one the directory already has for
    the meeting (planned in the calendar, with no report yet)."""
    own = report.event if report.event_id else None
    if own is not None and report.separate_event and leader_of(own, report) is None:
        return own
    if not report.separate_event:
        alone = own is None or not own.source_reports.exclude(pk=report.pk).exists()
        earlier = reports_of_the_meeting(
            start_date=report.start_date,
            municipality_ids=[m.pk for m in municipalities],
            exclude=report.pk,
        )
        elsewhere = [r.event for r in earlier if r.event_id != report.event_id]
        if elsewhere and alone:
            return elsewhere[0]
        if own is not None:
            return own
    record = report.record
    window = dt.timedelta(hours=14)
    near = {"starts_at__gte": starts_at - window, "starts_at__lt": ends_at + window}
    if series is not None:
        # the same number on another day is a different meeting, which this one will push on
        found = Event.objects.filter(
            series=series, ordinal=record.get("sequence"), source_reports__isnull=True, **near
        ).first()
        if found is not None:
            return found
    same_day = Event.objects.filter(kind=record.get("kind"), **near)
    ids = {m.pk for m in municipalities}
    for event in same_day.filter(source_reports__isnull=True):
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
        left = report.event
        report.event = event
        report.save(update_fields=["event"])
        if left is not None:
            _drop_if_unused(left, by=by)
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
    if event is not None and leader_of(event, report) is not None:
        _join(event, report, record, named, municipalities, organisations, people, by=by)
        return event
    if report.account_id:
        _detach_account(report, by=by)
    accounts = [] if event is None else list(event.source_reports.exclude(pk=report.pk))
    common = {
        "municipalities": _union(municipalities, _reported(Municipality, accounts)),
        "organisations": _union(organisations, _reported(Organisation, accounts)),
        "themes": _union(record.get("themes") or [], *(a.themes for a in accounts)),
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


def _join(event, report, record, named, municipalities, organisations, people, *, by) -> None:
    """A further account of the event's meeting: it adds the parties, people, themes and
    presentations it names, leaves the rest (date, place, status, report) to the leading
    report, and is attached to the event's documents so its readers find it."""
    parties = list(event.participants.select_related("municipality", "organisation"))
    have_m = [p.municipality for p in parties if p.municipality_id]
    have_o = [p.organisation for p in parties if p.organisation_id]
    have_t = list(event.themes.values_list("theme", flat=True))
    wanted = {
        "municipalities": _union(have_m, municipalities),
        "organisations": _union(have_o, organisations),
        "themes": _union(have_t, record.get("themes") or []),
    }
    if [len(v) for v in wanted.values()] != [len(have_m), len(have_o), len(have_t)]:
        event_services.update_event(event=event, **wanted, by=by)
    _parties(event, record, people, named, by=by)
    _attach_account(event, report, by=by)


def _drop_if_unused(event: Event, *, by) -> None:
    """The event a report left for another of its meeting goes, unless a report is still
    on it or someone attached documents or follow-ups to it."""
    if not (event.source_reports.exists() or event.documents.exists() or event.follow_ups.exists()):
        event_services.delete_event(event=event, by=by)


def _union(first, *others) -> list:
    """The items of every list once, in order of appearance."""
    return list(dict.fromkeys([*first, *(item for other in others for item in other)]))


def _reported(model, reports: list[ImportedReport]) -> list:
    """The municipalities (or organisations) named by the reports, in the directory."""
    if not reports:
        return []
    return list(model.objects.filter(archive_reports__in=reports).distinct().order_by("pk"))


def _attach_account(event: Event, report: ImportedReport, *, by) -> None:
    """The account, as the coordinator left it, among the event's documents in its own
    language; a new version replaces the one attached before."""
    text = (report.shown_text or report.text).strip() + "\n"
    content = text.encode("utf-8")
    checksum = hashlib.sha256(content).hexdigest()
    old = report.account
    if old is not None and old.event_id == event.pk and old.sha256 == checksum:
        return
    if old is not None:
        _detach_account(report, by=by)
    same = Document.objects.filter(event=event, sha256=checksum).first()
    stem = pathlib.PurePath(report.source_name).stem or "report"
    document = same or document_services.attach_document(
        item=event,
        upload=ContentFile(content, name=f"{stem}.txt"),
        title=_title_line(text)[:300],
        language=report_language(text),
        visibility=Visibility.PUBLIC if event.report_published_at else Visibility.MEMBERS,
        by=by,
    )
    report.account = document
    report.save(update_fields=["account"])


def _detach_account(report: ImportedReport, *, by) -> None:
    """The report no longer joins another's event: its attached copy goes."""
    document = report.account
    report.account = None
    report.save(update_fields=["account"])
    if document is not None:
        document_services.delete_document(document=document, by=by)


def _title_line(text: str) -> str:
    """The report's first line, which is its title in most reports."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


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
    text = report.shown_text or report.text
    html, language = report_html(text), report_language(text)
    stale = event.report != html or event.report_language != language
    if event.status == EventStatus.PLANNED or not event.report or (own and stale):
        event_services.conclude_event(
            event=event, report=html, publish=True, report_language=language, by=by
        )


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
