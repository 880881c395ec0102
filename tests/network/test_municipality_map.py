"""The municipality page shows the city on a map with its exchanges, not its coordinates."""

import datetime as dt
import json

import pytest
from bs4 import BeautifulSoup

from tests.factories import EventFactory, EventParticipantFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


def meeting(*municipalities, status="concluded", day=1):
    event = EventFactory(status=status, starts_at=dt.datetime(2023, 5, day, 9, tzinfo=dt.UTC))
    for position, municipality in enumerate(municipalities):
        EventParticipantFactory(event=event, municipality=municipality, position=position)


@pytest.fixture
def bari():
    bari = MunicipalityFactory(
        name="Bari", country__code="IT", latitude=41.117143, longitude=16.871871
    )
    krakow = MunicipalityFactory(name="Kraków", country__code="PL", latitude=50.06, longitude=19.94)
    lecce = MunicipalityFactory(name="Lecce", country=bari.country)
    elsewhere = MunicipalityFactory(name="Elsewhere", country=bari.country)
    meeting(bari, krakow, day=1)
    meeting(krakow, bari, lecce, day=2)
    meeting(lecce, elsewhere, day=3)  # not Bari's
    meeting(bari, elsewhere, status="planned", day=4)  # not held
    return bari


def test_municipality_page_shows_the_city_on_a_map_and_no_raw_coordinates(client, bari):
    response = client.get(bari.get_absolute_url())

    soup = BeautifulSoup(response.content, "html.parser")
    box = soup.select_one("#place-heading").find_parent("section").select_one(".map")
    assert box["id"] == "municipality-map"
    assert box["data-outlines"] == "/static/vendor/world-atlas/countries-50m.json"
    for script in soup.select("script"):
        script.extract()
    assert "41.117" not in str(soup) and "16.871" not in str(soup)
    assert "openstreetmap" not in str(soup).lower()


def test_municipality_map_is_centred_on_the_city_with_its_held_exchanges(client, bari):
    response = client.get(bari.get_absolute_url())

    soup = BeautifulSoup(response.content, "html.parser")
    data = json.loads(soup.select_one("#municipality-map-data").string)
    names = {point["id"]: point["name"] for point in data["points"]}
    assert names[data["focus"]] == "Bari"
    assert sorted(names.values()) == ["Bari", "Kraków", "Lecce"]
    assert sorted(
        (*sorted((names[link["source"]], names[link["target"]])), link["meetings"])
        for link in data["links"]
    ) == [("Bari", "Kraków", 2), ("Bari", "Lecce", 1)]
    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in soup.select("#municipality-map-table tbody tr")
    ]
    assert rows == [["Kraków", "Poland", "2"], ["Lecce", "Italy", "1"]]
    scripts = [script.get("src") for script in soup.select("script[src]")]
    assert scripts[-3:] == [
        "/static/vendor/echarts/echarts.min.js",
        "/static/vendor/topojson-client/topojson-client.min.js",
        "/static/citypeers/map.js",
    ]


def test_municipality_map_of_a_city_that_never_met_anyone_shows_only_the_city(client):
    alone = MunicipalityFactory(name="Alone")

    soup = BeautifulSoup(client.get(alone.get_absolute_url()).content, "html.parser")

    data = json.loads(soup.select_one("#municipality-map-data").string)
    assert [p["name"] for p in data["points"]] == ["Alone"]
    assert data["links"] == []
    assert soup.select_one("#municipality-map-table") is None
