"""A name where the sentence itself says a person stands is one, whatever its given name:
one common only beyond Europe, or one no dictionary knows (the names here are invented)."""

import pytest

from tests.archive import extraction_helpers as helpers


def _names(text: str) -> set[str]:
    return set(helpers.person_names(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The task force, chaired by Oshrik Tembaru (Helsinki), met twice.", {"Oshrik Tembaru"}),
        ("“Neighbours teach us most,” said Quorvan Vardhey after the visit.", {"Quorvan Vardhey"}),
        ("Per la cooperativa, rappresentata da Utpal Morvane, è intervenuta.", {"Utpal Morvane"}),
        ("La cooperativa, nella persona di Oshrik Tembaru, ha aderito.", {"Oshrik Tembaru"}),
        ("La mesa fue moderada por Quorvan Vardhey y duró una hora.", {"Quorvan Vardhey"}),
        (
            "Unter der Moderation von Oshrik Tembaru tauschten sich die Städte aus.",
            {"Oshrik Tembaru"},
        ),
        ("Gmina, w osobie Quorvan Vardhey, przyjęła gości.", {"Quorvan Vardhey"}),
        (
            "The exhibition was curated by Oshrik Tembaru and Quorvan Vardhey.",
            {"Oshrik Tembaru", "Quorvan Vardhey"},
        ),
        (
            "At the forum Oshrik Tembaru and Quorvan Vardhey present the new plan.",
            {"Oshrik Tembaru", "Quorvan Vardhey"},
        ),
        (
            "Erano presenti Oshrik Tembaru, in rappresentanza della Prefettura, e altri.",
            {"Oshrik Tembaru"},
        ),
        (
            "Nel pomeriggio, Oshrik Tembaru responsabile dello sportello, ha parlato.",
            {"Oshrik Tembaru"},
        ),
        ("Für Bremen waren Oshrik Tembaru vom Sozialamt und andere dabei.", {"Oshrik Tembaru"}),
        ("Il ruolo dei giovani secondo Oshrik Tembaru: “Sono il futuro”.", {"Oshrik Tembaru"}),
    ],
)
def test_a_name_in_a_persons_slot_needs_no_known_given_name(text, names):
    assert names <= _names(text)


def test_a_surname_said_alone_after_a_quotation_makes_the_full_name_a_person():
    text = "El viaje de Quorvan Vardhey a Gante. «Aprendemos mucho», ha dicho Vardhey."
    assert "Quorvan Vardhey" in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was chaired by Lisbon City Council.",
        "The session was moderated by Working Group (Lisbon) members.",
        "The panel, chaired by Urban Agenda (Brussels) partners, met.",
        "The debate was presented by Porto Alegre (Brazil) first.",
        "Angeregt von Impulsvorträgen von der Stiftung diskutierten alle.",
    ],
)
def test_places_bodies_and_everyday_words_in_those_slots_are_no_people(text):
    assert _names(text) == set()


def test_a_german_quotation_then_so_and_the_name():
    assert "Oshrik Tembaru" in _names("„Wir lernen viel“, so Oshrik Tembaru nach dem Besuch.")
