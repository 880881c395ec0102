"""The event list as a spreadsheet: one row per event, as CSV and as an Excel workbook.

The rows are the list page's events (same filters, same visibility, three queries in all);
times are given in UTC and in every party's local time, so a file sent on reads alike in
each city.
"""

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from citypeers.core.themes import theme_label
from citypeers.events import selectors
from citypeers.events.enums import ParticipantRole
from citypeers.events.models import Event
from citypeers.events.times import event_dates, event_day, local_times
from citypeers.events.titles import event_title

# Characters that make a spreadsheet read a cell as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    heading: str
    width: int  # in characters, for the workbook


def export_columns() -> list[Column]:
    """The columns in the current language."""
    return [
        Column(_("Event"), 48),
        Column(_("Kind"), 16),
        Column(_("Status"), 12),
        Column(_("Format"), 10),
        Column(_("Date"), 12),
        Column(_("Starts (UTC)"), 17),
        Column(_("Ends (UTC)"), 17),
        Column(_("Local times"), 60),
        Column(_("Participants"), 48),
        Column(_("Themes"), 36),
        Column(_("Programme"), 28),
        Column(_("Page"), 40),
    ]


def _participants(event: Event) -> str:
    """ "Florence (IT); Cluj-Napoca (RO); IOM – Organiser": parties in order, with their role
    when it is not plain participation."""
    names = []
    for participant in event.participants.all():
        if participant.municipality_id:
            name = f"{participant.municipality.name} ({participant.municipality.country_id})"
        elif participant.organisation_id:
            name = participant.organisation.name
        else:
            continue
        if participant.role != ParticipantRole.PARTICIPANT:
            name = f"{name} – {participant.get_role_display()}"
        names.append(name)
    return "; ".join(names)


def _local_times(event: Event, language: str) -> str:
    if not event.has_times:
        return event_dates(event, language)
    return "; ".join(
        f"{names}: {text}" for names, _zone, text in local_times(event, language, with_date=True)
    )


def export_row(event: Event, *, language: str, url_of: Callable[[Event], str]) -> list:
    """One event's cells (reads prefetched parties and themes): text, a date and, when the
    event's hours are known, its start and end as naive UTC datetimes."""
    known = event.has_times
    return [
        event_title(event, language),
        event.get_kind_display(),
        event.get_status_display(),
        event.get_format_display(),
        event_day(event),
        event.starts_at.astimezone(dt.UTC).replace(tzinfo=None) if known else None,
        event.ends_at.astimezone(dt.UTC).replace(tzinfo=None) if known else None,
        _local_times(event, language),
        _participants(event),
        "; ".join(str(theme_label(t.theme)) for t in event.themes.all()),
        str(event.programme) if event.programme_id else "",
        url_of(event),
    ]


def export_rows(
    filters: selectors.EventFilters, *, language: str, url_of: Callable[[Event], str]
) -> list[list]:
    """The rows of the events the list page shows with ``filters``, in its order."""
    return [
        export_row(event, language=language, url_of=url_of)
        for event in selectors.event_list(filters)
    ]


def _csv_cell(value) -> str:
    """A cell as text; one a spreadsheet would run as a formula is quoted to stay text."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def events_csv(rows: list[list]) -> str:
    """The rows as CSV text with a heading row (UTF-8 with a byte-order mark when written,
    so that spreadsheet programs read accents right)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([column.heading for column in export_columns()])
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])
    return out.getvalue()


def _xlsx_cell(value):
    """A cell as a workbook holds it: text without the control characters no workbook may
    contain (a vertical tab pasted into a title), other values as they are."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def events_xlsx(rows: list[list]) -> bytes:
    """The rows as an Excel workbook: a bold, frozen heading row with filters, sized
    columns, dates and UTC times as real Excel values, long texts wrapped."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Events")
    columns = export_columns()
    sheet.append([column.heading for column in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_xlsx_cell(value) for value in row])
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = column.width
        for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
            elif cell.data_type == "f":  # text that only looks like a formula
                cell.data_type = "s"
            if column.width >= 36:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
