"""The search page: groups with counts and links, messages for what cannot be searched."""

import re

import pytest
from django.urls import reverse

from tests.factories import MunicipalityFactory
from tests.url_walk import stored_rows

pytestmark = pytest.mark.django_db

URL = "/en/search/"


def headings(html: str) -> list[str]:
    return re.findall(r'<h2 id="results-[a-z]+">([^<]+) <span class="muted">\((\d+\+?)\)', html)


def test_search_page_is_at_search_under_the_language():

    assert reverse("search:results") == URL


def test_visitor_sees_each_kind_with_its_count_and_links(visitor_client, housing_network):

    response = visitor_client.get(URL, {"q": "housing"})

    html = response.content.decode()
    assert response.status_code == 200
    assert headings(html) == [
        ("Practices", "1"),
        ("Events", "1"),
        ("Organisations", "1"),
        ("Documents", "1"),
    ]
    assert f'<a href="/en/practices/{housing_network.practice.pk}/">' in html
    assert f'<a href="/en/events/{housing_network.event.pk}/">' in html
    assert "Housing survey" not in html
    assert "4 results for “housing”" in html


def test_member_sees_people(member_client, housing_network):

    response = member_client.get(URL, {"q": "housman"})

    assert headings(response.content.decode()) == [("People", "1")]
    assert f'<a href="/en/network/people/{housing_network.person.pk}/">Maria Housman</a>' in (
        response.content.decode()
    )


def test_italian_page_says_why_in_italian(visitor_client, housing_network):

    response = visitor_client.get("/it/search/", {"q": "Firenze"})

    html = response.content.decode()
    assert "Perché: nome alternativo: Firenze" in html
    assert "Perché: città: Firenze" in html


def test_more_link_leads_to_the_municipality_list_search(visitor_client):
    for n in range(6):
        MunicipalityFactory(name=f"Sankt Anton {n}")

    response = visitor_client.get(URL, {"q": "sankt"})

    html = response.content.decode()
    assert headings(html) == [("Municipalities", "6")]
    assert '<a href="/en/network/?q=sankt">See all 6 (Municipalities)</a>' in html


def test_one_kind_shows_more_of_it_and_a_way_back(visitor_client, housing_network):

    response = visitor_client.get(URL, {"q": "housing", "kind": "documents"})

    html = response.content.decode()
    assert headings(html) == [("Documents", "1")]
    assert '<input type="hidden" name="kind" value="documents">' in html
    assert '<a href="?q=housing">Back to every kind of result</a>' in html


def test_empty_search_asks_for_words(visitor_client):

    response = visitor_client.get(URL)

    assert response.status_code == 200
    assert "Type a name, a place, a theme or any words" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "  "}, "Type a word to search for."),
        ({"q": "x" * 300}, "The search is too long: at most 200 characters, not 300."),
        ({"q": "?!--"}, "Type letters or digits to search for: punctuation alone finds nothing."),
        ({"q": "a\x00"}, None),
        ({"q": "housing", "kind": "cities"}, "Unknown kind &#x27;cities&#x27;."),
    ],
)
def test_what_cannot_be_searched_is_a_400_with_why(
    visitor_client, housing_network, params, message
):
    before = stored_rows()

    response = visitor_client.get(URL, params)

    if message is None:  # a NUL is dropped: the rest is searched
        assert response.status_code == 200
    else:
        assert response.status_code == 400
        assert f'<p class="message error" role="alert">{message}' in response.content.decode()
    assert stored_rows() == before


def test_markup_in_the_query_is_shown_as_typed(visitor_client, housing_network):

    response = visitor_client.get(URL, {"q": "<b>housing</b>"})

    html = response.content.decode()
    assert "<b>housing</b>" not in html
    assert "&lt;b&gt;housing&lt;/b&gt;" in html


def test_header_box_searches_everything(visitor_client):

    response = visitor_client.get("/en/network/")

    assert '<form class="site-search" role="search" method="get" action="/en/search/">' in (
        response.content.decode()
    )


def test_post_is_refused(visitor_client):

    response = visitor_client.post(URL, {"q": "housing"})

    assert response.status_code == 405


def test_snippet_is_shown_where_it_adds_to_the_why(visitor_client, housing_network):

    response = visitor_client.get(URL, {"q": "housing"})

    html = response.content.decode()
    assert (
        'Why: report text — <span class="snippet">The two cities compared their social '
        "<mark>housing</mark> waiting lists.</span>"
    ) in html
    assert "Why: title</p>" in html


@pytest.mark.parametrize("language", ["en", "it"])
def test_things_found_by_their_theme_alone_are_listed_with_it(visitor_client, language):
    from tests.factories import EventFactory

    event = EventFactory(title="Casa Aperta visit", status="concluded")
    event.themes.create(theme="housing")
    word = {"en": "housing", "it": "abitare"}[language]

    response = visitor_client.get(f"/{language}/search/", {"q": word})

    assert response.status_code == 200
    assert "Casa Aperta visit" in response.content.decode()
