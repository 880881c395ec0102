import pytest

from citypeers.core.countries import EU_COUNTRY_CODES
from citypeers.network.geodata import load_geodata
from citypeers.network.models import Country, Municipality, MunicipalityName
from citypeers.network.selectors import (
    municipalities_by_name,
    municipalities_named,
    municipality_by_name,
)

pytestmark = pytest.mark.django_db


def names(query, **filters):
    return [m.name for m in municipalities_named(query, **filters)[:5]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Firenze", "Florence"),
        ("Cracovia", "Kraków"),
        ("Krakow", "Kraków"),
        ("Salonicco", "Thessaloníki"),
        ("Venezia", "Venice"),
        ("Danzica", "Gdańsk"),
        ("Bucarest", "Bucharest"),
    ],
)
def test_search_finds_municipality_by_alternate_name(directory, query, expected):
    assert names(query)[0] == expected


def test_search_ignores_accents_and_case(directory):
    assert names("gdansk")[0] == "Gdańsk"
    assert names("THESSALONIKI")[0] == "Thessaloníki"
    assert names("cluj-napoca")[0] == "Cluj-Napoca"


def test_search_matches_name_prefix_while_typing(directory):
    assert "Thessaloníki" in names("Thessal")


def test_search_filters_by_country(directory):
    found = municipalities_named("Valencia", country="ES")

    assert found and all(m.country_id == "ES" for m in found)


def test_search_without_letters_finds_nothing(directory):
    assert names("  ---  ") == []
    assert names("Xyzzyqwerty") == []


def test_municipality_by_name_prefers_the_exact_name_in_the_given_country(directory):
    assert municipality_by_name("Florence", country="IT").name == "Florence"
    assert municipality_by_name("Nowhereville") is None


def test_municipalities_by_name_answers_as_one_lookup_per_name(directory):
    typed = [
        ("Florence", "IT"),
        ("Valencia", None),
        ("Valencia", "es"),
        ("krakow", None),
        ("Frankfurt", "DE"),
        ("Nowhereville", None),
        ("  ---  ", None),
    ]

    found = municipalities_by_name(typed)

    assert found == [municipality_by_name(name, country=country) for name, country in typed]
    assert [m.name if m else None for m in found] == [
        "Florence", "Valencia", "Valencia", "Kraków", "Frankfurt am Main", None, None,
    ]  # fmt: skip


def test_directory_covers_every_eu_state_above_five_thousand_inhabitants(directory):
    countries = set(Municipality.objects.values_list("country_id", flat=True).distinct())

    assert countries == set(EU_COUNTRY_CODES)
    assert Country.objects.filter(is_eu=True).count() == 27
    assert not Municipality.objects.filter(population__lt=5000).exists()
    assert not Municipality.objects.filter(timezone="").exists()
    assert Municipality.objects.count() > 14_000


def test_loading_the_directory_twice_changes_nothing(directory):
    before = (Municipality.objects.count(), MunicipalityName.objects.count())

    summary = load_geodata()

    assert summary.municipalities_created == 0
    assert (Municipality.objects.count(), MunicipalityName.objects.count()) == before
