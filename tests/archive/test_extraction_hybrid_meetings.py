"""A meeting held in a city and online at once (hybrid) was held in person, in that city."""

import pytest

from tests.archive import extraction_helpers as helpers

CITY_AND_ONLINE = [
    (
        "Working group meeting\n\nOn 12 March 2025 the working group met in Lyon and online. "
        "Officers of Porto, Gdańsk and Ghent exchanged on housing.",
        "Lyon",
    ),
    (
        "Riunione del tavolo\n\nIl 4 marzo 2025 il tavolo si è riunito a Firenze e online con "
        "i Comuni di Prato, Pisa e Livorno.",
        "Florence",
    ),
    (
        "Reunión de la red\n\nEl 3 de marzo de 2025 la red se reunió en Zaragoza y en línea "
        "con técnicos de Valencia, Murcia y Córdoba.",
        "Zaragoza",
    ),
    (
        "Partner meeting\n\nThe partners met online and in Tampere on 5 May 2025 to plan the "
        "study visits of Turku, Oulu and Espoo.",
        "Tampere",
    ),
]


@pytest.mark.parametrize(("text", "city"), CITY_AND_ONLINE)
def test_a_city_and_online_as_the_meetings_two_places_is_in_person(text, city):
    record = helpers.record(text)

    assert (record["online"], record["location"]) == (False, city)


HYBRID_IN_THE_TITLE = [
    (
        "Hybrid meeting of the network\n\nOn 12 March 2025 the network met in Lyon. Officers "
        "of Porto, Gdańsk and Ghent joined online and discussed housing.",
        "Lyon",
    ),
    (
        "Incontro in modalità ibrida\n\nIl 4 marzo 2025 la rete si è riunita a Bergamo; i "
        "Comuni di Brescia e Cremona si sono collegati da remoto.",
        "Bergamo",
    ),
    (
        "Spotkanie w formule hybrydowej\n\n3 marca 2025 r. przedstawiciele miast Lublin i "
        "Rzeszów spotkali się w Białymstoku, a Kielce połączyły się online.",
        "Białystok",
    ),
]


@pytest.mark.parametrize(("text", "city"), HYBRID_IN_THE_TITLE)
def test_a_meeting_called_hybrid_in_its_title_is_in_person(text, city):
    record = helpers.record(text)

    assert (record["online"], record["location"]) == (False, city)


def test_an_online_meeting_hosted_by_a_city_stays_online():
    text = (
        "Online meeting hosted by Vienna\n\nOn 3 February 2025 the City of Vienna hosted an "
        "online meeting of the network. Officers from Munich and Zagreb took part via Zoom."
    )

    record = helpers.record(text)

    assert (record["online"], record["location"]) == (True, None)


def test_an_online_meeting_of_cities_listed_with_and_stays_online():
    text = (
        "Incontro della rete\n\nIl 4 marzo 2025 si è svolto online l'incontro tra i Comuni di "
        "Bologna e Torino sul tema dell'accoglienza."
    )

    assert helpers.record(text)["online"] is True
