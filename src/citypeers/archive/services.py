"""Writes of the archive: importing meeting reports into the network.

Every report is its own unit of work: one ``transaction.atomic()`` per file, inside
``import_report_text``, so a bad file leaves nothing behind and the batch goes on.
"""

import contextlib
import datetime as dt
import hashlib
import pathlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from citypeers.archive.directory import (
    organisation_named,
    resolve_municipality,
    resolve_organisation,
    resolve_person,
)
from citypeers.archive.enums import ImportAction, ReportStatus
from citypeers.archive.event_sync import sync_report_event
from citypeers.archive.extraction import (
    Extraction,
    ReportError,
    extract_details,
    load_gazetteer,
    read_report,
)
from citypeers.archive.extraction.text import fold
from citypeers.archive.inference import SeriesEvent, infer_year
from citypeers.archive.meetings import leading_report
from citypeers.archive.models import ImportedReport, ReportParticipant
from citypeers.archive.validation import record_problems
from citypeers.core.formatting import file_size_text
from citypeers.network.models import Municipality, Person

REPORT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".md")


@dataclass
class ImportOutcome:
    """What importing one file did (or, in a dry run, would do)."""

    source: str
    action: str
    message: str = ""
    report: ImportedReport | None = None
    changes: list[str] = field(default_factory=list)


def describe_report_error(error: ReportError) -> str:
    """The reading problem in the active language, naming the file."""
    params = {"name": "", "limit_bytes": 0, "seconds": 0, "format": "", "pages": 0, **error.params}
    params["limit"] = file_size_text(params["limit_bytes"])
    templates = {
        "empty": _("%(name)s: the file is empty"),
        "binary": _("%(name)s: the file is not text (binary content)"),
        "too_large": _("%(name)s: the file is too large (at most %(limit)s)"),
        "format": _(
            "%(name)s: %(format)s files cannot be read; save the report as text (.txt) or as "
            "a web page (.html) and upload that"
        ),
        "damaged": _(
            "%(name)s: the %(format)s file cannot be read (damaged or protected); save the "
            "report as text (.txt) and upload that"
        ),
        "too_many_pages": _("%(name)s: the PDF has more than %(pages)s pages"),
        "too_slow": _(
            "%(name)s: reading the report took longer than the limit of %(seconds)g s; "
            "split it into shorter reports"
        ),
    }
    template = templates.get(error.code)
    return template % params if template else str(error)


def extract_text(*, text: str, source_name: str) -> Extraction:
    """The extraction of one report within the site's time budget.

    Raises ReportError (code "too_slow") past ``ARCHIVE_EXTRACTION_SECONDS``.
    """
    return extract_details(
        text, source=source_name, budget_seconds=settings.ARCHIVE_EXTRACTION_SECONDS
    )


def report_checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def report_paths(paths: list[str | pathlib.Path]) -> list[pathlib.Path]:
    """Files given, and report files found in the folders given, sorted, each once."""
    found: dict[pathlib.Path, None] = {}
    for raw in paths:
        path = pathlib.Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in REPORT_SUFFIXES:
                    found[child] = None
        else:
            found[path] = None
    return list(found)


@contextlib.contextmanager
def _rolled_back_if(dry_run: bool):
    """A dry run makes every write of a real run, then undoes them all: it predicts exactly."""
    if not dry_run:
        yield
        return
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@dataclass
class Review:
    """What a coordinator decided beside the record: the text shown, the practices to add,
    and whether the report stays apart from another report of the same meeting."""

    shown_text: str | None = None
    new_practices: set[str] = field(default_factory=set)
    separate_event: bool | None = None


def import_report_files(
    *,
    paths: list[pathlib.Path],
    dry_run: bool = False,
    by=None,
    on_outcome=None,
    separate_events: bool = False,
) -> list[ImportOutcome]:
    """Import files in order, each its own unit of work; `on_outcome` hears of each one.

    A dry run imports the whole batch in one transaction rolled back at the end, so a
    file sees what the files before it would have written (an ordinal taken by an
    earlier file of the batch fails here as it would for real). With `separate_events`
    each report keeps an event of its own, as the review's "separate" choice does, even
    where another report tells of the same meeting.
    """
    review = Review(separate_event=True) if separate_events else None
    outcomes = []
    with _rolled_back_if(dry_run):
        for path in paths:
            outcomes.append(_import_path(path, by=by, plan=dry_run, review=review))
            if on_outcome is not None:
                on_outcome(outcomes[-1])
    return outcomes


def import_report_path(
    *, path: str | pathlib.Path, dry_run: bool = False, by=None
) -> ImportOutcome:
    """Read, extract and store one report file; a bad file is reported, never raised."""
    with _rolled_back_if(dry_run):
        return _import_path(path, by=by, plan=dry_run)


def _import_path(
    path: str | pathlib.Path, *, by, plan: bool, review: Review | None = None
) -> ImportOutcome:
    name = pathlib.Path(path).name
    try:
        text = read_report(path)
    except ReportError as error:
        return ImportOutcome(name, ImportAction.FAILED, describe_report_error(error))
    return _import_text(text=text, source_name=name, by=by, record=None, plan=plan, review=review)


def import_report_text(
    *,
    text: str,
    source_name: str,
    dry_run: bool = False,
    by=None,
    record: dict | None = None,
    shown_text: str | None = None,
    new_practices: Iterable[str] = (),
    separate_event: bool | None = None,
) -> ImportOutcome:
    """Store one report; `record` (a coordinator's corrected fields) replaces the extraction.

    `shown_text` is the coordinator's version of the report for the event page (None keeps
    the one stored); `new_practices` names the practices to add to the library as drafts;
    `separate_event` keeps the report out of the event of another report of its meeting
    (None keeps the choice stored).
    Same name and checksum: nothing changes. Same name, new text: the same row is updated.
    """
    review = Review(
        shown_text=shown_text,
        new_practices={fold(n) for n in new_practices},
        separate_event=separate_event,
    )
    with _rolled_back_if(dry_run):
        return _import_text(
            text=text, source_name=source_name, by=by, record=record, plan=dry_run, review=review
        )


def _import_text(
    *,
    text: str,
    source_name: str,
    by,
    record: dict | None,
    plan: bool,
    review: Review | None = None,
):
    """The import of one report; with `plan`, the outcome lists what it adds to the directory
    (the caller rolls the writes back) and carries no report."""
    review = review or Review()
    checksum = report_checksum(text)
    existing = ImportedReport.objects.filter(source_name=source_name).first()
    if existing and existing.sha256 == checksum and record is None:
        return ImportOutcome(source_name, ImportAction.UNCHANGED, report=existing)
    try:
        details = extract_text(text=text, source_name=source_name)
    except ReportError as error:
        return ImportOutcome(source_name, ImportAction.FAILED, describe_report_error(error))
    problems = record_problems(details.record if record is None else record, text=text)
    if record is None:
        problems = [
            _("the date “%(value)s” does not exist") % {"value": value}
            for value in details.invalid_dates
        ] + problems
    if problems:
        return ImportOutcome(
            source_name, ImportAction.FAILED, f"{source_name}: " + "; ".join(problems)
        )
    final = dict(details.record if record is None else record, source=source_name)
    action = ImportAction.UPDATED if existing else ImportAction.CREATED
    changes = planned_changes(final) if plan else []
    try:
        with transaction.atomic():
            report = _save_report(
                existing or ImportedReport(source_name=source_name),
                text=text,
                checksum=checksum,
                extracted=details.record,
                record=final,
                low_confidence=[] if record is not None else details.low_confidence,
                evidence={} if record is not None else details.evidence,
                reviewed=record is not None,
                review=review,
                by=by,
            )
    except ValidationError as error:
        reasons = "; ".join(error.messages)
        return ImportOutcome(source_name, ImportAction.FAILED, f"{source_name}: {reasons}")
    except (DatabaseError, ValueError) as error:
        return ImportOutcome(source_name, ImportAction.FAILED, f"{source_name}: {error}")
    if report.account_id is not None:
        changes.append(_joined_note(report))
    return ImportOutcome(source_name, action, report=None if plan else report, changes=changes)


def _joined_note(report: ImportedReport) -> str:
    """What the import says of a report that joined the event of another of its meeting."""
    lead = leading_report(report)
    return _("joins the event of “%(name)s”, a report of the same meeting") % {
        "name": lead.source_name if lead else report.event
    }


def _save_report(
    report, *, text, checksum, extracted, record, low_confidence, evidence, reviewed, review, by
):
    report.sha256 = checksum
    report.text = text
    report.extracted = extracted
    report.record = record
    report.low_confidence = low_confidence
    report.evidence = evidence
    if review.shown_text is not None:
        shown = review.shown_text.replace("\r\n", "\n").strip()
        report.shown_text = "" if shown == text.replace("\r\n", "\n").strip() else shown
    if review.separate_event is not None:
        report.separate_event = review.separate_event
    report.status = ReportStatus.REVIEWED if reviewed else ReportStatus.IMPORTED
    report.kind = record.get("kind") or ""
    report.sequence = record.get("sequence")
    report.project = (record.get("project") or "")[:200]
    report.start_date = _iso_date(record.get("start_date"))
    report.end_date = _iso_date(record.get("end_date"))
    report.year_inferred = False
    report.themes = list(record.get("themes") or [])
    report.imported_by = by or report.imported_by
    report.save()
    municipalities = {}
    for item in record.get("municipalities") or []:
        municipality = resolve_municipality(name=item["name"], country=item.get("country"))
        if municipality is None:
            raise ValueError(
                _("the municipality “%(name)s” is not in the directory") % {"name": item["name"]}
            )
        municipalities[fold(item["name"])] = municipality
    report.municipalities.set(municipalities.values())
    report.organisations.set(
        resolve_organisation(name=o["name"], kind=o.get("kind"))
        for o in record.get("organizations") or []
    )
    report.participants.all().delete()
    for item in record.get("people") or []:
        person, role = resolve_person(
            name=item["name"],
            role=item.get("role"),
            organization=item.get("organization"),
            municipalities=municipalities,
        )
        ReportParticipant.objects.get_or_create(
            report=report,
            person=person,
            defaults={"person_role": role, "title": (item.get("role") or "")[:300]},
        )
    for other in infer_missing_years(project=report.project, exclude=report.pk):
        sync_report_event(other, named=_named_municipalities(other.record), by=by)
    report.refresh_from_db(fields=["start_date", "end_date", "year_inferred"])
    sync_report_event(report, named=municipalities, new_practices=review.new_practices, by=by)
    return report


def _named_municipalities(record: dict) -> dict:
    named = {}
    for item in record.get("municipalities") or []:
        municipality = resolve_municipality(name=item["name"], country=item.get("country"))
        if municipality is not None:
            named[fold(item["name"])] = municipality
    return named


def _iso_date(value: str | None) -> dt.date | None:
    if not value or value.startswith("--"):
        return None
    return dt.date.fromisoformat(value)


def infer_missing_years(*, project: str, exclude: int | None = None) -> list[ImportedReport]:
    """Give reports of a project whose text states no year the year their series implies.

    Returns the other reports whose dates changed (their events follow).
    """
    changed = []
    if not project:
        return changed
    reports = list(ImportedReport.objects.filter(project__iexact=project))
    events = [_series_event(r) for r in reports]
    known = [e for e in events if e.date is not None]
    for report, event in zip(reports, events, strict=True):
        if event.date is not None or event.month_day == (0, 0):
            continue
        year = infer_year(event, known)
        start = dt.date(year, *event.month_day) if year else None
        end_md = _month_day(report.record.get("end_date"))
        end = (
            dt.date(year + (end_md < event.month_day), *end_md)
            if year and end_md != (0, 0)
            else start
        )
        if (report.start_date, report.end_date, report.year_inferred) != (start, end, bool(year)):
            report.start_date, report.end_date, report.year_inferred = start, end, bool(year)
            report.save(update_fields=["start_date", "end_date", "year_inferred"])
            if report.pk != exclude:
                changed.append(report)
        elif report.start_date and report.event_id is None and report.pk != exclude:
            changed.append(report)
    return changed


def _month_day(value: str | None) -> tuple[int, int]:
    if not value:
        return (0, 0)
    return (int(value[-5:-3]), int(value[-2:]))


def _series_event(report: ImportedReport) -> SeriesEvent:
    stated = report.record.get("start_date")
    date = _iso_date(stated)
    return SeriesEvent(report.pk, report.sequence, _month_day(stated), date)


def planned_changes(record: dict) -> list[str]:
    """What importing this record would add to the directory (for --dry-run)."""
    changes = []
    gazetteer = load_gazetteer()
    for item in record.get("municipalities") or []:
        place = gazetteer.resolve(item["name"], country=item.get("country"))
        if place is None or not Municipality.objects.filter(geonames_id=place.geonameid).exists():
            changes.append(_("new municipality: %(name)s") % {"name": item["name"]})
    for item in record.get("organizations") or []:
        if organisation_named(item["name"]) is None:
            changes.append(_("new organisation: %(name)s") % {"name": item["name"]})
    for item in record.get("people") or []:
        if not Person.objects.filter(name__iexact=item["name"]).exists():
            changes.append(_("new person: %(name)s") % {"name": item["name"]})
    return changes
