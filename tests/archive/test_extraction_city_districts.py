"""A city's district takes part as its city: the municipality is the authority."""

import pytest

from tests.archive import extraction_helpers as helpers

DISTRICT_AND_CITY = [
    (
        "Study visit to Berlin\n\nOn 10 April 2024 officers from Rotterdam visited "
        "Berlin-Neukölln to see its neighbourhood mothers project.",
        ("Berlin", "DE"),
        "Neukölln",
    ),
    (
        "Wizyta w Warszawie\n\nW dniu 3 marca 2025 r. delegacja z Lublina odwiedziła dzielnicę "
        "Praga-Południe w Warszawie.",
        ("Warsaw", "PL"),
        "Praga-Południe",
    ),
    (
        "Visita a Madrid\n\nEl 3 de marzo de 2025 una delegación de Getafe visitó el distrito "
        "de Lavapiés en Madrid.",
        ("Madrid", "ES"),
        "Lavapiés",
    ),
    (
        "Study visit\n\nOn 10 April 2024 officers from Rotterdam and Ghent visited the district "
        "of Neukölln in Berlin.",
        ("Berlin", "DE"),
        "Neukölln",
    ),
]


@pytest.mark.parametrize(("text", "city", "district"), DISTRICT_AND_CITY)
def test_a_district_takes_part_as_its_city(text, city, district):
    found = [(m["name"], m["country"]) for m in helpers.record(text)["municipalities"]]

    assert city in found
    assert all(district not in name for name, _country in found)


def test_a_visit_to_a_district_is_held_in_its_city():
    text = (
        "Besuch in Berlin-Kreuzberg\n\nAm 3. März 2025 besuchte eine Delegation aus Wien den "
        "Bezirk Friedrichshain-Kreuzberg in Berlin, um sich über Integrationslotsen zu "
        "informieren."
    )

    record = helpers.record(text)

    assert record["location"] == "Berlin"
    assert [m["name"] for m in record["municipalities"]] == ["Berlin", "Vienna"]


@pytest.mark.parametrize("city", ["Cluj-Napoca", "Baden-Baden"])
def test_a_towns_own_double_name_is_no_district(city):
    text = (
        f"Peer exchange\n\nOn 3 March 2025 representatives of {city} and Graz met to exchange "
        "on reception of refugees."
    )

    assert city in helpers.city_names(text)


def test_a_numbered_district_names_its_city():
    text = (
        "Study visit\n\nOn 3 March 2025 a delegation of Lisbon visited the 10th district of "
        "Vienna to see its youth centres."
    )

    assert "Vienna" in helpers.city_names(text)
