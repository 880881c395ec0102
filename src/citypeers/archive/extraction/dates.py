"""Dates, time ranges and time zones as written in English and Italian reports."""

import bisect
import datetime
import functools
from dataclasses import dataclass

import regex
from babel import Locale

from . import patterns as rx
from .text import fold

MONTH_LOCALES = ("en", "it", "fr", "es", "de", "pt")
ZONES = "CET|CEST|EET|EEST|WET|WEST|GMT|UTC|BST|IST|MSK|TRT|FET"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|°|º|ª)?"
_YEAR = r"(?:19|20)\d\d"
_RANGE_SEP = (
    r"\s*(?:-|–|—|/|&|\band\b|\bto\b|\buntil\b|\btill\b|\bthrough\b|\be\b|"
    r"\bal\b|\ball'|\balla\b|\ba\b)\s*"
)
_EVENT_CUE = rx.compile(
    r"(?:took place|take place|was held|will be held|held|organi[sz]ed|"
    r"hosted|scheduled|convened|met|"
    r"si è svolt[oa]|si svolger[àa]|si è tenut[oa]|si terrà|ha avuto luogo|"
    r"organizzat[oa]|tenutosi|tenutasi)"
    r"\W+(?:\w+\W+){0,6}$",
    regex.I | regex.REVERSE,
)


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: str
    end: str
    position: int
    score: int


@functools.cache
def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for code in MONTH_LOCALES:
        loc = Locale(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    key = fold(name)
                    if len(key) >= 3:
                        out.setdefault(key, number)
    out.setdefault("sept", 9)
    return out


@functools.cache
def _patterns() -> tuple[rx.Pattern, ...]:
    names = sorted(_months(), key=len, reverse=True)
    month = r"(?:" + "|".join(regex.escape(n) for n in names) + r")\.?"
    day_first = rx.compile(
        rf"\b(?P<d1>{_DAY})(?:\s+(?P<m1>{month}))?(?:\s+(?P<y1>{_YEAR}))?"
        rf"(?:{_RANGE_SEP}(?:(?:the|il|l')\s*)?(?P<d2>{_DAY}))?\s+(?:of\s+|"
        rf"de\s+|di\s+)?(?P<m2>{month})(?:,?\s+(?P<y2>{_YEAR}))?\b",
        regex.I,
    )
    month_first = rx.compile(
        rf"\b(?P<m1>{month})\s+(?:the\s+)?(?P<d1>{_DAY})(?:{_RANGE_SEP}(?:the\s+)?(?P<d2>{_DAY}))?\b(?:,?\s+(?P<y2>{_YEAR}))?",
        regex.I,
    )
    numeric = rx.compile(
        rf"\b(?:(?P<y>{_YEAR})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)|(?P<d_>[0-3]?\d)(?P<sep>[./-])(?P<m_>[01]?\d)(?P=sep)(?P<y_>{_YEAR}))\b"
    )
    return day_first, month_first, numeric


def _int(value: str) -> int:
    return int(rx.match(r"\d+", value).group())


def _month(value: str) -> int:
    return _months()[fold(value)]


def _iso(year: int | None, month: int, day: int) -> str | None:
    """ISO date, `--MM-DD` without a year; None when the day does not exist."""
    try:
        datetime.date(year or 2000, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def find_dates(text: str) -> tuple[list[DateSpan], list[str]]:
    """All date mentions as spans, and the mentions that name impossible days."""
    spans: list[DateSpan] = []
    invalid: list[str] = []
    taken: list[tuple[int, int]] = []
    day_first, month_first, numeric = _patterns()
    windows = _month_windows(text)
    for pattern in (day_first, month_first, numeric):
        ranges = [(0, len(text))] if pattern is numeric else windows
        matches = [m for start, end in ranges for m in pattern.finditer(text, start, end)]
        for m in matches:
            if _overlaps(taken, m.span()):
                continue
            parts = _parts(pattern is numeric, m)
            if parts is None:
                continue
            (y1, m1, d1), (y2, m2, d2) = parts
            start, end = _iso(y1, m1, d1), _iso(y2, m2, d2)
            if start is None or end is None:
                invalid.append(m.group().strip())
                bisect.insort(taken, m.span())
                continue
            if (y1 or 0, m1, d1) > (y2 or 0, m2, d2):
                start, end = end, start
            bisect.insort(taken, m.span())
            spans.append(DateSpan(start, end, m.start(), _score(text, m.start(), y1)))
    spans.sort(key=lambda s: s.position)
    return spans, invalid


def _overlaps(taken: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether `span` overlaps one of `taken`: sorted, disjoint spans (one look, not a scan)."""
    i = bisect.bisect_left(taken, (span[1], -1))
    return i > 0 and taken[i - 1][1] > span[0]


_WORD = rx.compile(r"\p{L}+")


def _month_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around month names (only there can a written date be)."""
    months = _months()
    windows: list[tuple[int, int]] = []
    for word in _WORD.finditer(text):
        if word.group().lower() not in months:
            continue
        start = max(0, word.start() - 45)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = min(len(text), word.end() + 45)
        while end < len(text) and not text[end].isspace():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _parts(is_numeric, m):
    if is_numeric:
        y = int(m.group("y") or m.group("y_"))
        mo = int(m.group("m") or m.group("m_"))
        d = int(m.group("d") or m.group("d_"))
        if not 1 <= mo <= 12:
            return None
        return (y, mo, d), (y, mo, d)
    year2 = int(m.group("y2")) if m.group("y2") else None
    year1 = int(m.group("y1")) if m.groupdict().get("y1") else year2
    month2 = _month(m.group("m2")) if m.groupdict().get("m2") else _month(m.group("m1"))
    month1 = _month(m.group("m1")) if m.group("m1") else month2
    d1 = _int(m.group("d1"))
    d2 = _int(m.group("d2")) if m.group("d2") else None
    if d2 is None:
        return (year1, month1, d1), (year1, month1, d1)
    if m.groupdict().get("m1") is None and d2 < d1:
        return None
    return (year1, month1, d1), (year2 or year1, month2, d2)


def _score(text: str, position: int, year: int | None) -> int:
    score = 0
    line_no = text.count("\n", 0, position)
    if line_no <= 2:
        score += 2
    if _EVENT_CUE.search(text[max(0, position - 80) : position]):
        score += 2
    if rx.search(
        r"\b(?:on|il|dal|from|del|in data)\s+(?:the\s+)?$",
        text[max(0, position - 12) : position],
        regex.I,
    ):
        score += 1
    if year and year < 2000:
        score -= 5
    return score


def event_dates(text: str) -> tuple[str | None, str | None, list[str]]:
    """The event's start and end date, and any impossible dates mentioned."""
    spans, invalid = find_dates(text)
    if not spans:
        return None, None, invalid
    best = max(spans, key=lambda s: (s.score, -s.position))
    return best.start, best.end, invalid


_TIME = (
    r"(?P<{h}>[01]?\d|2[0-3])(?:[:.h](?P<{m}>[0-5]\d))?\s*(?P<{ap}>[ap]\.?m\.?)?\s*(?:h|"
    r"hrs|hours)?"
)
_TIME_RANGE = rx.compile(
    r"(?:\b(?:from|dalle|ore|h\.?|alle|at)\s+)?\b"
    + _TIME.format(h="h1", m="m1", ap="a1")
    + rf"(?:\s*\(?(?P<zone1>{ZONES})\)?)?"
    + r"\s*(?:-|–|—|to|until|till|alle|all'|a)\s*(?:ore\s+)?"
    + _TIME.format(h="h2", m="m2", ap="a2")
    + rf"(?:\s*\(?\s*(?P<zone>(?:{ZONES})(?:\s*[+-]\s*\d{{1,2}})?)\s*\)?)?",
    regex.I,
)
_SINGLE_TIME = rx.compile(
    rf"\b(?:at|alle|ore|h\.?)\s+(?P<h1>[01]?\d|2[0-3])[:.](?P<m1>[0-5]\d)(?:\s*\(?(?P<zone>{ZONES})\)?)?",
    regex.I,
)


def _hhmm(hour: str, minute: str | None, ampm: str | None) -> str:
    h = int(hour)
    if ampm:
        pm = ampm.lower().startswith("p")
        h = h % 12 + (12 if pm else 0)
    return f"{h:02d}:{int(minute or 0):02d}"


def event_times(text: str) -> tuple[str | None, str | None, list[str]]:
    """First stated time range (HH:MM) and the time-zone labels stated with times, in order."""
    ranges = []
    for m in _TIME_RANGE.finditer(text):
        has_minutes = m.group("m1") and m.group("m2")
        has_ampm = m.group("a1") or m.group("a2")
        if not (has_minutes or has_ampm):
            continue
        if not m.group("m1") and not m.group("a1") and not has_ampm:
            continue
        ranges.append(m)
    if ranges:
        first = ranges[0]
        line_end = text.find("\n", first.start())
        line = text[first.start() : line_end if line_end >= 0 else len(text)]
        zones = [
            (z.group("zone") or z.group("zone1")).replace(" ", "").upper()
            for z in _TIME_RANGE.finditer(line)
            if z.group("zone") or z.group("zone1")
        ]
        ampm2 = first.group("a2")
        start = _hhmm(first.group("h1"), first.group("m1"), first.group("a1") or ampm2)
        end = _hhmm(first.group("h2"), first.group("m2"), ampm2)
        return start, end, list(dict.fromkeys(zones))
    single = _SINGLE_TIME.search(text)
    if single:
        zones = [single.group("zone").upper()] if single.group("zone") else []
        return _hhmm(single.group("h1"), single.group("m1"), None), None, zones
    return None, None, []
