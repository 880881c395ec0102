"""The Insights indicators and the site search through the API: the site's own answers."""

import datetime as dt

import pytest

from tests.api.tokens import sign_in
from tests.factories import (
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def held(day: dt.date):
    event = EventFactory(
        starts_at=dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC),
        status="concluded",
    )
    EventParticipantFactory(event=event)
    return event


def test_visitor_lists_the_public_indicators_only(client, coordinator):
    as_visitor = {item["key"] for item in client.get("/api/v1/indicators").json()}
    sign_in(client, coordinator)
    as_coordinator = {item["key"] for item in client.get("/api/v1/indicators").json()}

    assert "exchanges-per-month" in as_visitor
    assert as_coordinator - as_visitor == {"follow-ups", "downloads"}


def test_indicator_rows_are_those_of_the_page_export(client):
    held(dt.date(2023, 1, 10))
    held(dt.date(2023, 1, 20))
    held(dt.date(2023, 3, 5))
    filters = {"start": "2023-01-01", "end": "2023-12-31"}

    body = client.get("/api/v1/indicators/exchanges-per-month", filters).json()
    export = client.get("/en/insights/export/exchanges-per-month.json", filters).json()

    assert body["rows"] == export["rows"]
    assert body["filters"] == filters
    assert sum(row["exchanges"] for row in body["rows"]) == 3
    assert body["url"] == "http://testserver/en/insights/?start=2023-01-01&end=2023-12-31"


def test_bad_indicator_filter_is_a_400_that_names_it(client):
    response = client.get("/api/v1/indicators/exchanges-per-month", {"start": "soon"})

    assert response.status_code == 400
    assert response.json() == {
        "detail": "Give the first day as a date (YYYY-MM-DD).",
        "field": "start",
    }


def test_coordinators_indicator_is_401_for_a_visitor_and_404_for_a_member(client, member):
    as_visitor = client.get("/api/v1/indicators/downloads").status_code
    sign_in(client, member)
    as_member = client.get("/api/v1/indicators/downloads").status_code

    assert (as_visitor, as_member) == (401, 404)


def test_unknown_indicator_is_a_404(client):
    assert client.get("/api/v1/indicators/happiness").status_code == 404


def test_search_finds_a_municipality_by_an_alternate_name_and_says_why(client):
    florence = MunicipalityFactory(name="Florence", alternate_names=["Firenze"])

    body = client.get("/api/v1/search", {"q": "firenze", "kind": "municipalities"}).json()

    [group] = body["groups"]
    assert (group["kind"], group["total"]) == ("municipalities", 1)
    result = group["results"][0]
    assert (result["title"], result["field"], result["why"]) == (
        "Florence",
        "alternate_name",
        "alternate name: Firenze",
    )
    assert result["api_url"] == f"http://testserver/api/v1/network/municipalities/{florence.pk}"
    assert result["url"] == f"http://testserver/en/network/municipalities/{florence.pk}/"


def test_search_finds_people_for_members_only(client, member):
    PersonFactory(name="Ada Rossi")

    as_visitor = [g["kind"] for g in client.get("/api/v1/search", {"q": "rossi"}).json()["groups"]]
    sign_in(client, member)
    as_member = client.get("/api/v1/search", {"q": "rossi", "kind": "people"}).json()

    assert "people" not in as_visitor
    assert [r["title"] for r in as_member["groups"][0]["results"]] == ["Ada Rossi"]


@pytest.mark.parametrize(
    ("params", "field"),
    [({"q": ""}, "q"), ({"q": "!!"}, "q"), ({"q": "rome", "kind": "planets"}, "kind")],
)
def test_bad_search_is_a_400_that_names_the_parameter(client, params, field):
    response = client.get("/api/v1/search", params)

    assert response.status_code == 400
    assert response.json()["field"] == field
