"""The extractor on hostile text: every pattern runs in linear time, and a report has a budget.

Before the patterns were rewritten, the project pattern took 28 s on 'A' * 2000 and
minutes on longer words; the inputs below are 30,000 characters, so a pattern that
backtracks (cubic or quadratic) runs far past the timeout while a linear one takes a
fraction of a second.
"""

import pathlib

import pytest

from citypeers.archive.extraction import (
    ReportError,
    extract_details,
    load_gazetteer,
    practices,
    read_report,
)
from citypeers.archive.extraction import patterns as rx
from citypeers.archive.extraction.record import DEFAULT_BUDGET_SECONDS
from citypeers.archive.extraction.text import normalise_text

REPORTS = pathlib.Path(__file__).parent / "reports"

# One unit of each shape, repeated: long words, digit runs, long lists, long title chains.
HOSTILE_UNITS = {
    "capitals": "A",
    "letters": "a",
    "mixed case": "Aa",
    "digits": "1",
    "digits with dots": "1.",
    "digits and letters": "1A",
    "hyphenated word": "Ab-",
    "apostrophes": "A'",
    "title-case words": "Abc ",
    "comma list": "Rome, ",
    "of chain": "Abc of ",
    "and chain": "Abc and ",
    "titles": "Mr Abc ",
    "open brackets": "Abc (",
    "short lines": "A\n",
    "one-letter words": "a\t",
    "dates": "12 March ",
    "hours in words": "10 bis ",
    "initials": "A. ",
    "colons": "Ab: ",
    "acronyms": "ABC ",
    "role heads in one word": "Xdirektor",
}
# Far above what a linear pattern needs at this size, far below a backtracking one's time.
PATTERN_TIMEOUT_S = 10.0


def hostile_text(unit: str, size: int) -> str:
    return normalise_text(unit * (size // len(unit)))


@pytest.fixture(scope="module")
def every_pattern() -> list[rx.Pattern]:
    """Every pattern the extractor compiles (module-level, cached and inline ones)."""
    for path in sorted(REPORTS.glob("*.txt")):
        extract_details(read_report(path), source=path.name)
    return list(rx.COMPILED.values()) + list(rx.ONE_OFF.values())


@pytest.mark.parametrize("unit", HOSTILE_UNITS.values(), ids=HOSTILE_UNITS.keys())
@pytest.mark.parametrize("size", [3_000, 30_000])
def test_every_pattern_finishes_on_hostile_text(every_pattern, unit, size):
    text = hostile_text(unit, size)
    stuck = []

    for pattern in every_pattern:
        try:
            for _match in pattern.compiled.finditer(text, timeout=PATTERN_TIMEOUT_S):
                pass
        except TimeoutError:
            stuck.append(pattern.pattern[:80])

    assert len(every_pattern) > 150
    assert stuck == []


def test_a_pattern_anchored_at_the_end_reads_a_run_of_joining_words_in_linear_time():
    # "(?:\s+(?:de|of))+$" searched forward tries every start in the run: quadratic
    text = " de" * 10_000 + " x"

    for _match in practices._TRAILING_MINOR.compiled.finditer(text, timeout=PATTERN_TIMEOUT_S):
        pass


@pytest.mark.parametrize(
    "unit", ["A", "1", "Aa", "Ab-", "Rome, ", "Mr Abc ", "12 March ", "A\n", "Abc ("]
)
@pytest.mark.parametrize("size", [2_000, 20_000])
def test_extraction_of_hostile_text_ends_within_its_budget(unit, size):
    load_gazetteer()

    details = extract_details(
        unit * (size // len(unit)), source="hostile.txt", budget_seconds=DEFAULT_BUDGET_SECONDS
    )

    assert details.record["source"] == "hostile.txt"


@pytest.mark.parametrize(
    "unit",
    [
        "ABC ",  # one line of acronyms: each is judged against its line
        "Xdirektor",  # one word of role heads: each could end a German compound
    ],
)
def test_extraction_of_a_long_line_of_one_shape_ends_within_its_budget(unit):
    load_gazetteer()

    details = extract_details(
        unit * (60_000 // len(unit)), source="line.txt", budget_seconds=DEFAULT_BUDGET_SECONDS
    )

    assert details.record["source"] == "line.txt"


def test_extraction_past_its_budget_stops_with_a_clear_error():
    text = read_report(REPORTS / "en_bari_krakow_between.txt")

    with pytest.raises(ReportError) as raised:
        extract_details(text, source="bari.txt", budget_seconds=0)

    assert raised.value.code == "too_slow"
    assert str(raised.value) == (
        "bari.txt: reading the report took longer than the limit of 0 s; "
        "split it into shorter reports"
    )


def test_extraction_without_a_budget_is_the_same_record():
    text = read_report(REPORTS / "en_bari_krakow_between.txt")

    bounded = extract_details(text, source="bari.txt").record
    unbounded = extract_details(text, source="bari.txt", budget_seconds=None).record

    assert bounded == unbounded


def test_deadline_ends_with_its_block():
    with rx.deadline(0):
        assert rx.remaining() == 0.0

    assert rx.remaining() is None
    assert rx.search(r"a+b", "aaab").group() == "aaab"


def test_a_short_pattern_call_past_the_deadline_stops_too():
    # no call gets the engine's timeout: each checks the deadline before it runs
    with rx.deadline(0), pytest.raises(TimeoutError):
        rx.search(r"a+b", "aaab")
    with rx.deadline(0), pytest.raises(TimeoutError):
        rx.search(r"a+b", "a" * 1000 + "b")
