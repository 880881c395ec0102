"""Counts on pages take each language's plural form (Polish 1 / 2-4, 22-24 / 5-21;
Maltese 1 / 2-10 / 11-19 / 20+), never one fixed word ("1 programmi")."""

import json

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from citypeers.network.pickers import DirectoryInput
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "population", "expected"),
    [
        ("pl", 1, "1 mieszkaniec"),
        ("pl", 2, "2 mieszkańcy"),
        ("pl", 5, "5 mieszkańców"),
        ("pl", 22, "22 mieszkańcy"),
        ("mt", 1, "1 abitant"),
        ("mt", 2, "2 abitanti"),
        ("mt", 5, "5 abitanti"),
        ("mt", 22, "22 abitant"),
        ("it", 1, "1 abitante"),
        ("en", 1, "1 inhabitant"),
        ("de", 1234, "1.234 Einwohner"),
    ],
)
def test_municipality_page_counts_inhabitants_in_the_language_plural(
    client, language, population, expected
):
    municipality = MunicipalityFactory(population=population)

    html = client.get(f"/{language}/network/municipalities/{municipality.pk}/").content
    figures = [
        " ".join(li.get_text(" ", strip=True).split())
        for li in BeautifulSoup(html, "html.parser").select("li.figure")
    ]

    assert expected in figures


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [
        ("pl", 2, "2 podpowiedzi."),
        ("pl", 5, "5 podpowiedzi."),
        ("mt", 5, "5 suġġerimenti:"),
        ("ro", 2, "2 sugestii:"),
        ("en", 2, "2 suggestions:"),
        ("it", 10, "10 suggerimenti:"),
    ],
)
def test_picker_announces_each_count_in_the_language_plural(language, count, expected):
    with translation.override(language):
        html = DirectoryInput("municipality").render("city", "")

    texts = json.loads(BeautifulSoup(html, "html.parser").input["data-text-many"])
    assert texts[str(count)].startswith(expected)
