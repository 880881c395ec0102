"""The network of exchanges (graph and map) on a small network with known meetings."""

import datetime as dt
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from citypeers.insights.geography import exchange_network
from citypeers.insights.selectors import Filters
from tests.factories import (
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
    ProgrammeFactory,
)

pytestmark = pytest.mark.django_db


def meeting(*municipalities, status="concluded", day=1):
    event = EventFactory(status=status, starts_at=dt.datetime(2023, 3, day, 9, tzinfo=dt.UTC))
    for position, municipality in enumerate(municipalities):
        EventParticipantFactory(event=event, municipality=municipality, position=position)
    return event


@pytest.fixture
def towns():
    """Bari and Lecce (Italy) met three times, once with Kraków (Poland), who met Bari again;
    Cluj-Napoca only has a planned meeting and a cancelled one; Sevilla is enrolled but
    never met anyone."""
    bari = MunicipalityFactory(name="Bari", country__code="IT", latitude=41.1, longitude=16.9)
    lecce = MunicipalityFactory(name="Lecce", country=bari.country, latitude=40.4, longitude=18.2)
    krakow = MunicipalityFactory(name="Kraków", country__code="PL", latitude=50.1, longitude=19.9)
    cluj = MunicipalityFactory(name="Cluj-Napoca", country__code="RO")
    sevilla = MunicipalityFactory(name="Sevilla", country__code="ES")
    ProgrammeFactory().enrolments.create(municipality=sevilla)
    meeting(bari, lecce, day=1)
    meeting(lecce, bari, day=2)
    event = meeting(bari, lecce, krakow, day=3)
    EventParticipantFactory(event=event, municipality=None, organisation=OrganisationFactory())
    meeting(krakow, bari, day=4)
    meeting(bari, cluj, status="planned", day=5)
    meeting(lecce, cluj, status="cancelled", day=6)
    return {"bari": bari, "lecce": lecce, "krakow": krakow, "cluj": cluj, "sevilla": sevilla}


def named_links(network) -> list[tuple[str, str, int]]:
    return [
        tuple(sorted((link.first.name, link.second.name))) + (link.meetings,)
        for link in network.links
    ]


def test_network_links_the_municipalities_that_met_weighted_by_meetings(towns):
    network = exchange_network(AnonymousUser())

    assert named_links(network) == [
        ("Bari", "Lecce", 3),
        ("Bari", "Kraków", 2),
        ("Kraków", "Lecce", 1),
    ]
    assert [m.name for m in network.linked()] == ["Bari", "Kraków", "Lecce"]


def test_network_map_adds_members_that_never_met_but_no_one_else(towns):
    network = exchange_network(AnonymousUser())

    assert [(m.name, m.enrolled) for m in network.municipalities] == [
        ("Bari", False),
        ("Kraków", False),
        ("Lecce", False),
        ("Sevilla", True),
    ]
    assert [(m.name, [(p.name, n) for p, n in partners]) for m, partners in network.rows()] == [
        ("Bari", [("Lecce", 3), ("Kraków", 2)]),
        ("Kraków", [("Bari", 2), ("Lecce", 1)]),
        ("Lecce", [("Bari", 3), ("Kraków", 1)]),
        ("Sevilla", []),
    ]


def test_planned_and_cancelled_events_add_no_link(towns):
    """Cluj-Napoca's planned and cancelled meetings were not held: it is on neither chart."""
    network = exchange_network(AnonymousUser())

    assert towns["cluj"] not in network.municipalities
    assert all(towns["cluj"] not in (link.first, link.second) for link in network.links)


def test_every_viewer_sees_the_same_network_as_event_pages_are_public(towns, member, coordinator):
    as_visitor = named_links(exchange_network(AnonymousUser()))

    assert named_links(exchange_network(member)) == as_visitor
    assert named_links(exchange_network(coordinator)) == as_visitor


def test_graph_data_gives_points_with_country_page_and_weight_and_weighted_links(towns):
    data = exchange_network(AnonymousUser()).graph_data()

    bari, krakow, lecce = (towns[name] for name in ("bari", "krakow", "lecce"))
    # the map's countries, so that a country has the same colour on both
    assert data["countries"] == [
        {"code": "IT", "name": "Italy"},
        {"code": "PL", "name": "Poland"},
        {"code": "ES", "name": "Spain"},
    ]
    assert data["focus"] is None
    assert data["points"][0] == {
        "id": str(bari.pk),
        "name": "Bari",
        "url": f"/en/network/municipalities/{bari.pk}/",
        "country": "IT",
        "countryName": "Italy",
        "lat": 41.1,
        "lon": 16.9,
        "enrolled": False,
        "meetings": 5,
    }
    assert [p["name"] for p in data["points"]] == ["Bari", "Kraków", "Lecce"]
    assert data["links"][0] == {"source": str(bari.pk), "target": str(lecce.pk), "meetings": 3}
    assert {(link["source"], link["target"]) for link in data["links"]} == {
        tuple(sorted((str(a.pk), str(b.pk)), key=int))
        for a, b in [(bari, lecce), (bari, krakow), (krakow, lecce)]
    }


def test_insights_page_draws_both_charts_from_json_and_tables_them(client, towns):
    response = client.get(reverse("insights:dashboard"))

    soup = BeautifulSoup(response.content, "html.parser")
    graph = soup.select_one("#network-graph")
    assert graph["data-graph-data"] == "network-graph-data"
    data = json.loads(soup.select_one("#network-graph-data").string)
    assert len(data["links"]) == 3
    map_box = soup.select_one("#network-map")
    assert map_box["data-outlines"] == "/static/vendor/world-atlas/countries-50m.json"
    map_data = json.loads(soup.select_one("#network-map-data").string)
    assert [p["name"] for p in map_data["points"]] == ["Bari", "Kraków", "Lecce", "Sevilla"]
    assert [c["code"] for c in map_data["countries"]] == ["IT", "PL", "ES"]
    pairs = [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in soup.select("#network-graph-table tbody tr")
    ]
    assert pairs[0] == ["Bari (IT)", "Lecce (IT)", "3"]
    assert [
        row.select_one("td").get_text() for row in soup.select("#network-map-table tbody tr")
    ] == [
        "Bari",
        "Kraków",
        "Lecce",
        "Sevilla",
    ]
    scripts = [s.get("src") for s in soup.select("script") if s.get("type") != "application/json"]
    assert "/static/vendor/echarts/echarts.min.js" in scripts
    assert "/static/insights/geography.js" in scripts
    assert None not in scripts  # no inline script
    assert not soup.select("[style]")


def test_insights_page_without_exchanges_says_so(client):
    body = client.get(reverse("insights:dashboard")).content.decode()

    assert "No exchange has been held yet." in body
    assert 'id="network-graph"' not in body


def test_insights_page_filters_narrow_the_links(client, towns):
    response = client.get(reverse("insights:dashboard"), {"start": "2023-03-03"})

    assert named_links(response.context["exchange_network"]) == [
        ("Bari", "Kraków", 2),
        ("Bari", "Lecce", 1),
        ("Kraków", "Lecce", 1),
    ]


@pytest.mark.parametrize("rows", [1, 3])
def test_exchange_network_query_count(rows, django_assert_num_queries):
    hub = MunicipalityFactory(name="Hub")
    for index in range(rows):
        meeting(hub, MunicipalityFactory(name=f"Peer {index}"), day=index + 1)

    with django_assert_num_queries(2):  # the pairs with their meetings, the municipalities
        network = exchange_network(AnonymousUser(), filters=Filters(country="IT"))
        data = network.map_data(), network.graph_data(), network.rows()

    assert len(network.links) == rows
    assert len(data[0]["points"]) == rows + 1


def test_network_of_many_pairs_shows_the_strongest_and_says_how_many_met(
    towns, client, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr("citypeers.insights.geography.MOST_LINKS", 2)

    with django_assert_num_queries(3):  # the strongest pairs, how many pairs, the places
        network = exchange_network(AnonymousUser())

    assert named_links(network) == [("Bari", "Lecce", 3), ("Bari", "Kraków", 2)]
    assert (network.total_links, network.links_left_out) == (3, True)
    assert len(network.graph_data()["links"]) == 2
    page = BeautifulSoup(client.get(reverse("insights:dashboard")).content, "html.parser")
    rows = page.select("#network-graph-table tbody tr")
    assert len(rows) == 2
    assert "show the 2 pairs of municipalities with the most meetings, of 3 pairs" in " ".join(
        page.get_text().split()
    )


def test_network_shown_whole_says_nothing_of_pairs_left_out(towns, client):
    network = exchange_network(AnonymousUser())

    assert (network.total_links, network.links_left_out) == (3, False)
    page = client.get(reverse("insights:dashboard")).content.decode()
    assert "pairs that met" not in page
