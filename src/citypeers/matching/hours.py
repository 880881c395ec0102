"""Office hours of a municipality, and where they fall in UTC on a given local date.

Shared by the compatibility constraints (do two cities' hours overlap long enough?) and
by the scheduler (which UTC instants may a meeting start at?). Pure Python: no Django.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAYS = frozenset(range(5))  # Monday to Friday, as date.weekday() numbers them


@dataclass(frozen=True)
class OfficeHours:
    """Local opening hours, the same on every working day (``weekdays``: 0 is Monday)."""

    start: time = time(9, 0)
    end: time = time(17, 0)
    weekdays: frozenset[int] = WEEKDAYS

    def __post_init__(self):
        if self.end <= self.start:
            raise ValueError(f"office hours end ({self.end}) must come after start ({self.start})")
        if not self.weekdays or not self.weekdays <= set(range(7)):
            raise ValueError(f"office weekdays must be a non-empty subset of 0-6: {self.weekdays}")

    @property
    def weekday_mask(self) -> int:
        """The working days as bits (bit 0 is Monday), to intersect many cities at once."""
        return sum(1 << day for day in self.weekdays)


@cache
def zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name``; a ValueError naming it if it does not exist."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(f"unknown time zone: {name!r}") from error


def utc_window(hours: OfficeHours, timezone: str, day: date) -> tuple[datetime, datetime]:
    """The office hours of local date ``day`` as UTC instants (DST handled by zoneinfo)."""
    tz = zone(timezone)
    start = datetime.combine(day, hours.start, tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day, hours.end, tzinfo=tz).astimezone(UTC)
    return start, end


@cache
def utc_minutes(hours: OfficeHours, timezone: str, day: date) -> tuple[int, int]:
    """Office hours of ``day`` as minutes after UTC midnight of ``day`` (may be negative).

    Cached because a directory of 15,000 cities has a few dozen distinct zones and hours.
    """
    midnight = datetime.combine(day, time(0), tzinfo=UTC)
    start, end = utc_window(hours, timezone, day)
    return (
        int((start - midnight) // timedelta(minutes=1)),
        int((end - midnight) // timedelta(minutes=1)),
    )


def common_minutes(a: tuple[OfficeHours, str], b: tuple[OfficeHours, str], day: date) -> int:
    """Minutes during which both offices are open on ``day``, if they share a weekday."""
    if not a[0].weekdays & b[0].weekdays:
        return 0
    start_a, end_a = utc_minutes(*a, day)
    start_b, end_b = utc_minutes(*b, day)
    return max(0, min(end_a, end_b) - max(start_a, start_b))
