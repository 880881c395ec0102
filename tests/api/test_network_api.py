import pytest

from citypeers.network.models import CityProfile, ProfileChallenge
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


def test_municipalities_are_found_by_any_name(client):
    florence = MunicipalityFactory(name="Florence", alternate_names=["Firenze"], country__code="IT")
    MunicipalityFactory(name="Bologna")

    response = client.get("/api/v1/network/municipalities", {"q": "firenze"})

    assert response.status_code == 200
    assert response.json()["count"] == 1
    assert response.json()["items"][0] == {
        "id": florence.pk,
        "geonames_id": florence.geonames_id,
        "name": "Florence",
        "country": "IT",
        "latitude": florence.latitude,
        "longitude": florence.longitude,
        "population": florence.population,
        "timezone": "Europe/Rome",
        "url": f"http://testserver/en/network/municipalities/{florence.pk}/",
        "api_url": f"http://testserver/api/v1/network/municipalities/{florence.pk}",
    }


def test_municipality_detail_includes_its_profile(client):
    municipality = MunicipalityFactory()
    profile = CityProfile.objects.create(municipality=municipality, foreign_residents=1200)
    ProfileChallenge.objects.create(profile=profile, theme="housing", priority=1)

    body = client.get(f"/api/v1/network/municipalities/{municipality.pk}").json()

    assert body["profile"]["foreign_residents"] == 1200
    assert body["profile"]["challenges"] == [{"theme": "housing", "priority": 1}]


def test_unknown_municipality_is_a_json_404(client):
    response = client.get("/api/v1/network/municipalities/123456789")

    assert (response.status_code, response.json()) == (404, {"detail": "Not found.", "field": None})


def test_malformed_parameter_is_named_in_the_error(client):
    response = client.get("/api/v1/network/municipalities", {"limit": "many"})

    assert response.status_code == 422
    assert response.json()["detail"].startswith("Invalid input: limit:")


def test_openapi_schema_lists_the_directory_endpoints(client):
    schema = client.get("/api/v1/openapi.json").json()

    assert "/api/v1/network/municipalities" in schema["paths"]
    assert "/api/v1/network/municipalities/{municipality_id}" in schema["paths"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"offset": "99999999999999999999"}, "offset"),
        ({"limit": "100000"}, "limit"),
        ({"limit": "0"}, "limit"),
    ],
)
def test_page_bounds_are_enforced_with_a_clear_error(client, params, field):
    MunicipalityFactory()

    response = client.get("/api/v1/network/municipalities", params)

    assert response.status_code == 422
    assert response.json()["detail"].startswith(f"Invalid input: {field}:")


@pytest.mark.parametrize("country", ["\x00", "I\x00", "1T"])
def test_country_filter_that_cannot_be_a_code_is_ignored(client, country):
    """A NUL in a filter once answered 500 on PostgreSQL, which refuses it in any text."""
    rome = MunicipalityFactory(name="Roma", population=2_800_000)
    cluj = MunicipalityFactory(name="Cluj-Napoca", country__code="RO", population=300_000)

    response = client.get("/api/v1/network/municipalities", {"country": country})

    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [rome.pk, cluj.pk]
