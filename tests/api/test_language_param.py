"""The language of an answer's texts: one the site speaks; a typo is refused by name
rather than answered in the default language."""

import pytest

from tests.factories import EventFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db

LISTS = (
    "/api/v1/events",
    "/api/v1/practices",
    "/api/v1/indicators",
    "/api/v1/search?q=housing",
)


@pytest.mark.parametrize("url", LISTS)
def test_an_unknown_language_is_refused_by_name(client, url):
    response = client.get(url, {"language": "itt"})

    assert response.status_code == 422
    assert response.json()["field"] == "language"
    assert "must be one of en, it" in response.json()["detail"]


def test_an_unknown_language_is_refused_on_a_detail_and_suggestions(client):
    event = EventFactory(title="Housing exchange")
    municipality = MunicipalityFactory()

    detail = client.get(f"/api/v1/events/{event.pk}", {"language": "fr"})
    peers = client.get(
        f"/api/v1/network/municipalities/{municipality.pk}/suggestions", {"language": "fr"}
    )
    italian = client.get(f"/api/v1/events/{event.pk}", {"language": "it"})

    assert (detail.status_code, detail.json()["field"]) == (422, "language")
    assert (peers.status_code, peers.json()["field"]) == (422, "language")
    assert italian.status_code == 200
