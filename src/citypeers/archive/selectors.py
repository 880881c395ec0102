"""Reads of the archive."""

from django.db.models import Count, Prefetch, QuerySet

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
