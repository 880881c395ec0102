"""Men's names in the Polish instrumental, in the nominative (own sentences)."""

import pytest

from citypeers.archive import extraction
from citypeers.archive.extraction.inflection import polish_nominative_name
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("said", "nominative"),
    [
        ("Tomaszem Nowickim", "Tomasz Nowicki"),
        ("Piotrem Czarnym", "Piotr Czarny"),
        ("Krzysztofem Bąkiem", "Krzysztof Bąk"),
        ("Anną Zielińską", "Anna Zielińska"),
        ("Willem Dafoe", "Willem Dafoe"),
        ("Adam Małysz", "Adam Małysz"),
    ],
)
def test_a_mans_name_in_the_instrumental_is_kept_in_the_nominative(said, nominative):
    assert polish_nominative_name(said) == nominative


def test_a_mayor_named_in_the_instrumental_after_his_role():
    text = (
        "Gdynia, 3 marca 2024. Delegacja z Odessy spotkała się z Prezydentem Miasta Gdynia "
        "Tomaszem Nowickim, który mówił o pomocy dla uchodźców."
    )

    people = extraction.extract_report(text, source="own.txt")["people"]

    assert [p["name"] for p in people] == ["Tomasz Nowicki"]


def test_people_a_delegation_met_are_read_from_the_instrumental_with_their_offices():
    text = (
        "Wizyta delegacji\n\nDelegacja spotkała się z Janem Nowakiem Prezesem Fundacji "
        "Otwarte Drzwi oraz Anną Wiśniewską Dyrektorem Biura Integracji. Ważnym elementem "
        "było spotkanie z Bogusławem Szpytmą Wicewojewodą Opolskim oraz rozmowa z Tomaszem "
        "Lisem, deputowanym do Sejmu."
    )

    assert helpers.roles(text) == {
        "Jan Nowak": "Prezes Fundacji Otwarte Drzwi",
        "Anna Wiśniewska": "Dyrektor Biura Integracji",
        "Bogusław Szpytma": "Wicewojewoda Opolskim",
        "Tomasz Lis": "deputowany do Sejmu",
    }
