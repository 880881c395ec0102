"""The API's OpenAPI schema is valid and complete; its docs page is served by the site."""

import re

import jsonschema_rs
import pytest
import schemathesis

pytestmark = pytest.mark.django_db

READS = [
    "/api/v1/network/municipalities",
    "/api/v1/network/municipalities/{municipality_id}",
    "/api/v1/network/municipalities/{municipality_id}/suggestions",
    "/api/v1/network/organisations",
    "/api/v1/network/organisations/{organisation_id}",
    "/api/v1/network/people",
    "/api/v1/network/people/{person_id}",
    "/api/v1/events",
    "/api/v1/events/{event_id}",
    "/api/v1/practices",
    "/api/v1/practices/{practice_id}",
    "/api/v1/documents",
    "/api/v1/documents/{document_id}",
    "/api/v1/indicators",
    "/api/v1/indicators/{key}",
    "/api/v1/search",
]


def test_openapi_schema_is_valid(client):
    raw = client.get("/api/v1/openapi.json").json()

    schemathesis.openapi.from_dict(raw).validate()


def test_schema_validation_catches_a_broken_schema(client):
    raw = client.get("/api/v1/openapi.json").json()
    raw["paths"]["/api/v1/events"]["get"]["responses"] = "none"

    with pytest.raises(jsonschema_rs.ValidationError):
        schemathesis.openapi.from_dict(raw).validate()


def test_openapi_schema_lists_every_read(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    assert set(READS) <= set(paths)


def test_every_list_documents_its_ordering_and_pages(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    lists = [path for path in READS if not path.endswith("}")][:-2]  # indicators and search
    # are no lists of objects: a catalogue, and groups of the first results
    parameters = {
        path: {parameter["name"] for parameter in paths[path]["get"]["parameters"]}
        for path in lists
    }

    assert {
        path for path, names in parameters.items() if {"ordering", "limit", "offset"} <= names
    } == set(lists)


def test_docs_page_loads_swagger_from_the_site_itself(client):
    response = client.get("/api/v1/docs")

    html = response.content.decode()
    addresses = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert response.status_code == 200
    assert "/static/ninja/swagger-ui-bundle.js" in addresses
    assert "/static/ninja/swagger-ui.css" in addresses
    assert [a for a in addresses if not a.startswith("/static/")] == []
    assert "cdn" not in html.lower()


def test_docs_page_policy_allows_only_the_site_scripts_and_styles(client):
    policy = client.get("/api/v1/docs")["Content-Security-Policy"]

    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["connect-src"] == "'self'"
