"""Reads of the archive."""

from django.db.models import Count, Prefetch, QuerySet

from citypeers.archive.meetings import reports_of_the_meeting
from citypeers.archive.models import ImportedReport
from citypeers.archive.services import report_checksum
from citypeers.events.models import EventParticipant


def reports() -> QuerySet[ImportedReport]:
    """Imported reports with their municipalities and people counted (list and report page)."""
    return (
        ImportedReport.objects.select_related("event")
        .prefetch_related("municipalities")
        .annotate(people_count=Count("participants", distinct=True))
        .order_by("-start_date", "source_name")
    )


def report_pk(*, source_name: str) -> int | None:
    """The key of the report saved under a file name, if any (file names are unique)."""
    return (
        ImportedReport.objects.filter(source_name=source_name).values_list("pk", flat=True).first()
    )


def report_list() -> QuerySet[ImportedReport]:
    """Imported reports as listed for coordinators: each row names its event, whose name
    carries its day in its first party's zone, so the parties come along."""
    return (
        reports()
        .select_related("event__venue")
        .prefetch_related(
            Prefetch(
                "event__participants",
                queryset=EventParticipant.objects.select_related("municipality"),
            )
        )
    )


def earlier_imports(*, source_name: str, text: str) -> list[ImportedReport]:
    """Reports an upload would meet: the one of its name (saving replaces it), then those of
    the same text under another name (saving makes a second report and event)."""
    same = ImportedReport.objects.filter(source_name=source_name)
    copies = ImportedReport.objects.filter(sha256=report_checksum(text)).exclude(
        source_name=source_name
    )
    return [*same, *copies.order_by("source_name")]


def meeting_reports(report: ImportedReport) -> list[ImportedReport]:
    """The other saved reports of a report's meeting: those of its event, else (when it was
    kept apart) those that tell of the same day and municipalities."""
    if report.event_id is not None and not report.separate_event:
        return list(report.event.source_reports.exclude(pk=report.pk).order_by("pk"))
    return reports_of_the_meeting(
        start_date=report.start_date,
        municipality_ids=[m.pk for m in report.municipalities.all()],
        exclude=report.pk,
    )
