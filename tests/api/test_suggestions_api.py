"""A municipality's suggested peers through the API: the site's peers and reasons."""

import pytest
from django.utils import translation

from citypeers.matching.reasons import shown_peers
from citypeers.matching.views.suggestions import PAGE_PEERS
from tests.matching.suggestions_world import small_network

pytestmark = pytest.mark.django_db


def test_suggestions_are_the_site_peers_with_their_reasons(client):
    world = small_network()

    body = client.get(f"/api/v1/network/municipalities/{world.aurelia.pk}/suggestions").json()

    assert [item["municipality"]["name"] for item in body["items"]] == ["Borova", "Cestin"]
    first = body["items"][0]
    assert first["relative"] == 1.0
    assert [reason["text"] for reason in first["reasons"]][:2] == [
        "Both list housing as a top challenge.",
        "Aurelia's largest foreign community comes from Romania.",
    ]
    assert first["reasons"][0]["facts"]["theme"] == "housing"
    assert first["municipality"]["url"] == (
        f"http://testserver/en/network/municipalities/{world.borova.pk}/"
    )


def test_suggestion_reasons_in_italian(client):
    world = small_network()

    body = client.get(
        f"/api/v1/network/municipalities/{world.aurelia.pk}/suggestions", {"language": "it"}
    ).json()

    with translation.override("it"):
        on_the_page = shown_peers(world.aurelia, limit=PAGE_PEERS)[0].reasons[0].text
    assert body["items"][0]["reasons"][0]["text"] == on_the_page
    assert on_the_page.startswith("Entrambe")


def test_suggestions_order_by_name_reversed(client):
    world = small_network()

    body = client.get(
        f"/api/v1/network/municipalities/{world.aurelia.pk}/suggestions", {"ordering": "-name"}
    ).json()

    assert [item["municipality"]["name"] for item in body["items"]] == ["Cestin", "Borova"]


def test_suggestions_of_an_unknown_municipality_are_a_404(client):
    response = client.get("/api/v1/network/municipalities/987654/suggestions")

    assert (response.status_code, response.json()) == (404, {"detail": "Not found.", "field": None})


def test_suggestions_unknown_ordering_is_a_400(client):
    world = small_network()

    response = client.get(
        f"/api/v1/network/municipalities/{world.aurelia.pk}/suggestions", {"ordering": "size"}
    )

    assert response.status_code == 400
    assert "'size'" in response.json()["detail"]
