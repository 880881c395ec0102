"""Reads of the archive."""

from django.db.models import Count, QuerySet

from citypeers.archive.models import ImportedReport


def report_list() -> QuerySet[ImportedReport]:
    """Imported reports as listed for coordinators, with what each row shows prefetched."""
    return (
        ImportedReport.objects.select_related("event")
        .prefetch_related("municipalities")
        .annotate(people_count=Count("participants", distinct=True))
        .order_by("-start_date", "source_name")
    )
