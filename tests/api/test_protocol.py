"""What every API answer keeps to: error bodies, ETags, rate limits."""

import pytest

from citypeers.api.services import create_token
from tests.factories import EventFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


def test_unknown_query_parameter_is_refused_by_name(client):
    response = client.get("/api/v1/events", {"stauts": "planned", "zzz": "1"})

    assert response.status_code == 400
    assert response.json() == {"detail": "Unknown query parameter “stauts”.", "field": "stauts"}


def test_declared_query_parameters_are_all_accepted(client):
    params = {"status": "planned", "kind": "", "limit": 5, "offset": 0, "language": "it"}

    assert client.get("/api/v1/events", params).status_code == 200


def test_unknown_query_parameter_of_a_detail_is_refused_too(client):
    event = EventFactory()

    response = client.get(f"/api/v1/events/{event.pk}", {"language": "it", "expand": "all"})

    assert (response.status_code, response.json()["field"]) == (400, "expand")


@pytest.mark.parametrize(("params", "field"), [({"limit": 0}, "limit"), ({"offset": -1}, "offset")])
def test_page_size_out_of_range_names_the_parameter(client, params, field):
    response = client.get("/api/v1/network/municipalities", params)

    assert response.status_code == 422
    assert response.json()["field"] == field
    assert response.json()["detail"].startswith(f"Invalid input: {field}: ")


def test_wrong_type_in_the_path_names_it(client):
    response = client.get("/api/v1/events/abc")

    assert (response.status_code, response.json()["field"]) == (422, "event_id")


def test_detail_has_an_etag_and_answers_304_when_it_has_not_changed(client):
    event = EventFactory(title="Housing exchange")
    first = client.get(f"/api/v1/events/{event.pk}")

    again = client.get(f"/api/v1/events/{event.pk}", headers={"If-None-Match": first["ETag"]})
    event.title = "Housing exchange, second round"
    event.save()
    changed = client.get(f"/api/v1/events/{event.pk}", headers={"If-None-Match": first["ETag"]})

    assert first.status_code == 200 and first["ETag"].startswith('"')
    assert (again.status_code, again.content) == (304, b"")
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]


def test_municipality_detail_answers_304_to_its_etag(client):
    municipality = MunicipalityFactory()
    url = f"/api/v1/network/municipalities/{municipality.pk}"
    etag = client.get(url)["ETag"]

    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304


def test_past_the_address_limit_is_a_429_with_retry_after(client, settings):
    settings.API_RATE_LIMIT = "2/min"

    statuses = [client.get("/api/v1/events", REMOTE_ADDR="10.9.9.9") for _ in range(3)]

    assert [r.status_code for r in statuses] == [200, 200, 429]
    assert int(statuses[-1]["Retry-After"]) in range(1, 61)
    assert statuses[-1].json() == {
        "detail": "Too many requests: slow down and retry later.",
        "field": None,
    }


def test_a_token_has_its_own_limit_from_any_address(client, settings, member):
    settings.API_TOKEN_RATE_LIMIT = "2/min"
    secret = create_token(user=member, name="Script", scope="read").secret
    headers = {"Authorization": f"Bearer {secret}"}

    statuses = [
        client.get("/api/v1/events", headers=headers, REMOTE_ADDR=f"10.0.0.{i}").status_code
        for i in range(3)
    ]
    without_token = client.get("/api/v1/events", REMOTE_ADDR="10.0.0.3")

    assert statuses == [200, 200, 429]
    assert without_token.status_code == 200


def test_guessing_tokens_counts_against_the_address_limit(client, settings):
    settings.API_RATE_LIMIT = "2/min"
    headers = {"Authorization": "Bearer cpt_" + "g" * 43}

    statuses = [
        client.get("/api/v1/events", headers=headers, REMOTE_ADDR="10.7.7.7").status_code
        for _ in range(3)
    ]

    assert statuses == [401, 401, 429]
