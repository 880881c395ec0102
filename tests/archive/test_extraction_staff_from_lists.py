"""Staff of authorities "from" a list of places take part for those places; "from" one
place alone tells a person's origin."""

import pytest

from tests.archive import extraction_helpers as helpers

STAFF_FROM_A_LIST = [
    "Network meeting\n\nOn 3 March 2025 the network met in Hanover. Officials from Bremen, "
    "Kassel and Erfurt exchanged views on housing.",
    "Network meeting\n\nOn 3 March 2025 the network met in Hanover. Officers from Bremen, "
    "Kassel and Erfurt exchanged views.",
    "Network meeting\n\nOn 3 March 2025 the network met in Hanover, where representatives "
    "from Bremen, Kassel and Erfurt compared their housing schemes.",
]


@pytest.mark.parametrize("text", STAFF_FROM_A_LIST)
def test_staff_from_a_list_of_places_take_part_for_them(text):
    assert {"Bremen", "Kassel", "Erfurt"} <= set(helpers.city_names(text))


def test_refugees_from_a_list_of_places_are_no_authorities():
    text = (
        "Network meeting\n\nOn 3 March 2025 officials of Bremen and Kassel met in Hanover. "
        "They spoke about families from Aleppo, Homs and Idlib who arrived last year."
    )

    assert not {"Aleppo", "Homs", "Idlib"} & set(helpers.city_names(text))


TOWNS_STAFF_IN_OTHER_LANGUAGES = [
    (
        "Taller sobre vivienda\n\nEl 3 de marzo de 2025 se celebró en Zaragoza un taller sobre "
        "vivienda con técnicos de Valencia, Murcia y Córdoba.",
        {"Valencia", "Murcia", "Córdoba"},
    ),
    (
        "Sesiune de instruire\n\nPe 3 martie 2025 a avut loc la Iași o sesiune de instruire "
        "pentru funcționari din Vaslui și Bacău.",
        {"Vaslui", "Bacău"},
    ),
    (
        "Fachtag\n\nAm 3. März 2025 kamen Fachleute aus Bonn, Essen und Duisburg in Köln zusammen.",
        {"Bonn", "Essen", "Duisburg"},
    ),
    (
        "Szkolenie\n\nW dniu 3 marca 2025 r. w Lublinie odbyło się szkolenie dla pracowników "
        "z Rzeszowa i Kielc.",
        {"Rzeszów", "Kielce"},
    ),
]


@pytest.mark.parametrize(("text", "towns"), TOWNS_STAFF_IN_OTHER_LANGUAGES)
def test_a_towns_staff_named_by_their_work_take_part_for_it(text, towns):
    assert towns <= set(helpers.city_names(text))
