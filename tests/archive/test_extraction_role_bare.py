"""A role said in lower case right after a name, with no comma between, is that name's, not
the next name's (made-up sentences in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Il 12 maggio a Lucca prenderanno la parola per primi Giulia Ferri sindaca di "
            "Lucca, Marco Bellini assessore provinciale ai Trasporti e Carla Neri assessora "
            "comunale allo Sport.",
            {
                "Giulia Ferri": "sindaca di Lucca",
                "Marco Bellini": "assessore provinciale ai Trasporti",
                "Carla Neri": "assessora comunale allo Sport",
            },
        ),
        (
            "La jornada del 3 de mayo en Murcia la abrieron Lucía Ortega alcaldesa de Murcia, "
            "Pedro Ruiz concejal de Empleo.",
            {
                "Lucía Ortega": "alcaldesa de Murcia",
                "Pedro Ruiz": "concejal de Empleo",
            },
        ),
    ],
)
def test_a_role_right_after_a_name_is_that_names(text, roles):
    found = helpers.roles(text)

    assert {name: found.get(name) for name in roles} == roles


def test_words_after_a_name_that_open_on_no_role_are_no_role():
    text = "Il 12 maggio a Lucca la dottoressa Giulia Ferri ha aperto i lavori del convegno."

    found = helpers.roles(text)

    assert found.get("Giulia Ferri") is None
