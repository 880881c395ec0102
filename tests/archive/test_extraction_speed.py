"""The extractor's shortcuts find exactly what the plain patterns they replace found.

`bench/archive.py` measures the speed (200 reports a second or more); these tests keep the
faster forms honest: a prefix tree of words matches as the longest-first alternation, and
the municipality names in a phrase are those the per-report alternation found.
"""

import random

import pytest
import regex

from citypeers.archive.extraction import patterns as rx
from citypeers.archive.extraction.dates import _months, _weekdays
from citypeers.archive.extraction.ordinals import ORDINAL_WORDS
from citypeers.archive.extraction.record import _surface_index, _surfaces_in


def _plain_alternation(words) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _matches(pattern: str, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in regex.finditer(pattern, text)]


@pytest.mark.parametrize(
    "words",
    [
        ["mar", "marzo", "marz", "maggio", "may", "ma"],
        ["al doilea", "al", "a doua", "raba'", "ewwel", "τριτη", "τριτης", "τριτ"],
        sorted(ORDINAL_WORDS),
        sorted(_months()),
        list(_weekdays()),
    ],
    ids=["prefixes", "spaces and quotes", "ordinals", "months", "weekdays"],
)
def test_word_tree_matches_as_the_longest_first_alternation(words):
    rng = random.Random(3)
    pieces = [*words, *(w[:-1] for w in words), *(w + "s" for w in words), " ", "-", "x"]
    text = " ".join(rng.choice(pieces) for _ in range(3000))
    tree = rx.alternation(words)
    for around in ("{}", r"(?<!\w){}(?=[\s-])", r"(?P<w>{})\s+(?:meeting|x)\b", r"{}\.?"):
        plain = around.format(_plain_alternation(words))
        assert _matches(around.format(tree), text) == _matches(plain, text)


@pytest.mark.parametrize(
    "phrase",
    [
        "Head of Social Services, City of Lisbon",
        "Lisbonese office in Lisbon and Porto",
        "Porto Alegre and Porto",
        "Comune di Reggio Emilia (Reggio)",
        "'s-Hertogenbosch, Graz-Umgebung, Graz",
        "Lisbon",
        "",
    ],
)
def test_surfaces_in_phrase_as_the_alternation_found_them(phrase):
    surfaces = sorted(
        {"Lisbon", "Porto", "Porto Alegre", "Reggio Emilia", "Reggio", "'s-Hertogenbosch", "Graz"},
        key=len,
        reverse=True,
    )
    alternatives = "|".join(regex.escape(s) for s in surfaces)
    pattern = regex.compile(rf"(?<![\p{{L}}])(?:{alternatives})(?![\p{{L}}])")

    found = list(_surfaces_in(phrase, _surface_index(surfaces)))

    assert found == [m.group() for m in pattern.finditer(phrase)]
    assert list(_surfaces_in(phrase, _surface_index([]))) == []
