"""Bodies whose names the extractor cannot know: invented names, found by the general cues
around them (own sentences; the names are made up, as bench/_org_swap.py makes them)."""

import pytest

from citypeers.archive.extraction import extract_report
from tests.archive.archive_scoring import scorer


def _names(text: str) -> list[str]:
    return [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]


def _found(body: str, names: list[str]) -> bool:
    return any(scorer().fuzzy(body, name) for name in names)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a centre, an agency or a network named by a proper noun of its own
        (
            "On 14 June 2022 the Korvath Development Agency welcomed officers from Ghent and "
            "Lille to talk about housing for newcomers.",
            "Korvath Development Agency",
        ),
        (
            "Speakers from the Brenlow Foundation and the Tessavik Refugee Network joined "
            "the mayors of Aarhus and Tampere on 2 March 2023.",
            "Tessavik Refugee Network",
        ),
        # Polish "na rzecz" (for) inside a body's name
        (
            "W spotkaniu 5 maja 2022 w Opolu udział wzięło Stowarzyszenie na rzecz Pomocy "
            "Rodzinom Migrantów.",
            "Stowarzyszenie na rzecz Pomocy Rodzinom Migrantów",
        ),
        # the verb of organising opening the sentence, in capitals
        (
            "Organizado por Velterra y la Universidad de Oviedo, el taller del 9 de octubre "
            "de 2021 reunió a técnicos municipales de Gijón.",
            "Velterra",
        ),
        (
            "Organised by Quorvent and the city of Tartu, the exchange on 3 May 2021 brought "
            "together youth workers from four towns.",
            "Quorvent",
        ),
        # a one-word name after "a representative of the ..."
        (
            "On 21 April 2022 a representative of the Dravimo and officers of the city of "
            "Kaunas visited the reception centre.",
            "Dravimo",
        ),
        # the body a named person is "of", with or without a role between
        (
            "The study visit to Porto on 6 June 2022 was facilitated by the trainer Ilse "
            "Vandam of Kerstavo.",
            "Kerstavo",
        ),
        (
            "El 8 de marzo de 2022 en Bilbao, junto a Marta Quiroga, directora de Tulvessa, "
            "los técnicos visitaron el albergue municipal.",
            "Tulvessa",
        ),
    ],
)
def test_an_invented_body_is_found_by_its_cue(text, body):
    names = _names(text)
    assert _found(body, names), names


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        # a council named after its own place is the town, whatever the place
        (
            "On 4 May 2022 the Wandoona Council hosted a meeting on settlement services.",
            "Wandoona Council",
        ),
        # a person "of" a place comes from the place
        (
            "On 3 May 2021 Lyon hosted a study visit with Anna Berg of Graz and Tom Lind, mayor "
            "of Salzburg.",
            "Graz",
        ),
        # the long name's everyday last word, after "and", is no body of its own
        (
            "Organizado por la Dirección General de Servicios Sociales e Inmigración, el "
            "encuentro del 2 de junio de 2022 en Cádiz reunió a técnicos municipales.",
            "Inmigración",
        ),
        # a forum that a body's acronym opens is the body's event
        (
            "On 2 June 2022 Tom Lind, coordinator of the ABCD Local Growth Forum, opened the "
            "seminar in Gdańsk.",
            "ABCD Local Growth Forum",
        ),
    ],
)
def test_a_cue_takes_no_place_or_word_for_a_body(text, not_a_body):
    names = _names(text)
    assert not_a_body not in names, names
