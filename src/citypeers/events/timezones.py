"""Event times in every party's local time: one place for conversions and their wording.

Pure functions (no database): pages, the API and the calendar export all call them, so an
event reads "10:00–12:00 (CET) / 11:00–13:00 (EET)" everywhere.
"""

import datetime as dt
import functools
from collections.abc import Iterable
from importlib import resources
from zoneinfo import ZoneInfo

from babel.dates import get_timezone_gmt

from citypeers.core.formatting import babel_locale, date_text, time_text

UTC = dt.UTC


class LocalTimeError(ValueError):
    """A wall-clock time that does not exist (DST gap) or exists twice (DST overlap)."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.code = code


def zone_abbreviation(moment: dt.datetime, zone: str, language: str = "en") -> str:
    """The abbreviation in force in ``zone`` at ``moment`` ("CET", "CEST", "EET", "WEST").

    Zones without a letter abbreviation in the tz database (their name is "+03") get the
    CLDR GMT form in the page language ("GMT+03:00").
    """
    local = moment.astimezone(ZoneInfo(zone))
    name = local.tzname() or ""
    if name and name[0] not in "+-":
        return name
    return get_timezone_gmt(local, width="long", locale=babel_locale(language))


def unique_zones(zones: Iterable[str]) -> list[str]:
    """The zones once each, in order, skipping blanks."""
    seen: dict[str, None] = {}
    for zone in zones:
        if zone and zone not in seen:
            seen[zone] = None
    return list(seen)


def format_range_in_zone(
    start: dt.datetime, end: dt.datetime, zone: str, language: str = "en", *, with_date=False
) -> str:
    """One zone's wording: "10:00–12:00 (CET)", with dates when asked or across midnight;
    days in the site's date style and times as the language writes them (core.formatting)."""
    tz = ZoneInfo(zone)
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    start_abbr = zone_abbreviation(start, zone, language)
    end_abbr = zone_abbreviation(end, zone, language)
    same_day = local_start.date() == local_end.date()
    # Wall-clock times of the zone (a naive time is not moved to the site's zone).
    first_time = time_text(local_start.time(), language)
    last_time = time_text(local_end.time(), language)
    if same_day and not with_date:
        text = f"{first_time}–{last_time}"
    elif same_day:
        text = f"{date_text(local_start.date(), language)}, {first_time}–{last_time}"
    else:
        first = date_text(local_start.date(), language)
        last = date_text(local_end.date(), language)
        text = f"{first}, {first_time} – {last}, {last_time}"
    if start_abbr == end_abbr:
        return f"{text} ({start_abbr})"
    return f"{text} ({start_abbr}/{end_abbr})"


def format_range(
    start: dt.datetime,
    end: dt.datetime,
    zones: list[str],
    language: str = "en",
    *,
    with_date: bool = False,
) -> str:
    """The range in every zone given, "10:00–12:00 (CET) / 11:00–13:00 (EET)".

    ``start`` and ``end`` are aware datetimes; ``zones`` IANA names (parties' zones, in the
    order to show them). Identical wordings (same zone, or two zones with the same offset
    and abbreviation on that date) appear once. Dates are added when asked (a text with no
    date beside it), when the range runs past midnight in a zone or when the parties'
    calendar days differ. With no zones, UTC is used.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("format_range needs aware datetimes")
    zones = unique_zones(zones) or ["UTC"]
    local_days = {
        (start.astimezone(ZoneInfo(z)).date(), end.astimezone(ZoneInfo(z)).date()) for z in zones
    }
    with_date = with_date or len(local_days) > 1
    parts: list[str] = []
    for zone in zones:
        text = format_range_in_zone(start, end, zone, language, with_date=with_date)
        if text not in parts:
            parts.append(text)
    return " / ".join(parts)


def spans_days(start: dt.datetime, end: dt.datetime, zones: list[str]) -> bool:
    """Whether the range covers more than one calendar day in any of ``zones`` (or UTC),
    or falls on different days in different zones."""
    zones = unique_zones(zones) or ["UTC"]
    days = {
        (start.astimezone(ZoneInfo(z)).date(), end.astimezone(ZoneInfo(z)).date()) for z in zones
    }
    return len(days) > 1 or any(first != last for first, last in days)


def local_to_utc(local: dt.datetime, zone: str) -> dt.datetime:
    """The UTC instant of a wall-clock time in ``zone``.

    Raises ``LocalTimeError`` (code "nonexistent" or "ambiguous") when the wall time falls
    in the spring-forward gap or the autumn overlap of that zone, instead of guessing, and
    code "out_of_range" when the instant falls outside the calendar (before year 1, after 9999).
    """
    try:
        return _local_to_utc(local, zone)
    except OverflowError as error:
        raise LocalTimeError(
            f"{local:%Y-%m-%d %H:%M} in {zone} is outside the calendar", code="out_of_range"
        ) from error


def _local_to_utc(local: dt.datetime, zone: str) -> dt.datetime:
    if local.tzinfo is not None:
        local = local.replace(tzinfo=None)
    tz = ZoneInfo(zone)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        round_trip = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
        if round_trip != local:
            raise LocalTimeError(
                f"{local:%Y-%m-%d %H:%M} does not exist in {zone} (clocks skip it)",
                code="nonexistent",
            )
        raise LocalTimeError(
            f"{local:%Y-%m-%d %H:%M} happens twice in {zone} (clocks go back)",
            code="ambiguous",
        )
    return first.astimezone(UTC)


# --- the zones a picker offers ------------------------------------------------------------
# tzdata's zone1970.tab lists one zone per region whose clocks agreed since 1970, with the
# countries it serves; every other name (Asia/Calcutta, Europe/Kiev, Europe/Vatican) is a
# link whose compiled file is a copy of its canonical zone's.


@functools.cache
def canonical_zones() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(zone, country codes) of tzdata's zone1970.tab, in the file's order."""
    text = resources.files("tzdata").joinpath("zoneinfo", "zone1970.tab").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            codes, _where, zone, *_comment = line.split("\t")
            rows.append((zone, tuple(codes.split(","))))
    return tuple(rows)


def _compiled(zone: str) -> bytes | None:
    path = resources.files("tzdata").joinpath("zoneinfo", *zone.split("/"))
    return path.read_bytes() if path.is_file() else None


@functools.cache
def _canonical_by_content() -> dict[bytes, str]:
    return {_compiled(zone): zone for zone, _codes in canonical_zones()}


@functools.cache
def canonical_zone(zone: str) -> str:
    """The canonical zone an alias links to ("Asia/Calcutta" → "Asia/Kolkata"); a name
    that is canonical, unknown or no place's (UTC, Etc/GMT-1) comes back unchanged."""
    if not zone or "/" not in zone or ".." in zone:
        return zone
    try:
        content = _compiled(zone)
    except (OSError, ValueError):
        return zone
    return _canonical_by_content().get(content, zone) if content else zone
