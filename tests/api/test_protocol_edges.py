"""The protocol's edges: what a shared cache may keep, methods a path does not take,
bodies too large, parameters given twice; every refusal in the API's error body."""

import json

import pytest

from citypeers.api.services import create_token
from citypeers.events.models import Event
from tests.api.tokens import sign_in
from tests.factories import EventFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


def test_answers_vary_on_the_token_so_a_shared_cache_keeps_them_apart(client, member):
    municipality = MunicipalityFactory()
    url = f"/api/v1/network/municipalities/{municipality.pk}"

    visitor = client.get(url)
    sign_in(client, member)
    signed_in = client.get(url)

    for response in (visitor, signed_in):
        assert response.status_code == 200
        assert "Authorization" in {v.strip() for v in response["Vary"].split(",")}


def test_a_list_varies_on_the_token_too(client):
    response = client.get("/api/v1/events")

    assert "Authorization" in response["Vary"]


def test_a_method_the_path_does_not_take_is_a_405_with_the_error_body(client, coordinator):
    event = EventFactory(title="Housing exchange")
    sign_in(client, coordinator)

    response = client.delete(f"/api/v1/events/{event.pk}")

    assert response.status_code == 405
    assert response.json() == {
        "detail": "This address does not take this method; it takes GET, HEAD, PATCH.",
        "field": None,
    }
    assert response["Allow"] == "GET, HEAD, PATCH"
    assert Event.objects.filter(pk=event.pk).exists()


def test_a_body_past_the_limit_is_a_413_naming_the_body(client, coordinator, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    secret = create_token(user=coordinator, name="Script", scope="read-write").secret
    body = json.dumps({"kind": "peer_exchange", "title": "x" * 2000})

    response = client.post(
        "/api/v1/events",
        data=body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )

    assert response.status_code == 413
    assert response.json() == {"detail": "The body is larger than 1000 bytes.", "field": "body"}
    assert not Event.objects.exists()


def test_a_parameter_given_twice_is_refused_by_name_unless_it_takes_a_list(client):
    response = client.get("/api/v1/events?limit=1&limit=50")
    kinds = client.get("/api/v1/search?q=housing&kind=events&kind=practices")

    assert response.status_code == 400
    assert response.json() == {
        "detail": "The query parameter “limit” is given more than once.",
        "field": "limit",
    }
    assert kinds.status_code == 200


def test_head_answers_as_get_without_a_body(client):
    event = EventFactory(title="Housing exchange")
    url = f"/api/v1/events/{event.pk}"

    head = client.head(url)
    get = client.get(url)

    assert (head.status_code, head.content) == (200, b"")
    assert head["ETag"] == get["ETag"]
    assert client.head(url, headers={"If-None-Match": get["ETag"]}).status_code == 304


def test_an_address_the_api_does_not_have_is_a_404_in_the_error_body(client):
    for path in ("/api/v1/nothing-here", f"/api/v1/events/{EventFactory().pk}/"):
        response = client.get(path)

        assert response.status_code == 404
        assert response.json() == {
            "detail": f"The API has no address “{path}”.",
            "field": None,
        }
        assert "Authorization" in response["Vary"]


def test_the_rate_limit_counts_the_address_the_login_lockout_counts(client, settings):
    settings.API_RATE_LIMIT = "2/min"
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}

    first = [
        client.get("/api/v1/events", HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code
        for _ in range(3)
    ]
    other = client.get("/api/v1/events", HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    spoofed = client.get(
        "/api/v1/events", HTTP_X_FORWARDED_FOR="198.51.100.9, 203.0.113.5", **proxy
    )

    assert first == [200, 200, 429]
    assert other.status_code == 200
    assert spoofed.status_code == 429


def test_a_body_that_repeats_a_key_is_refused_and_nothing_is_written(client, coordinator):
    secret = create_token(user=coordinator, name="Script", scope="read-write").secret
    event = EventFactory(title="Housing exchange")

    response = client.patch(
        f"/api/v1/events/{event.pk}",
        data='{"title": "Housing, round 2", "title": "Housing, round 3"}',
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )

    assert response.status_code == 400
    assert response.json() == {
        "detail": "The body is not valid JSON: the key 'title' is given more than once",
        "field": "body",
    }
    event.refresh_from_db()
    assert event.title == "Housing exchange"


def test_a_body_nested_too_deep_is_refused_as_not_json_naming_the_body(client, coordinator):
    secret = create_token(user=coordinator, name="Script", scope="read-write").secret
    event = EventFactory(title="Housing exchange")

    response = client.patch(
        f"/api/v1/events/{event.pk}",
        data="[" * 100_000 + "]" * 100_000,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )

    assert response.status_code == 400
    assert response.json()["field"] == "body"
    assert response.json()["detail"].startswith("The body is not valid JSON: maximum recursion")
