"""Inferring the year a report leaves out, from its series and neighbouring events.

Pure functions over plain values, so they are tested without a database.
"""

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class SeriesEvent:
    key: int
    sequence: int | None
    month_day: tuple[int, int]
    date: dt.date | None  # known (stated) date, or None when the year is missing


def _valid(year: int, month_day: tuple[int, int]) -> dt.date | None:
    try:
        return dt.date(year, *month_day)
    except ValueError:
        return None


def infer_year(event: SeriesEvent, known: list[SeriesEvent]) -> int | None:
    """The year that fits the event between its numbered neighbours, else the closest to the others.

    With a series number: the nearest numbered neighbour with a stated date decides (an
    earlier number cannot fall after a later one). Without: the year that puts the date
    nearest to an event of the same project.
    """
    dated = [k for k in known if k.date is not None and k.key != event.key]
    if not dated:
        return None
    numbered = [k for k in dated if k.sequence is not None]
    if event.sequence is not None and numbered:
        neighbour = min(numbered, key=lambda k: (abs(k.sequence - event.sequence), k.sequence))
        year = neighbour.date.year
        if neighbour.sequence > event.sequence and event.month_day > (
            neighbour.date.month,
            neighbour.date.day,
        ):
            year -= 1
        elif neighbour.sequence < event.sequence and event.month_day < (
            neighbour.date.month,
            neighbour.date.day,
        ):
            year += 1
        return year if _valid(year, event.month_day) else None
    years = {k.date.year + delta for k in dated for delta in (-1, 0, 1)}
    best = None
    for year in sorted(years):
        candidate = _valid(year, event.month_day)
        if candidate is None:
            continue
        distance = min(abs((candidate - k.date).days) for k in dated)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None
