import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import MunicipalityFactory, PracticeFactory

pytestmark = pytest.mark.django_db
LANGUAGES = ("it", "en", "es")


def page(client, url_name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        url = reverse(url_name, kwargs=kwargs)
    return client.get(url, headers={"accept-language": language}).content.decode()


def italian_practice(**fields):
    florence = MunicipalityFactory(
        name="Florence", names_by_language={"it": "Firenze", "es": "Florencia"}
    )
    return PracticeFactory(
        name="Famiglie Senza Confini",
        name_en="Families Without Borders",
        language="it",
        municipality=florence,
        summary="Famiglie italiane accolgono famiglie rifugiate.",
        description="<p>Un progetto di accoglienza in famiglia.</p>",
        **fields,
    )


def test_practice_page_marks_the_original_name_and_its_translation_with_their_languages(client):
    practice = italian_practice()

    html = page(client, "practices:detail", "en", pk=practice.pk)

    assert '<h1 lang="it">Famiglie Senza Confini</h1>' in html
    assert re.search(
        r'<p class="[^"]*translated-name" lang="en">Families Without Borders</p>', html
    )


def test_practice_page_marks_summary_and_description_with_the_practice_language(client):
    practice = italian_practice()

    html = page(client, "practices:detail", "en", pk=practice.pk)

    assert '<p class="lead" lang="it">Famiglie italiane accolgono famiglie rifugiate.</p>' in html
    assert (
        '<div class="rich-text" lang="it"><p>Un progetto di accoglienza in famiglia.</p></div>'
        in html
    )


def test_practice_page_in_the_practice_language_shows_the_original_name_only(client):
    practice = italian_practice()

    html = page(client, "practices:detail", "it", pk=practice.pk)

    assert '<h1 lang="it">Famiglie Senza Confini</h1>' in html
    assert "Families Without Borders" not in html


def test_practice_page_names_its_city_in_the_page_language(client):
    practice = italian_practice()

    pages = [page(client, "practices:detail", language, pk=practice.pk) for language in LANGUAGES]

    names = [re.search(r'href="[^"]*/municipalities/\d+/">([^<]+)</a>', html)[1] for html in pages]

    assert names == ["Firenze", "Florence", "Florencia"]


def test_municipality_practice_list_shows_original_name_with_english_beside_it(client):
    practice = italian_practice()
    with translation.override("en"):
        url = practice.get_absolute_url()

    html = page(client, "network:municipality", "en", pk=practice.municipality.pk)

    assert (
        f'<a href="{url}" lang="it">Famiglie Senza Confini</a>'
        ' <span class="muted translated-name" lang="en">(Families Without Borders)</span>'
    ) in html
