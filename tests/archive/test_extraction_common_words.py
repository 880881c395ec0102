"""One-word town names: a word no language uses is a place; an everyday word needs a cue."""

import pytest

from citypeers.archive.extraction import common_words
from citypeers.archive.extraction import patterns as rx
from citypeers.archive.extraction.common_words import is_common_word
from citypeers.archive.extraction.record import extract_details
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("word", "common"),
    [("Kluczbork", False), ("Elda", False), ("Bath", True), ("Nisko", True), ("Como", True)],
)
def test_is_common_word_by_word_frequency(word, common):
    assert is_common_word(word) is common


def test_extract_report_small_town_whose_name_is_no_word_takes_part_in_a_party_sentence():
    text = "Last week we hosted our partners from Kluczbork on a study visit at our office."

    assert helpers.cities(text) == [("kluczbork", "PL")]


def test_extract_report_small_town_whose_name_is_a_word_still_needs_a_close_cue():
    text = "Last week we hosted our partners from Bra on a study visit at our office."

    assert helpers.cities(text) == []


def test_extract_report_rare_town_name_opening_a_sentence_is_a_place():
    text = (
        "Elda presentó su programa de acogida ante las ciudades socias del proyecto europeo. "
        "Elda acoge a trescientas familias."
    )

    assert helpers.cities(text) == [("elda", "ES")]


def test_extract_report_word_opening_a_sentence_is_no_town():
    text = (
        "Delegacja z Krakowa odwiedziła nasze biuro w ramach wizyty studyjnej. "
        "Nisko oceniono jednak ryzyko projektu."
    )

    assert helpers.cities(text) == [("krakow", "PL")]


def test_extract_details_reads_the_word_frequencies_before_the_time_budget_starts(monkeypatch):
    # a site's first report pays the reading once, beside the gazetteer, never on its budget
    seen = []
    monkeypatch.setattr(common_words, "load", lambda: seen.append(rx.remaining()))

    extract_details("Mayors from Riace met in Kluczbork.", source="x.txt", budget_seconds=5)

    assert seen == [None]
