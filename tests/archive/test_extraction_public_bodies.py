"""Public bodies named by a head noun of the other programme languages (own sentences)."""

import pytest

from citypeers.archive.extraction.organisations import find_organisations


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Am Treffen nahmen Fachleute vom Bundesamt für Migration teil.",
            "Bundesamt für Migration",
        ),
        (
            "En la reunión participó la Dirección General de Migraciones del ministerio.",
            "Dirección General de Migraciones",
        ),
    ],
)
def test_a_public_body_is_found_by_its_head_noun(text, body):
    found = find_organisations(text, acronyms={}, municipality_names=set(), extra=[])

    assert body in [o["name"] for o in found]
