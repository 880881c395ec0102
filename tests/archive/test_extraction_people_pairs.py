"""People named in pairs, after plural roles and after roles ending on a head or a place
(made-up sentences in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "In Brno the guests were received by the visiting experts Jana Horak and Piet "
            "Claes, who explained the housing scheme.",
            {"Jana Horak", "Piet Claes"},
        ),
        (
            "A Siena hanno parlato Carla Neri e Bruno Galli, docenti dell'ateneo cittadino.",
            {"Carla Neri", "Bruno Galli"},
        ),
        (
            "La Iași au sosit experții internaționali Mihai Dobre și Ana Lupu pentru două zile.",
            {"Mihai Dobre", "Ana Lupu"},
        ),
    ],
)
def test_both_people_named_with_one_role_are_found(text, names):
    assert names <= set(helpers.roles(text))


def test_a_role_ending_on_its_own_head_closes_before_the_name():
    text = "In Kranj, Deputy Mayor Tomas Lind showed the guests the new shelter."

    assert helpers.roles(text).get("Tomas Lind") == "Deputy Mayor"


def test_a_titled_name_gets_the_role_said_before_it():
    text = "In Ljubljana they met the mayor of Nova Gorica Mr Peter Zajc."

    assert helpers.roles(text).get("Peter Zajc") == "mayor of Nova Gorica"


def test_a_role_never_starts_with_the_and_of_the_next_person():
    text = (
        "En Murcia se reunieron con el vicealcalde, Luis Ortega, y los concejales de "
        "Cultura, Marta Gil, y Deportes."
    )

    assert helpers.roles(text).get("Luis Ortega") == "vicealcalde"


def test_a_surname_said_again_is_the_same_person():
    text = (
        "Opening remarks came from Maria Lopez Garrido, Secretary General of the network. "
        "While Ms. Lopez stressed the role of cities, the guests listened."
    )

    assert list(helpers.roles(text)) == ["Maria Lopez Garrido"]


def test_a_greek_man_named_in_the_genitive_is_recorded_in_the_nominative():
    text = "Στη Λάρισα η συνάντηση έγινε υπό τον συντονισμό του αντιδημάρχου Νικόλαου Παππά."

    assert "Νικόλαος Παππάς" in helpers.roles(text)
