"""Reports of one meeting: two writers (a German and a Polish town, a city and the network)
may each publish their account of the same visit. The archive keeps one event for it.

Two reports tell of the same meeting when they start on the same day and name mostly the
same municipalities: at least two in common, covering half of the shorter list, or the same
single municipality on both sides. The review shows the match, and the coordinator may
keep a report apart (`ImportedReport.separate_event`).
"""

import datetime as dt
from collections.abc import Iterable

from django.db.models import QuerySet

from citypeers.archive.models import ImportedReport
from citypeers.network.selectors import municipalities_by_name


def same_meeting(ours: set[int], theirs: set[int]) -> bool:
    """Whether two lists of municipalities (their keys) are those of one meeting."""
    shared = len(ours & theirs)
    if not shared:
        return False
    if len(ours) == len(theirs) == 1:
        return True
    return shared >= 2 and 2 * shared >= min(len(ours), len(theirs))


def reports_of_the_meeting(
    *, start_date: dt.date | None, municipality_ids: Iterable[int], exclude: int | None = None
) -> list[ImportedReport]:
    """Saved reports with an event that tell of the meeting of that day and those
    municipalities, the earliest imported first (it leads the event)."""
    ours = set(municipality_ids)
    if start_date is None or not ours:
        return []
    candidates: QuerySet[ImportedReport] = (
        ImportedReport.objects.filter(
            start_date=start_date, event__isnull=False, municipalities__in=ours
        )
        .exclude(pk=exclude)
        .distinct()
        .select_related("event")
        .prefetch_related("municipalities")
        .order_by("pk")
    )
    return [
        report
        for report in candidates
        if same_meeting(ours, {m.pk for m in report.municipalities.all()})
    ]


def reports_of_the_record(record: dict, *, exclude: int | None = None) -> list[ImportedReport]:
    """For the review of a record not saved yet: the saved reports of its meeting, by the
    directory's municipalities of the names it gives (read only, nothing is added)."""
    try:
        start_date = dt.date.fromisoformat(record.get("start_date") or "")
    except ValueError:  # no date, or a day without its year
        return []
    found = municipalities_by_name(
        (item["name"], item.get("country")) for item in record.get("municipalities") or []
    )
    return reports_of_the_meeting(
        start_date=start_date,
        municipality_ids={m.pk for m in found if m is not None},
        exclude=exclude,
    )


def leader_of(event, report: ImportedReport) -> ImportedReport | None:
    """The report leading `event`, when it is not `report`: the earliest one there that is
    not a further account (a report joining the event follows the one leading it)."""
    heads = event.source_reports.filter(account__isnull=True).exclude(pk=report.pk)
    first = heads.order_by("pk").first()
    if report.event_id != event.pk:
        return first
    if report.account_id is None and (first is None or report.pk < first.pk):
        return None
    return first


def leading_report(report: ImportedReport) -> ImportedReport | None:
    """The report leading the event `report` joined as a further account (None when
    `report` leads its event or has none)."""
    if report.event_id is None or report.account_id is None:
        return None
    return leader_of(report.event, report)
