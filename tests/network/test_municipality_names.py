import re

import pytest
from django.urls import reverse
from django.utils import translation

from citypeers.network.models import Municipality
from citypeers.network.names import municipality_name
from citypeers.network.selectors import municipalities_named
from tests.factories import CountryFactory

pytestmark = pytest.mark.django_db


def largest(name: str) -> Municipality:
    return Municipality.objects.filter(name=name).order_by("-population").first()


def page_heading(client, municipality, language: str) -> str:
    with translation.override(language):
        url = reverse("network:municipality", kwargs={"pk": municipality.pk})
    html = client.get(url, headers={"accept-language": language}).content.decode()
    return re.search(r"<h1>(.*?)</h1>", html, re.S)[1].strip()


@pytest.mark.parametrize(
    ("geonames_name", "expected"),
    [
        ("Florence", {"it": "Firenze", "en": "Florence", "es": "Florencia"}),
        ("Venice", {"it": "Venezia", "en": "Venice", "es": "Venecia"}),
        ("Athens", {"it": "Atene", "en": "Athens", "es": "Atenas", "el": "Αθήνα", "pl": "Ateny"}),
    ],
)
def test_municipality_page_names_the_city_in_the_page_language(
    directory, client, geonames_name, expected
):
    municipality = largest(geonames_name)

    headings = {language: page_heading(client, municipality, language) for language in expected}

    assert headings == expected


def test_city_without_a_name_in_the_language_is_shown_by_its_local_name(directory, client):
    florence = largest("Florence")

    heading = page_heading(client, florence, "de")

    assert heading == "Firenze"


def test_municipality_name_falls_back_from_language_to_local_name_to_geonames_name():
    country = CountryFactory(code="GR")
    athens = Municipality(name="Athens", country=country, names_by_language={"el": "Αθήνα"})

    names = [municipality_name(athens, language) for language in ("el", "pl", "en")]

    assert names == ["Αθήνα", "Αθήνα", "Athens"]


def test_search_finds_a_city_by_its_name_in_a_site_language(directory):
    found = [m.name for m in municipalities_named("Ruma")[:3]]

    assert found[0] == "Rome"
