"""The best peers on the municipality page and on their own page: public, linked, with
reasons in the page language, at a fixed number of queries."""

import re

import pytest
from django.urls import reverse

from citypeers.network.models import CityProfile, ProfileChallenge
from tests.factories import MunicipalityFactory, PracticeFactory
from tests.matching.suggestions_world import small_network, town
from tests.network.test_query_counts import municipality_page_rows

pytestmark = pytest.mark.django_db

PEER = re.compile(r'<li>\s*<a href="([^"]+)">([^<]+)</a> <span class="muted">([^<]+)</span>')


def shown_peers(html: str) -> list[tuple[str, str, str]]:
    """(link, name, country) of each peer listed, in order."""
    return [
        row
        for block in re.findall(r'<ol class="peers">(.*?)</ol>', html, flags=re.S)
        for row in PEER.findall(block)
    ]


def reasons_shown(html: str) -> list[list[str]]:
    lists = re.findall(r'<ul class="reasons">(.*?)</ul>', html, flags=re.S)
    return [re.findall(r"<li>(.*?)</li>", block) for block in lists]


def test_municipality_page_shows_best_peers_with_reasons(client):
    world = small_network()

    html = client.get(world.aurelia.get_absolute_url()).content.decode()

    assert shown_peers(html) == [
        (world.borova.get_absolute_url(), "Borova", "Romania"),
        (world.cestin.get_absolute_url(), "Cestin", "Poland"),
    ]
    assert reasons_shown(html)[0][:3] == [
        "Both list housing as a top challenge.",
        "Aurelia's largest foreign community comes from Romania.",
        "Borova's practice "
        f'<a href="{world.porta_futuro.get_absolute_url()}">“Porta Futuro”</a> '
        "answers Aurelia's employment and labour market challenge.",
    ]
    assert reverse("matching:suggestions", args=[world.aurelia.pk]) in html


def test_municipality_page_in_italian_gives_reasons_in_italian(client):
    world = small_network()

    html = client.get(f"/it/network/municipalities/{world.aurelia.pk}/").content.decode()

    assert [name for _url, name, _country in shown_peers(html)] == ["Borova", "Cestin"]
    assert shown_peers(html)[1][2] == "Polonia"
    assert reasons_shown(html)[0][0] == (
        "Entrambe indicano il tema «abitare» come sfida principale."
    )


def test_relative_bar_gives_the_best_peer_the_full_length(client):
    world = small_network()

    html = client.get(world.aurelia.get_absolute_url()).content.decode()

    values = re.findall(r'<meter min="0" max="1" value="([0-9.]+)"', html)
    assert [name for _url, name, _country in shown_peers(html)] == ["Borova", "Cestin"]
    assert values[0] == "1.000"
    assert 0 < float(values[1]) < 1


def test_municipality_with_nothing_to_match_says_so(client):
    lonely = MunicipalityFactory(name="Lonely", population=0)

    html = client.get(lonely.get_absolute_url()).content.decode()

    assert shown_peers(html) == []
    assert "No peer can be suggested yet" in html


def test_suggestions_page_lists_more_peers_than_the_municipality_page(client):
    city = town("Aurelia", "IT", 100_000)
    peers = add_peers(city, 12)

    page = client.get(reverse("matching:suggestions", args=[city.pk])).content.decode()
    municipality_page = client.get(city.get_absolute_url()).content.decode()

    assert [name for _url, name, _country in shown_peers(page)] == peers
    assert [name for _url, name, _country in shown_peers(municipality_page)] == peers[:5]


def add_peers(municipality, count: int) -> list[str]:
    """``count`` cities of another country with a profile sharing a challenge; their names,
    best first (the closer in size to ``municipality``, the better)."""
    names = []
    for index in range(count):
        population = municipality.population - 1000 * (index + 1)
        peer = town(f"Peer {index:02}", "FR", population, "Europe/Paris")
        profile = CityProfile.objects.create(municipality=peer)
        ProfileChallenge.objects.create(profile=profile, theme="housing", priority=1)
        PracticeFactory(municipality=peer, name=f"Peer practice {index}", themes=["housing"])
        names.append(peer.name)
    return names


@pytest.mark.parametrize("rows", [1, 3])
def test_municipality_page_query_count_with_peers(
    client, municipality, rows, django_assert_num_queries
):
    shown = municipality_page_rows(municipality, rows)
    peers = add_peers(municipality, rows)

    # the page's own 12 (people are counted for a visitor), its map's 2 (the pairs that
    # met, the partners' places), then the peers: candidates, their challenges,
    # communities, practices, shares and preferences, the city's meetings, the practices
    # named
    with django_assert_num_queries(12 + 2 + 8):
        response = client.get(municipality.get_absolute_url())

    html = response.content.decode()
    assert [name for _url, name, _country in shown_peers(html)] == peers
    assert [name for name in shown["practices"] if name in html] == shown["practices"]


@pytest.mark.parametrize("rows", [1, 3])
def test_suggestions_page_query_count(client, municipality, rows, django_assert_num_queries):
    municipality_page_rows(municipality, 1)
    peers = add_peers(municipality, rows)

    # the municipality, then the peers' eight queries
    with django_assert_num_queries(1 + 8):
        response = client.get(reverse("matching:suggestions", args=[municipality.pk]))

    assert [name for _url, name, _country in shown_peers(response.content.decode())] == peers
