"""Every API operation, fuzzed from its own OpenAPI schema, keeps to what the schema promises.

Schemathesis generates valid and invalid requests for each operation and sends them to
the Django app in-process (WSGI), against a small network made with the factories. Each
answer must not be a 5xx, must carry a status code and content type the schema documents
for that operation, and its body must match the schema of that status. The run is
derandomised and bounded, so a failure found once is found again on every run.
"""

import datetime as dt

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from citypeers.api.services import create_token
from citypeers.events.models import FollowUpAction
from citypeers.network.models import CityProfile, OriginCommunity, ProfileChallenge
from tests.factories import (
    CountryFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    EventPersonFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonRoleFactory,
    PracticeFactory,
    UserFactory,
)

SCHEMA_PATH = "/api/v1/openapi.json"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# Values that broke this kind of code before: a NUL (PostgreSQL refuses it in any text),
# line and paragraph separators, quotes and wildcards, numbers past 32 and 64 bits.
HOSTILE_STRINGS = ["\x00", "I\x00", "\u2028", "\u0085", "'", "%", "_", "\\", "9" * 30, "9999-12-31"]
HOSTILE_INTEGERS = [0, -1, 2**31, 2**63, -(2**63) - 1, 10**30]
# Deterministic generation, with the hostile values drawn often; the coverage phase adds
# the boundary values of every parameter.
CONFIG = schemathesis.Config.from_dict(
    {
        "dictionaries": {
            "hostile_strings": {"values": HOSTILE_STRINGS},
            "hostile_integers": {"values": HOSTILE_INTEGERS},
        },
        "generation": {
            "mode": "all",
            "deterministic": True,
            "dictionaries": {
                "string": {"dictionary": "hostile_strings", "probability": 0.3},
                "integer": {"dictionary": "hostile_integers", "probability": 0.3},
            },
        },
        "phases": {"stateful": {"enabled": False}},
    }
)


def a_small_network():
    """Municipalities with and without a profile, events with cities and an organisation,
    a session and a person; practices (one a draft), documents of each visibility, people;
    a coordinator's read-write token."""
    rome = MunicipalityFactory(name="Roma", alternate_names=["Rome"], timezone="Europe/Rome")
    cluj = MunicipalityFactory(
        name="Cluj-Napoca", country=CountryFactory(code="RO"), timezone="Europe/Bucharest"
    )
    MunicipalityFactory(name="Bologna")
    profile = CityProfile.objects.create(
        municipality=rome, foreign_residents=1200, foreign_residents_share="4.5", figures_year=2023
    )
    ProfileChallenge.objects.create(profile=profile, theme="housing", priority=1)
    OriginCommunity.objects.create(profile=profile, country=CountryFactory(code="RO"), count=300)
    for day, status in enumerate(["planned", "concluded", "cancelled"]):
        event = EventFactory(
            starts_at=dt.datetime(2024, 3, 4 + day, 9, tzinfo=dt.UTC), status=status
        )
        EventParticipantFactory(event=event, municipality=rome)
        EventParticipantFactory(event=event, municipality=cluj)
    organisation = OrganisationFactory(name="Caritas", short_name="CI")
    organisation.units.create(name="Migrants' desk", kind="office")
    EventParticipantFactory(event=event, municipality=None, organisation=organisation)
    event.sessions.create(
        title="Housing panel", starts_at=event.starts_at, ends_at=event.ends_at, themes=["housing"]
    )
    person = PersonRoleFactory(person__name="Ada Rossi", municipality=rome).person
    EventPersonFactory(event=event, person=person, title="Mayor")
    practice = PracticeFactory(name="Night shelter", municipality=rome, contact=person)
    PracticeFactory(name="Draft plan", municipality=cluj, status="draft")
    for visibility in ("public", "members", "participants"):
        DocumentFactory(item=event, visibility=visibility)
    document = DocumentFactory(item=practice, visibility="public")
    follow_up = FollowUpAction.objects.create(event=event, description="Share the guide")
    coordinator = UserFactory(role="coordinator")
    token = create_token(user=coordinator, name="Fuzz", scope="read-write").secret
    return {
        "token": token,
        "municipality_id": rome.pk,
        "event_id": event.pk,
        "organisation_id": organisation.pk,
        "practice_id": practice.pk,
        "document_id": document.pk,
        "person_id": person.pk,
        "follow_up_id": follow_up.pk,
    }


# Every fuzzed test: the same examples on every run, however long the app takes.
BOUNDED = settings(
    max_examples=30,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# The schema as the app serves it (no database needed to serve it), read at collection.
schema = schemathesis.openapi.from_wsgi(SCHEMA_PATH, get_wsgi_application(), config=CONFIG)


@pytest.fixture
def network(db, settings):
    """Data behind the API, and no rate limit in the way of a few hundred requests.

    The WSGI handler closes the database connection at the end of each request, and with
    it the test's transaction (on PostgreSQL); like Django's test client, keep it open.
    """
    settings.API_RATE_LIMIT = "1000000/min"
    settings.API_TOKEN_RATE_LIMIT = "1000000/min"
    ids = a_small_network()
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield ids
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@BOUNDED
def test_every_operation_keeps_to_its_schema(case, network):
    case.call_and_validate(checks=CHECKS)


@schema.include(method=["POST", "PUT", "PATCH"]).parametrize()
@BOUNDED
def test_every_write_with_a_coordinators_token_keeps_to_its_schema(case, network):
    """Writes fuzzed as a coordinator, who may make every one, on objects that exist: the
    services see every input that the schema lets through."""
    for name in case.path_parameters or {}:
        case.path_parameters[name] = network[name]
    case.call_and_validate(headers={"Authorization": f"Bearer {network['token']}"}, checks=CHECKS)


@schema.include(method="GET").parametrize()
@BOUNDED
def test_every_read_with_a_coordinators_token_keeps_to_its_schema(case, network):
    """Reads fuzzed as a coordinator, who sees members' data, drafts and reports."""
    case.call_and_validate(headers={"Authorization": f"Bearer {network['token']}"}, checks=CHECKS)


def test_members_data_is_answered_as_the_schema_says(network):
    """People and a person: refused to a visitor, given with a coordinator's token."""
    cases = [
        schema["/api/v1/network/people/{person_id}"]["GET"].Case(
            path_parameters={"person_id": network["person_id"]}
        ),
        schema["/api/v1/network/people"]["GET"].Case(query={}),
    ]
    token = {"Authorization": f"Bearer {network['token']}"}

    as_visitor = [case.call_and_validate(checks=CHECKS).status_code for case in cases]
    with_token = [
        case.call_and_validate(headers=token, checks=CHECKS).status_code for case in cases
    ]

    assert (as_visitor, with_token) == ([401, 401], [200, 200])


def test_existing_objects_are_answered_as_the_schema_says(network):
    municipality = {"municipality_id": network["municipality_id"]}
    paths = {
        "/api/v1/events/{event_id}": {"event_id": network["event_id"]},
        "/api/v1/network/municipalities/{municipality_id}": municipality,
        "/api/v1/network/municipalities/{municipality_id}/suggestions": municipality,
        "/api/v1/network/organisations/{organisation_id}": {
            "organisation_id": network["organisation_id"]
        },
        "/api/v1/practices/{practice_id}": {"practice_id": network["practice_id"]},
        "/api/v1/documents/{document_id}": {"document_id": network["document_id"]},
        "/api/v1/indicators/{key}": {"key": "exchanges-per-month"},
    }

    statuses = {
        path: schema[path]["GET"]
        .Case(path_parameters=parameters)
        .call_and_validate(checks=CHECKS)
        .status_code
        for path, parameters in paths.items()
    }

    assert statuses == dict.fromkeys(paths, 200)


def test_searches_that_find_something_are_answered_as_the_schema_says(network):
    token = {"Authorization": f"Bearer {network['token']}"}
    searches = [
        schema["/api/v1/search"]["GET"].Case(query={"q": query}) for query in ("roma", "shelter")
    ]
    events = schema["/api/v1/events"]["GET"].Case(query={"q": "rome"})

    found = [
        case.call_and_validate(headers=token, checks=CHECKS).json()["total"] for case in searches
    ]
    events_found = events.call_and_validate(checks=CHECKS).json()["count"]

    assert all(found) and events_found == 3


def test_answer_past_the_rate_limit_is_as_the_schema_says(network, settings):
    settings.API_RATE_LIMIT = "1/min"
    case = schema["/api/v1/events"]["GET"].Case(query={})

    statuses = [case.call_and_validate(checks=CHECKS).status_code for _ in range(2)]

    assert statuses == [200, 429]
