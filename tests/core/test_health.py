"""The health check: a worker that answers says "ok", without the database."""

import pytest
from django.test import override_settings


def test_health_check_answers_ok_without_a_query(client):
    # No database mark: any query would fail this test.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "no-cache" in response["Cache-Control"]


def test_health_check_refuses_writes(client):
    response = client.post("/healthz")

    assert response.status_code == 405


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True)
def test_health_check_is_not_redirected_to_https(client):
    page = client.get("/en/about/")
    health = client.get("/healthz")

    assert page.status_code == 301
    assert (health.status_code, health.content) == (200, b"ok")
