"""Dates, time ranges and time zones as written in reports in the programme's languages.

Month and weekday names come from CLDR (babel) for every language the reports are written
in, and dates are read on the folded text (`cues.plain`: lower case, no accents, every
position kept), so "3 Μαρτίου", "3 marca", "am 3. März" and "3 martie" read alike.
"""

import bisect
import datetime
import functools
from dataclasses import dataclass

import ahocorasick
import regex
from babel import Locale

from . import patterns as rx
from .cues import plain
from .text import length_automaton

MONTH_LOCALES = ("en", "it", "fr", "es", "de", "pt", "pl", "el", "ro", "mt")
ZONES = "CET|CEST|EET|EEST|WET|WEST|GMT|UTC|BST|IST|MSK|TRT|FET"
# "3", "3rd", "3°", "3." (German, Polish), "1º", "10ης" (Greek: "της 10ης Νοεμβρίου")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|ης|η|°|º|ª|\.(?!\d))?"
_YEAR = r"(?:19|20)\d\d"
# "3-5", "3 and 5", "dal 3 al 5", "del 19 al 21", "19 y 20", "23. bis 26.", "od 3 do 5",
# "3 και 5", "3 si 5", "3 sa 5"
_RANGE_SEP = (
    r"\s*(?:-|–|—|/|&|\band\b|\bto\b|\buntil\b|\btill\b|\bthrough\b|\be\b|\bed\b|"
    r"\bal\b|\ball'|\balla\b|\ba\b|\by\b|\bhasta\b|\bund\b|\bbis\b|\bi\b|\bdo\b|"
    r"\bsi\b|\bpana la\b|\bla\b|\bκαι\b|\bεως\b|\bως\b|\bsa\b|\bu\b)\s*"
)
_EVENT_CUE = rx.compile(
    r"(?:took place|take place|was held|will be held|held|organi[sz]ed|"
    r"hosted|scheduled|convened|met|"
    r"si e svolt[oa]|si svolger[a]|si e tenut[oa]|si terra|ha avuto luogo|"
    r"organizzat[oa]|tenutosi|tenutasi|"
    r"tuvo lugar|tendra lugar|se celebr[oa]|celebrad[oa]|acogio|desarrollad[oa]|"
    r"fand|findet|stattfand|stattfinden|trafen|tagte|"
    r"odbyl[aoy]?|odbedzie|"
    r"πραγματοποιηθηκε|πραγματοποιειται|θα πραγματοποιηθει|διεξηχθη|"
    r"a avut loc|va avea loc|s-a desfasurat|se va desfasura|"
    r"saret|sar|se ssir)"
    r"\W+(?:\w+\W+){0,6}$",
    regex.REVERSE,
)
# The word just before a meeting's date: "on", "il", "am", "el", "w dniach", "στις"
_DATE_PREPOSITION = rx.compile(
    r"\b(?:on|il|dal|from|del|in data|am|vom|el|los dias|dias|w dniach|dnia|od|"
    r"στις|την|μεταξυ|pe|in ziua|intre|nhar|fil)\s+(?:the\s+)?$"
)


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: str
    end: str
    position: int
    score: int


@functools.cache
def _months() -> dict[str, int]:
    """Month names of every report language, folded: "marca" -> 3, "ιουνιου" -> 6."""
    out: dict[str, int] = {}
    for code in MONTH_LOCALES:
        loc = Locale(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    key = plain(name).strip(".")
                    if len(key) >= 3 and key.isalpha():
                        out.setdefault(key, number)
    out.setdefault("sept", 9)
    # Greek also writes the months in their spoken forms ("15 Νοέμβρη", "τον Μάη")
    for number, stem in enumerate(_GREEK_SPOKEN_MONTHS, 1):
        out.setdefault(stem, number)
        out.setdefault(stem + "ς", number)
    return out


_GREEK_SPOKEN_MONTHS = (
    "γεναρη",
    "φλεβαρη",
    "μαρτη",
    "απριλη",
    "μαη",
    "ιουνη",
    "ιουλη",
    "αυγουστο",
    "σεπτεμβρη",
    "οκτωβρη",
    "νοεμβρη",
    "δεκεμβρη",
)


@functools.cache
def _abbreviation_spellings() -> dict[str, frozenset[str]]:
    """The month names that are only abbreviations, folded, each with the spellings a
    language writes it in (lower case, no full stop). Folded, a short one may be a common
    word: Polish "się" folds to "sie", August's abbreviation, so the spelling decides."""
    wide, short = set(), {}
    for code in MONTH_LOCALES:
        loc = Locale(code)
        for context in ("format", "stand-alone"):
            wide |= {plain(n).strip(".") for n in loc.months[context]["wide"].values()}
            for name in loc.months[context]["abbreviated"].values():
                spelling = name.lower().strip(".")
                short.setdefault(plain(name).strip("."), set()).add(spelling)
    return {key: frozenset(spellings) for key, spellings in short.items() if key not in wide}


def _months_as_spelt(original: str, m) -> bool:
    """Whether the month words of a match are written as a language writes its months."""
    spellings = _abbreviation_spellings()
    for group in ("m1", "m2"):
        if group not in m.re.groupindex or m.group(group) is None:
            continue
        allowed = spellings.get(m.group(group).strip("."))
        written = original[m.start(group) : m.end(group)].lower().strip(".")
        if allowed is not None and written not in allowed:
            return False
    return True


@functools.cache
def _weekdays() -> tuple[str, ...]:
    """Weekday names of every report language, folded, without Maltese articles."""
    out = set()
    for code in MONTH_LOCALES:
        loc = Locale(code)
        for context in ("format", "stand-alone"):
            for name in loc.days[context]["wide"].values():
                out.add(plain(name).split("-")[-1])
    return tuple(sorted(out, key=lambda name: (-len(name), name)))  # the same text every run


def month_names() -> tuple[str, ...]:
    """Month names and abbreviations of every report language, folded ("maja", "οκτωβριου")."""
    return tuple(_months())


def weekday_names() -> tuple[str, ...]:
    """Weekday names of every report language, folded ("venerdi", "piatek"), longest first."""
    return _weekdays()


@functools.cache
def _patterns() -> tuple[rx.Pattern, ...]:
    month = rx.alternation(_months()) + r"\.?"
    # "Sonntag, 30. April, bis Dienstag, 9. Mai": a weekday may stand before the second day
    weekday = r"(?:" + rx.alternation(_weekdays()) + r",?\s+)?"
    of = r"(?:of\s+|de\s+|di\s+|ta'\s*)?"
    # "29 czerwca 2023r.": Polish writes "r." (rok, year) after the year, at times unspaced
    year = rf"(?:,?\s+(?:de\s+|del\s+|του\s+)?(?P<y2>{_YEAR})(?:r(?=\.))?)?"
    # `\b` before a day or a month (a digit or a letter) is `(?<!\w)`, and scans faster;
    # a pattern whose every match opens with a digit says so first, `(?=\d)`: the engine
    # then skips to the digits (several times faster), where it found the same matches
    day_first = rx.compile(
        rf"(?=\d)\b(?P<d1>{_DAY})(?:\s+{of}(?P<m1>{month}),?)?(?:\s+(?P<y1>{_YEAR}))?"
        rf"(?:{_RANGE_SEP}(?:(?:the|il|l'|el|τις|την)\s*)?{weekday}(?P<d2>{_DAY}))?\s+{of}"
        rf"(?P<m2>{month}){year}(?!\w)",
    )
    month_first = rx.compile(
        rf"\b(?P<m1>{month})\s+(?:the\s+)?(?P<d1>{_DAY})(?:{_RANGE_SEP}(?:the\s+)?"
        rf"(?:(?P<m2>{month})\s+)?(?P<d2>{_DAY}))?(?!\w)(?:,?\s+(?P<y2>{_YEAR}))?",
    )
    one = r"(?P<d{n}>[0-3]?\d)(?P<sep{n}>[./-])(?P<m{n}>[01]?\d)(?P=sep{n})(?P<y{n}>{year})"
    numeric = rx.compile(
        rf"(?=\d)\b(?:(?P<y>{_YEAR})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)|"
        + one.format(n="_", year=_YEAR)
        + rf"(?:{_RANGE_SEP}"
        + one.format(n="2_", year=_YEAR)
        + r")?"
        # "vom 01.04. bis (Freitag, dem) 05.04.2019": the first day of a range without
        # its year, which the second gives
        + rf"|(?P<d3>[0-3]?\d)\.(?P<m3>[01]?\d)\.{_RANGE_SEP}{weekday}"
        + r"(?:(?:dem|den|zum|the|il|al|el)\s+)?"
        + one.format(n="4", year=_YEAR)
        + r")\b"
    )
    # "(20-24/11)": a range of days of a month, without a year
    short_range = rx.compile(
        r"(?=\d)(?<![\d/.,-])(?P<sd1>[0-3]?\d)\s*[-–]\s*(?P<sd2>[0-3]?\d)[/.](?P<sm>[01]?\d)(?![\d/.-])"
    )
    return day_first, month_first, numeric, short_range


def _int(value: str) -> int:
    return int(rx.match(r"\d+", value).group())


def _month(value: str) -> int:
    return _months()[value.strip(".")]


def _iso(year: int | None, month: int, day: int) -> str | None:
    """ISO date, `--MM-DD` without a year; None when the day does not exist."""
    try:
        datetime.date(year or 2000, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def find_dates(text: str) -> tuple[list[DateSpan], list[str]]:
    """All date mentions as spans, and the mentions that name impossible days."""
    spans, invalid = _dates_of(text)
    return list(spans), list(invalid)


@functools.lru_cache(maxsize=8)
def _dates_of(text: str) -> tuple[tuple[DateSpan, ...], tuple[str, ...]]:
    """`find_dates`, kept for the last few texts: the dates and the evidence read them."""
    spans: list[DateSpan] = []
    invalid: list[str] = []
    taken: list[tuple[int, int]] = []
    day_first, month_first, numeric, short_range = _patterns()
    original, text = text, plain(text)
    windows = _month_windows(text)
    for pattern in (day_first, month_first, numeric, short_range):
        ranges = windows if pattern in (day_first, month_first) else [(0, len(text))]
        matches = [m for start, end in ranges for m in pattern.finditer(text, start, end)]
        for m in matches:
            if _overlaps(taken, m.span()):
                continue
            if (
                _alone_on_its_line(text, m) and not _under_a_date_label(text, m.start())
            ) or _after_a_publication_label(text, m.start()):
                # a publication stamp ("16/06/2015", "March 3, 2019" above or below the
                # title, "Published on 3 May 2019"), not the meeting's: a meeting's date is
                # said in a sentence or a label
                continue
            if pattern is not numeric and not _months_as_spelt(original, m):
                continue
            parts = _short_range(m) if pattern is short_range else _parts(pattern is numeric, m)
            if parts is None:
                continue
            (y1, m1, d1), (y2, m2, d2) = parts
            start, end = _iso(y1, m1, d1), _iso(y2, m2, d2)
            if start is None or end is None:
                invalid.append(original[m.start() : m.end()].strip())
                bisect.insort(taken, m.span())
                continue
            if (y1 or 0, m1, d1) > (y2 or 0, m2, d2):
                start, end = end, start
            bisect.insort(taken, m.span())
            score = _score(text, m.start(), y1)
            if _alone_on_its_line(text, m, weekday=True) and not _under_a_date_label(
                text, m.start()
            ):
                score -= _WEEKDAY_STAMP
            spans.append(DateSpan(start, end, m.start(), score))
    spans.sort(key=lambda s: s.position)
    return tuple(spans), tuple(invalid)


def _alone_on_its_line(text: str, m, *, weekday: bool = False) -> bool:
    """Whether nothing but punctuation or a clock time (and with `weekday`, the date's
    weekday: "Friday, July 12, 2019") shares the date's line, and the next line is no time
    slot of a programme ("Oct 05 2022" above "09:45 - 11:00": the programme's day)."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start : len(text) if end < 0 else end]
    rest = _CLOCK.sub("", line[: m.start() - start] + line[m.end() - start :])
    if weekday:
        rest = _weekday_word().sub("", rest)
    if any(char.isalnum() for char in rest):
        return False
    return end < 0 or not _SLOT_LINE.match(text, end)


# A programme's time slot on the next non-empty line: "09:45 - 11:00", "10.00-12.30"
# ("von 12:30-13:30 Uhr", "from 10.00-12.30": a short word may open it)
_SLOT_LINE = rx.compile(
    r"\s*(?:\w{1,5}\.?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*[-–—]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d"
)
# A date alone on its line with its weekday is most often a release stamp as well, but less
# surely than a bare one: it still dates the meeting when the text gives no other date.
_WEEKDAY_STAMP = 2


@functools.cache
def _weekday_word() -> rx.Pattern:
    return rx.compile(r"(?<!\w)(?:" + rx.alternation(_weekdays()) + r")(?!\w)")


def _under_a_date_label(text: str, position: int) -> bool:
    """Whether the line above the date's line is a label such as "When?" or "Date:"."""
    line_start = text.rfind("\n", 0, position)
    above = text[max(0, line_start - 40) : max(0, line_start)].rstrip()
    return bool(_DATE_LABEL.search(above))


# A date label opening the date's line, a weekday between: "When: Monday, July 15"
_LABEL_ON_THE_LINE = rx.compile(
    r"(?:^|\n)\W*(?:when|date|dates|data|fecha|fechas|datum|wann|termin|kiedy|"
    r"ημερομηνια|ποτε|cand)\s*:\s*(?:\w+,?\s+)?$"
)
_DATE_LABEL = rx.compile(
    r"(?:^|\n)\W*(?:when|date|dates|data|fecha|fechas|datum|wann|termin|kiedy|"
    r"ημερομηνια|ποτε|cand)\W*$"
)


# A line opening with the page's publication label, then the date: "Published on 3 May",
# "Publicado el", "Pubblicato il", "Veröffentlicht am", "Opublikowano", "Publicat pe",
# "Δημοσιεύθηκε", "Posted on", "Last updated" (matched on folded text, read backwards
# from the date)
_PUBLICATION_LABEL = rx.compile(
    r"(?:^|\n)\W*(?:(?:first |last )?(?:published|posted|updated)(?: on| at)?|"
    r"publicad[oa](?: el| en)?|fecha de publicacion|actualizad[oa](?: el)?|"
    r"pubblicat[oa](?: il| in data)?|data di pubblicazione|aggiornat[oa](?: il| al)?|"
    r"veroffentlicht(?: am)?|aktualisiert(?: am)?|stand|"
    r"opublikowan[oa]|data publikacji|zaktualizowan[oa]|"
    r"publicat(?: pe| la| in)?|data publicarii|actualizat(?: pe| la)?|"
    r"δημοσιευθηκε|δημοσιευτηκε|δημοσιευση|ημερομηνια δημοσιευσης|"
    r"publie(?: le)?|"
    # a press release's own date: "Pressemitteilung vom", "Press release of", "Comunicato
    # stampa del", "Nota de prensa del", "Komunikat prasowy z dnia", "Δελτίο Τύπου"
    r"press release(?: of| dated)?|pressemitteilung(?: vom)?|pressemeldung(?: vom)?|"
    r"comunicato stampa(?: del)?|nota de prensa(?: del)?|comunicado de prensa(?: del)?|"
    r"komunikat prasowy(?: z dnia| z)?|δελτιο τυπου|comunicat de presa(?: din)?)"
    r"\W*(?:\w+,?\s+)?$",
    regex.REVERSE,
)


def _after_a_publication_label(text: str, position: int) -> bool:
    """Whether the date at `position` (folded text) follows its line's publication label."""
    return bool(_PUBLICATION_LABEL.search(text, max(0, position - 40), position))


# "18:47 - 11/03/2024": a publication stamp gives the time of day beside the date
_CLOCK = rx.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")


def _overlaps(taken: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether `span` overlaps one of `taken`: sorted, disjoint spans (one look, not a scan)."""
    i = bisect.bisect_left(taken, (span[1], -1))
    return i > 0 and taken[i - 1][1] > span[0]


@functools.cache
def _month_automaton() -> ahocorasick.Automaton:
    return length_automaton(_months())


def _month_words(text: str) -> list[tuple[int, int]]:
    """Spans of the whole words (runs of letters) that are month names, left to right: one
    pass of an automaton of the names (all letters), each kept where no letter adjoins it."""
    spans = set()
    for last, length in _month_automaton().iter(text):
        start, end = last - length + 1, last + 1
        if (start == 0 or not text[start - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            spans.add((start, end))
    return sorted(spans)


@functools.lru_cache(maxsize=8)
def _month_windows(text: str) -> tuple[tuple[int, int], ...]:
    """Stretches of text around month names (only there can a written date be); kept for
    the last few texts, as the dates and their years both look there."""
    windows: list[tuple[int, int]] = []
    for word_start, word_end in _month_words(text):
        start = max(0, word_start - 45)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = min(len(text), word_end + 45)
        while end < len(text) and not text[end].isspace():
            end += 1
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return tuple(windows)


def _short_range(m):
    month, d1, d2 = int(m.group("sm")), int(m.group("sd1")), int(m.group("sd2"))
    if not 1 <= month <= 12 or not d1 < d2:
        return None
    return (None, month, d1), (None, month, d2)


def _parts(is_numeric, m):
    if is_numeric and m.group("d3"):
        y, mo, d = int(m.group("y4")), int(m.group("m3")), int(m.group("d3"))
        y2, mo2, d2 = y, int(m.group("m4")), int(m.group("d4"))
        if 1 <= mo <= 12 and 1 <= mo2 <= 12 and (mo, d) <= (mo2, d2):
            return (y, mo, d), (y2, mo2, d2)
        return None
    if is_numeric:
        y = int(m.group("y") or m.group("y_"))
        mo = int(m.group("m") or m.group("m_"))
        d = int(m.group("d") or m.group("d_"))
        if not 1 <= mo <= 12:
            return None
        if m.group("d2_"):  # "from 11/04/2018 to 13/04/2018"
            y2, mo2, d2 = int(m.group("y2_")), int(m.group("m2_")), int(m.group("d2_"))
            if 1 <= mo2 <= 12 and (y, mo, d) <= (y2, mo2, d2):
                return (y, mo, d), (y2, mo2, d2)
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
    if _DATE_PREPOSITION.search(text, max(0, position - 12), position):
        score += 1
    if _THIS_MEETING.search(text, max(0, position - 60), position):
        score += 2  # "la acest summit, în perioada 5-6 iunie": the report's own meeting
    if _LABEL_ON_THE_LINE.search(text, max(0, position - 30), position):
        score += 2  # "WHEN: Monday, July 15", "Data: 3 marzo": the meeting's date, labelled
    if year and year < 2000:
        score -= 5
    start, end = _sentence_bounds(text, position)
    if _ANOTHER_MEETING.search(text, max(start, position - 200), min(end, position + 200)):
        score -= 3
    return score


# The words for a meeting, folded (`plain`): a meeting or a visit, then the larger events
# a report may be about.
_MEETING_NOUNS = (
    r"meeting|visits?|incontro|riunione|visita|reunion|encuentro|treffen|besuch\w*|"
    r"spotkani\w*|wizyt\w*|συναντησ\w*|επισκεψ\w*|intalnir\w*|vizit\w*"
)
_EVENT_NOUNS = (
    r"conference|summit\w*|forum|workshop|seminar|event|convegno|vertice|conferencia|cumbre|"
    r"jornada|konferenz|gipfel\w*|tagung|konferencj\w*|szczyt\w*|συνεδρι\w*|εκδηλωσ\w*|"
    r"conferint\w*|eveniment\w*"
)
# The report's own meeting named as this one, in the words before a date (folded text):
# "this meeting", "questo incontro", "esta reunion", "dieses Treffen", "acest summit".
_THIS_MEETING = rx.compile(
    r"(?<!\w)(?:this|questo|questa|esta|este|dieses|diese|diesem|dieser|ten|tego|tej|ta|"
    r"αυτη|αυτης|αυτο|αυτου|acest|acesta|aceasta|acestei|acestui)\s+(?:\w+\s+)?"
    rf"(?:{_MEETING_NOUNS}|{_EVENT_NOUNS})(?!\w)"
)
# In a date's sentence: the date of another meeting ("it follows the training held from
# ...", "after the visit, a delegation ... will travel", "the return visit").
_ANOTHER_MEETING = rx.compile(
    r"(?<!\w)(?:follows|followed|previous|earlier|last year|return visit|visita di ritorno|"
    r"precedente|scorso anno|anterior|el ano pasado|visita de retorno|vorig\w*|vorjahr\w*|"
    r"gegenbesuch\w*|poprzedni\w*|w zeszlym roku|rewizyt\w*|προηγουμεν\w*|περσι\w*|"
    r"anterioar\w*|anul trecut|vizita de intoarcere|"
    r"(?:after|dopo|tras|despues de|nach|po|μετα|dupa)\s+(?:(?:the|la|il|lo|l'|el|dem|der|"
    rf"την|το|τη)\s*)?(?:{_MEETING_NOUNS}))(?!\w)"
)


def event_dates(text: str) -> tuple[str | None, str | None, list[str]]:
    """The event's start and end date, and any impossible dates mentioned.

    A date without a year takes the year the text gives its month elsewhere, when that is
    one year ("In May and June 2021 ... Online 3-4 May").
    """
    spans, invalid = find_dates(text)
    if not spans:
        return None, None, invalid
    best = max(spans, key=lambda s: (s.score, -s.position))
    if best.score < 0:
        return None, None, invalid  # every date belongs to another meeting
    start, end = best.start, _run_on(best, _until(plain(text), best, spans), spans)
    if start.startswith("--"):
        years = _years_of_months(text, spans)
        start, end = _with_year(start, years), _with_year(end, years)
    if start.startswith("--"):
        year = _year_of_sentence(plain(text), best.position)
        if year:
            start, end = _with_year(start, {int(start[2:4]): {year}}), end
            end = _with_year(end, {int(end[2:4]): {year}})
    return start, end, invalid


def _until(folded: str, best: DateSpan, spans: list[DateSpan]) -> str:
    """The end of a one-day date extended to a later date said with "until" ("stays until
    Sunday (22 December)", "bis zum", "fino al", "hasta el"), within two weeks."""
    if best.start != best.end:
        return best.end
    for span in spans:
        later = span.position > best.position and _days_between(best.start, span.start) in range(
            1, 15
        )
        if later and _UNTIL.search(folded, max(0, span.position - 30), span.position):
            return span.start
    return best.end


def _run_on(best: DateSpan, end: str, spans: list[DateSpan]) -> str:
    """The end carried over the dates said right after, each on the day the last ends or the
    next ("the trip (12-14 May) and the workshop (14-15 May)", a programme of "8 May - ...,
    9 May - ...")."""
    last = best.position
    for span in spans:
        if span.position <= best.position or span.score < 0:
            continue
        if span.position - last > _RUN_GAP or _days_between(end, span.start) not in (0, 1):
            break
        end = max(end, span.end)
        last = span.position
    return end


# How far apart (in characters) the dates of one run may be said.
_RUN_GAP = 300


_UNTIL = rx.compile(
    r"(?<!\w)(?:until|till|through|bis|fino a|fino al|hasta|do|pana la|pana pe|μεχρι|sa)"
    r"(?!\w)[^.\n\d]{0,25}$"
)


def _days_between(first: str, second: str) -> int:
    """Days from one ISO date to the next (both with a year, or both without)."""
    if first.startswith("--") != second.startswith("--"):
        return -1
    a = datetime.date.fromisoformat(first.replace("--", "2000-", 1))
    b = datetime.date.fromisoformat(second.replace("--", "2000-", 1))
    return (b - a).days


def _sentence_bounds(folded: str, position: int) -> tuple[int, int]:
    start = max(folded.rfind(". ", 0, position), folded.rfind("\n", 0, position)) + 1
    ends = [e for e in (folded.find(". ", position), folded.find("\n", position)) if e >= 0]
    return start, min(ends) if ends else len(folded)


def _year_of_sentence(folded: str, position: int) -> int | None:
    """The one year said before a date without one, in its sentence ("Assembly 2025 took
    place on 23-24 October")."""
    start, _end = _sentence_bounds(folded, position)
    years = set(_BARE_YEAR.findall(folded, start, position))
    return int(years.pop()) if len(years) == 1 else None


_BARE_YEAR = rx.compile(rf"(?<![\w./-])({_YEAR})(?![\w/-])")


def _years_of_months(text: str, spans: list[DateSpan]) -> dict[int, set[int]]:
    """Month -> the years the text gives it ("June 2021", "May and June 2021", "3 May 2021")."""
    years: dict[int, set[int]] = {}
    for span in spans:
        for iso in (span.start, span.end):
            if not iso.startswith("--"):
                years.setdefault(int(iso[5:7]), set()).add(int(iso[:4]))
    folded = plain(text)
    pattern = _month_year_pattern()
    for start, end in _month_windows(folded):
        for m in pattern.finditer(folded, start, end):
            for group in ("m1", "m2"):
                if m.group(group):
                    years.setdefault(_month(m.group(group)), set()).add(int(m.group("y")))
    return years


def _with_year(iso: str, years: dict[int, set[int]]) -> str:
    found = years.get(int(iso[2:4]), set())
    return (
        f"{next(iter(found)):04d}{iso[1:]}"
        if len(found) == 1 and _iso(next(iter(found)), int(iso[2:4]), int(iso[5:7]))
        else iso
    )


def months_of_years(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """(year, month) of each month said with its year in text[start:stop] ("im September
    2021", "May and June 2021")."""
    folded = plain(text)
    out = []
    for m in _month_year_pattern().finditer(folded, start, stop):
        for group in ("m1", "m2"):
            if m.group(group):
                out.append((int(m.group("y")), _month(m.group(group))))
    return out


@functools.cache
def _month_year_pattern() -> rx.Pattern:
    month = rx.alternation(_months()) + r"\.?"
    return rx.compile(
        rf"(?<![\w.])(?P<m1>{month})(?:\s*(?:and|e|y|und|i|si|και|u|,|-|–|/)\s*(?P<m2>{month}))?"
        rf",?\s+(?:de\s+|del\s+|του\s+)?(?P<y>{_YEAR})(?!\w)"
    )


_TIME = (
    r"(?P<{h}>[01]?\d|2[0-3])(?:[:.h](?P<{m}>[0-5]\d))?\s*(?P<{ap}>[ap]\.?m\.?(?!\w))?\s*"
    r"(?P<{u}>h|hrs|hours|uhr|horas)?"
)
# Words for "to" between two times ("bis", "do", "hasta", "έως", "până la"), then perhaps
# the article or the word for the hour again ("hasta las 12", "έως τις 12", "alle ore 13")
_TIME_TO = (
    r"(?P<to>-|–|—|(?:to|until|till|alle|all'|a|bis|do|hasta|p[aâ]n[aă] la|έως|εως|ως|μέχρι|"
    # "between 10 and 12", "tra le 10 e le 12", "între orele 10 și 12": only after a label
    # that opens a span of time
    r"(?P<conj>and|y|e|und|i|și|şi|si|και))(?!\w))\s*(?:(?:ore|las|le|la ora|ora|τις|godz\.?)\s+)?"
)
_TIME_RANGE = rx.compile(
    # read from the first hour, the word before it looked back at: most places hold no digit
    r"(?=\d)(?:(?<=(?<!\w)(?P<label>from|dalle(?: ore)?|ore|orele|h\.?|alle|at|between|godz\.?|"
    r"godzinach|von|de las|desde las|entre las|entre|από τις|στις|μεταξύ|zwischen|tra le|"
    r"fra le|między|od|de la ora|de la|de)\s{1,3}))?\b"
    + _TIME.format(h="h1", m="m1", ap="a1", u="u1")
    + rf"(?:\s*\(?(?P<zone1>{ZONES})\)?)?"
    + r"\s*"
    + _TIME_TO
    + _TIME.format(h="h2", m="m2", ap="a2", u="u2")
    + rf"(?:\s*\(?\s*(?P<zone>(?:{ZONES})(?:\s*[+-]\s*\d{{1,2}})?)\s*\)?)?",
    regex.I,
)
# Labels that say the numbers after them are hours ("dalle", "de las", "între orele")
_HOUR_LABEL = rx.compile(
    r"dalle(?: ore)?|ore|orele|godz\.?|godzinach|de las|desde las|entre las|από τις|de la ora",
    regex.I,
)
# Labels that open a span of time, after which "and" joins its two ends
_SPAN_LABEL = rx.compile(
    r"between|entre las|entre|orele|μεταξύ|zwischen|tra le|fra le|między|godzinach", regex.I
)
_SINGLE_TIME = rx.compile(
    # "at 11:00", "alle 11.00", "a las 11:00", "um 11.00", "o godz. 11:00", "στις 11:00",
    # "la ora 11:00"
    # (read from the hour, the words before it looked back at: most places hold no digit)
    rf"(?<![\w.:,])(?=\d)(?:(?<=\b(?:at|from|alle|dalle|ore|h\.?|a las|a la|desde las|um|ab|"
    rf"godz\.?|godzinie|στις|από τις|la ora|de la ora|ora)\s{{1,3}})"
    rf"(?P<h1>[01]?\d|2[0-3])[:.](?P<m1>[0-5]\d)"
    # ... or with the part of the day after it, a comma between hours and minutes too:
    # "10,30 το πρωί", "10.30 di mattina"
    rf"|(?P<h1>[01]?\d|2[0-3])[:.,](?P<m1>[0-5]\d)(?=\s+(?:το πρωί|το μεσημέρι|το απόγευμα|"
    rf"in the morning|in the afternoon|di mattina|del mattino|del pomeriggio|de la mañana|"
    rf"de la tarde|rano|po południu|dimineața|după-amiaza))"
    # ... or a bare hour that a word makes one: "10 Uhr", "o godz. 10", "la ora 10", "alle
    # ore 10", "a las 10", "at 10 am", "10 a.m.", "14h00"
    rf"|(?P<h1>[01]?\d|2[0-3])(?:[:.](?P<m1>[0-5]\d))?\s*Uhr\b"
    rf"|(?<=\b(?:godz\.?|godzinie|la ora|de la ora|alle ore|dalle ore|a las|desde las)\s)"
    rf"(?P<h1>[01]?\d|2[0-3])(?![:.,]?\d)"
    rf"|(?<=\b(?:at|from)\s)(?P<h1>1[0-2]|0?[1-9])(?=\s?(?:[ap]m|[ap]\.m\.)(?!\w))"
    rf"|(?P<h1>1[0-2]|0?[1-9])(?=(?:\s?[ap]\.m\.|[ap]m|\s?pm)(?!\w)|\s?[πμ]\.\s?μ\.)"
    rf"|(?P<h1>[01]?\d|2[0-3])h(?P<m1>[0-5]\d)\b)"
    # then "pm", "μ.μ." or a part of the day after noon: "3:45 PM", "6:00 μμ", "alle 6.00
    # del pomeriggio", "a las 7:00 de la tarde" (the evening's hours are after noon too)
    rf"(?![.:/]?\d)(?:\s*(?P<a1>[ap]\.?\s?m\.?|[πμ]\.\s?μ\.|[πμ]μ)(?!\w))?"
    rf"(?:\s+(?P<after_noon>το απόγευμα|το βράδυ|in the afternoon|in the evening|"
    rf"del pomeriggio|di pomeriggio|di sera|della sera|de la tarde|de la noche|po południu|"
    rf"wieczorem|după-amiaza|după-amiază|seara|nachmittags|abends)(?!\w))?"
    rf"(?:\s*\(?(?P<zone>{ZONES})\)?)?",
    regex.I,
)


def _hhmm(hour: str, minute: str | None, ampm: str | None) -> str:
    """HH:MM of an hour, its minutes and "am"/"pm" ("π.μ."/"μ.μ." in Greek, "pm" for a
    part of the day after noon)."""
    h = int(hour)
    if ampm:
        pm = ampm.lower().startswith(("p", "μ"))
        h = h % 12 + (12 if pm else 0)
    return f"{h:02d}:{int(minute or 0):02d}"


def _opens_its_line(text: str, m) -> bool:
    """Whether only a bullet or a dash stands before the match (and its label) on its line."""
    start = m.start("label") if m.group("label") else m.start()
    line_start = text.rfind("\n", 0, start) + 1
    return not any(char.isalnum() for char in text[line_start:start])


def _programme_end(text: str, ranges: list, end: str) -> str:
    """A programme's slots, each opening its line ("09:15-09:30: welcome", ..., "18:45-19:00:
    closing"): the meeting runs to the end of the last slot of the day, not of the first."""
    if not _opens_its_line(text, ranges[0]):
        return end
    slots, last = 1, ranges[0]
    for m in ranges[1:]:
        if not _opens_its_line(text, m):
            continue
        ampm = m.group("a2")
        begins = _hhmm(m.group("h1"), m.group("m1"), m.group("a1") or ampm)
        if begins < _hhmm(last.group("h1"), last.group("m1"), last.group("a1") or last.group("a2")):
            break  # a second day's programme starts again in the morning
        slots, last = slots + 1, m
    if slots < _PROGRAMME_SLOTS:
        return end
    return _hhmm(last.group("h2"), last.group("m2"), last.group("a2"))


# How many line-opening slots make a programme
_PROGRAMME_SLOTS = 3


def _is_time_range(m) -> bool:
    """Whether a match of `_TIME_RANGE` is a span of hours, not two numbers: minutes or
    "am"/"pm" on its ends; after a word for the hours, an end on a bare hour ("între orele
    9.30-15", "dalle 9 alle 13"); bare hours with a unit ("von 10 bis 12 Uhr", "14h-16h")."""
    label = m.group("label")
    if m.group("conj") and not (label and _SPAN_LABEL.fullmatch(label)):
        return False  # "at 10:00 and 15:00": two times, not a span
    if (m.group("m1") and m.group("m2")) or m.group("a1") or m.group("a2"):
        return True
    if label and m.group("m1"):
        return True
    if m.group("m1") or m.group("m2"):
        return bool(m.group("u2"))  # "10:30-12 Uhr"
    if label and _HOUR_LABEL.fullmatch(label):
        return True  # "dalle 9 alle 13", "w godz. 10-12"
    worded = m.group("to") not in ("-", "–", "—")
    return bool(m.group("u2") and (label or m.group("u1") or worded))


def event_times(text: str) -> tuple[str | None, str | None, list[str]]:
    """First stated time range (HH:MM) and the time-zone labels stated with times, in order."""
    ranges = [m for m in _TIME_RANGE.finditer(text) if _is_time_range(m)]
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
        return start, _programme_end(text, ranges, end), list(dict.fromkeys(zones))
    single = _SINGLE_TIME.search(text)
    if single:
        zones = [single.group("zone").upper()] if single.group("zone") else []
        ampm = single.group("a1") or ("pm" if single.group("after_noon") else None)
        return _hhmm(single.group("h1"), single.group("m1"), ampm), None, zones
    return None, None, []


# Compiled at import, as the module-level patterns are: a report's time is its own reading.
_patterns()
