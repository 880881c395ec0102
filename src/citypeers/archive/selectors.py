"""Reads of the archive."""

from django.db.models import Count, Prefetch, QuerySet

from citypeers.archive.models import ImportedReport
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
