"""Men's names in the Polish instrumental, in the nominative (own sentences)."""

import pytest

from citypeers.archive import extraction
from citypeers.archive.extraction.inflection import polish_nominative_name


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
