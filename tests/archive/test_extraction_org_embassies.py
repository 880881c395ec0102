"""Embassies named by their noun and their country, with the city they sit in (own
sentences)."""

import pytest

from citypeers.archive.extraction.embassies import embassies
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "embassy"),
    [
        (
            "Il seminario si è svolto a Dunholt in collaborazione con l’Ambasciata americana.",
            "Ambasciata americana",
        ),
        (
            "Asistió el consejero de la embajada de Noruega en Lisboa, Ola Berg.",
            "embajada de Noruega en Lisboa",
        ),
        (
            "Das Forum wurde von der schwedischen Botschaft in Prag ausgerichtet.",
            "schwedischen Botschaft in Prag",
        ),
        ("The British Embassy in Lima hosted the round table.", "British Embassy in Lima"),
    ],
)
def test_an_embassy_is_a_body_with_its_city(text, embassy):
    assert embassy in helpers.bodies_found(text)


def test_a_message_is_no_embassy():
    text = "Der Bürgermeister sandte eine klare Botschaft an die Gäste aus Prag."

    assert embassies(text) == []
