import datetime as dt

import pytest

from tests.factories import EventFactory, EventParticipantFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


def exchange(start):
    event = EventFactory(starts_at=start, ends_at=start + dt.timedelta(hours=2), status="concluded")
    EventParticipantFactory(event=event, municipality=MunicipalityFactory(timezone="Europe/Rome"))
    EventParticipantFactory(
        event=event,
        municipality=MunicipalityFactory(timezone="Europe/Bucharest", country__code="RO"),
    )
    return event


def test_event_times_are_given_in_every_party_zone(client):
    event = exchange(dt.datetime(2020, 12, 3, 9, 0, tzinfo=dt.UTC))

    body = client.get(f"/api/v1/events/{event.pk}").json()

    assert body["zones"] == ["Europe/Rome", "Europe/Bucharest"]
    assert body["local_times"] == "10:00–12:00 (CET) / 11:00–13:00 (EET)"
    assert body["starts_at"] == "2020-12-03T09:00:00Z"


def test_event_list_filters_by_status_and_pages(client):
    exchange(dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))
    exchange(dt.datetime(2021, 3, 31, 12, tzinfo=dt.UTC))
    EventFactory(status="planned")

    body = client.get("/api/v1/events", {"status": "concluded", "limit": 1}).json()

    assert body["count"] == 2
    assert [item["starts_at"][:10] for item in body["items"]] == ["2021-03-31"]


@pytest.mark.parametrize("events", [1, 3])
def test_event_list_query_count_does_not_grow_with_rows(
    client, django_assert_max_num_queries, events
):
    for day in range(events):
        exchange(dt.datetime(2021, 1, 1 + day, 9, tzinfo=dt.UTC))

    with django_assert_max_num_queries(8):
        body = client.get("/api/v1/events").json()

    assert body["count"] == events


def test_unknown_event_is_a_json_404(client):
    assert client.get("/api/v1/events/424242").json() == {"detail": "Not found.", "field": None}


def test_api_answers_429_past_the_rate_limit_for_that_address_only(client, settings):
    settings.API_RATE_LIMIT = "3/min"

    first = [client.get("/api/v1/events", REMOTE_ADDR="10.1.1.1").status_code for _ in range(4)]
    other = client.get("/api/v1/events", REMOTE_ADDR="10.1.1.2")

    assert first == [200, 200, 200, 429]
    assert other.status_code == 200


@pytest.mark.parametrize("country", ["\x00", "I\x00", "1T"])
def test_event_country_filter_that_cannot_be_a_code_is_ignored(client, country):
    """A NUL in a filter once answered 500 on PostgreSQL, which refuses it in any text."""
    older = exchange(dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))
    newer = exchange(dt.datetime(2021, 3, 31, 12, tzinfo=dt.UTC))

    response = client.get("/api/v1/events", {"country": country})

    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [newer.pk, older.pk]
