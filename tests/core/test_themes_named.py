"""Themes found by the words of their labels, in English or Italian."""

from citypeers.core.themes import themes_named


def test_labels_in_english_and_italian_name_their_theme():

    found = [themes_named(query) for query in ("housing", "Abitare", "labour market", "", "--")]

    assert found == [["housing"], ["housing"], ["employment"], [], []]


def test_words_must_begin_as_typed():

    assert themes_named("ousing") == []
