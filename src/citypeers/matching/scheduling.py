"""Slots for the pairs of a round: inside both cities' office hours, off both countries'
public holidays, with a free moderator, one meeting per city at a time, as early as
possible. Pure Python and NumPy: no Django.

Time is a grid of UTC slots of ``step_minutes`` over the range. Each distinct calendar
(zone, country, office hours) becomes once a boolean array "a meeting may start here",
built from local dates through zoneinfo, so DST changes and holidays are exact. Placing a
pair is then a few array products and a search for the first True.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cache

import holidays
import numpy as np

from citypeers.matching.hours import OfficeHours, utc_window, zone

Interval = tuple[datetime, datetime]


@dataclass(frozen=True)
class City:
    key: int
    country: str  # ISO 3166-1 alpha-2: whose public holidays apply
    timezone: str
    hours: OfficeHours = OfficeHours()
    subdivision: str | None = None  # regional holidays too, where the package knows them
    busy: tuple[Interval, ...] = ()  # meetings it already has, in UTC


@dataclass(frozen=True)
class Moderator:
    key: int
    per_day: int  # meetings a day at most, counted in the moderator's own zone
    timezone: str = "UTC"
    hours: OfficeHours | None = None  # None: whenever the cities can meet
    busy: tuple[Interval, ...] = ()


class Unplaced(StrEnum):
    NO_COMMON_HOURS = "no_common_hours"  # never both open (hours, weekdays, holidays)
    NO_MODERATOR = "no_moderator"  # no moderator available when both are open
    RANGE_EXHAUSTED = "range_exhausted"  # every common slot went to earlier pairs


@dataclass(frozen=True)
class Meeting:
    pair: tuple[int, int]
    moderator: int
    start: datetime  # UTC
    end: datetime


@dataclass(frozen=True)
class Unscheduled:
    pair: tuple[int, int]
    reason: Unplaced


@dataclass(frozen=True)
class Schedule:
    meetings: list[Meeting]
    unplaced: list[Unscheduled]


@dataclass(frozen=True)
class Grid:
    """UTC start instants ``origin + k * step`` covering every local date of the range."""

    origin: datetime
    step: timedelta
    size: int
    first_day: date
    last_day: date

    @classmethod
    def over(cls, first_day: date, last_day: date, step_minutes: int) -> "Grid":
        # Local dates run from UTC-12 to UTC+14: cover them all.
        origin = datetime.combine(first_day, time(0), tzinfo=UTC) - timedelta(hours=14)
        end = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=UTC)
        step = timedelta(minutes=step_minutes)
        size = math.ceil((end + timedelta(hours=12) - origin) / step)
        return cls(origin, step, size, first_day, last_day)

    def at(self, slot: int) -> datetime:
        return self.origin + slot * self.step

    def first_slot_from(self, instant: datetime) -> int:
        return max(0, math.ceil((instant - self.origin) / self.step))

    def days(self):
        day = self.first_day
        while day <= self.last_day:
            yield day
            day += timedelta(days=1)


@cache
def public_holidays(country: str, subdivision: str | None, years: tuple[int, ...]):
    """The country's (and region's) public holidays; a ValueError naming an unknown one."""
    try:
        return holidays.country_holidays(country, subdiv=subdivision, years=years)
    except NotImplementedError as error:
        raise ValueError(f"no public holidays known for {country!r} {subdivision or ''}") from error


@cache
def open_starts(
    grid: Grid, timezone: str, hours: OfficeHours, length: int, country: str | None = None,
    subdivision: str | None = None,
) -> np.ndarray:  # fmt: skip
    """Slots at which a meeting of ``length`` slots fits in the office hours of a working,
    non-holiday local date of the range. Cached: a directory has a few dozen calendars."""
    years = tuple(range(grid.first_day.year, grid.last_day.year + 1))
    closed = public_holidays(country, subdivision, years) if country else {}
    starts = np.zeros(grid.size, dtype=bool)
    for day in grid.days():
        if day.weekday() not in hours.weekdays or day in closed:
            continue
        opening, closing = utc_window(hours, timezone, day)
        first = grid.first_slot_from(opening)
        last = math.floor((closing - grid.origin) / grid.step) - length
        starts[first : last + 1] = True
    return starts


@cache
def local_days(grid: Grid, timezone: str) -> np.ndarray:
    """The local date (as an ordinal) of every slot, to count a moderator's meetings a day."""
    tz = zone(timezone)
    return np.array([grid.at(s).astimezone(tz).toordinal() for s in range(grid.size)])


def _busy_starts(grid: Grid, busy: Sequence[Interval], length: int) -> list[tuple[int, int]]:
    """Ranges [first, last] of start slots that would overlap a busy interval."""
    blocked = []
    for start, end in busy:
        first = math.floor((start - grid.origin) / grid.step) - length + 1
        last = math.ceil((end - grid.origin) / grid.step) - 1
        if last >= 0 and first < grid.size:
            blocked.append((max(0, first), min(grid.size - 1, last)))
    return blocked


def _around(slot: int, length: int) -> tuple[int, int]:
    """Start slots that would overlap a meeting starting at ``slot``."""
    return max(0, slot - length + 1), slot + length - 1


class _Moderators:
    """Where each moderator may still start a meeting, and how many they hold each day."""

    def __init__(self, grid: Grid, moderators: Sequence[Moderator], length: int, not_before: int):
        self.grid, self.length, self.moderators = grid, length, list(moderators)
        self.can = np.zeros((len(self.moderators), grid.size), dtype=bool)
        for row, moderator in enumerate(self.moderators):
            if moderator.per_day > 0:
                hours = moderator.hours
                self.can[row] = True if hours is None else open_starts(grid, moderator.timezone, hours, length)  # fmt: skip
                for first, last in _busy_starts(grid, moderator.busy, length):
                    self.can[row, first : last + 1] = False
        self.can[:, :not_before] = False
        self.days = [local_days(grid, m.timezone) for m in self.moderators]
        self.held = [dict() for _ in self.moderators]
        self.total = np.zeros(len(self.moderators), dtype=np.int64)
        self.any = self.can.any(axis=0)

    def book(self, slot: int) -> int:
        """The least busy moderator free at ``slot``, now booked there; their key."""
        free = np.flatnonzero(self.can[:, slot])
        row = int(free[np.argmin(self.total[free])])
        moderator = self.moderators[row]
        first, last = _around(slot, self.length)
        self.can[row, first : last + 1] = False
        day = self.days[row][slot]
        self.held[row][day] = self.held[row].get(day, 0) + 1
        self.total[row] += 1
        if self.held[row][day] >= moderator.per_day:
            that_day = np.flatnonzero(self.days[row] == day)
            self.can[row, that_day] = False
            first, last = min(first, int(that_day[0])), max(last, int(that_day[-1]))
        self.any[first : last + 1] = self.can[:, first : last + 1].any(axis=0)
        return moderator.key


def schedule(
    pairs: Sequence[tuple[City, City]],
    *,
    moderators: Sequence[Moderator],
    first_day: date,
    last_day: date,
    meeting_minutes: int = 90,
    step_minutes: int = 15,
    not_before: datetime | None = None,
) -> Schedule:
    """Place each pair, in the given order, at its earliest feasible slot in the range.

    ``not_before`` (UTC) keeps meetings out of the past. Pairs that find no slot come
    back with the reason; raises ValueError for a range, length or city that makes no sense.
    """
    _check(pairs, moderators, first_day, last_day, meeting_minutes, step_minutes)
    grid = Grid.over(first_day, last_day, step_minutes)
    length = math.ceil(meeting_minutes / step_minutes)
    earliest = grid.first_slot_from(not_before) if not_before else 0
    staff = _Moderators(grid, moderators, length, earliest)
    initially = staff.any.copy()
    booked: dict[int, list[tuple[int, int]]] = {}
    meetings, unplaced = [], []
    for a, b in pairs:
        both = _calendar(grid, a, length) & _calendar(grid, b, length)
        both[:earliest] = False
        possible = both & staff.any
        for city in (a, b):
            if city.key not in booked:
                booked[city.key] = _busy_starts(grid, city.busy, length)
            for first, last in booked[city.key]:
                possible[first : last + 1] = False
        if not possible.any():
            reason = _why_unplaced(both, initially)
            unplaced.append(Unscheduled(pair=(a.key, b.key), reason=reason))
            continue
        slot = int(np.argmax(possible))
        moderator = staff.book(slot)
        booked[a.key].append(_around(slot, length))
        booked[b.key].append(_around(slot, length))
        start = grid.at(slot)
        end = start + timedelta(minutes=meeting_minutes)
        meetings.append(Meeting(pair=(a.key, b.key), moderator=moderator, start=start, end=end))
    meetings.sort(key=lambda meeting: (meeting.start, meeting.pair))
    return Schedule(meetings=meetings, unplaced=unplaced)


def _why_unplaced(both: np.ndarray, moderated: np.ndarray) -> Unplaced:
    """Why a pair found no slot: never both open, never a moderator then, or all taken."""
    if not both.any():
        return Unplaced.NO_COMMON_HOURS
    if not (both & moderated).any():
        return Unplaced.NO_MODERATOR
    return Unplaced.RANGE_EXHAUSTED


def _calendar(grid: Grid, city: City, length: int) -> np.ndarray:
    return open_starts(grid, city.timezone, city.hours, length, city.country, city.subdivision)


def _check(pairs, moderators, first_day, last_day, meeting_minutes, step_minutes) -> None:
    if last_day < first_day:
        raise ValueError(f"the range ends ({last_day}) before it starts ({first_day})")
    if (last_day - first_day).days > 366:
        raise ValueError("a round spans at most a year")
    if meeting_minutes <= 0 or step_minutes <= 0:
        raise ValueError("meeting length and slot step must be positive minutes")
    for moderator in moderators:
        if moderator.per_day < 0:
            raise ValueError(f"moderator {moderator.key}: negative capacity {moderator.per_day}")
    for a, b in pairs:
        if a.key == b.key:
            raise ValueError(f"municipality {a.key} cannot meet itself")
        for city in (a, b):
            zone(city.timezone)
