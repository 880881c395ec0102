"""The API's list and detail reads cost the same number of queries for one row as for three.

Every read here is a visitor's, with no token to check, but the people's (members only).
"""

import datetime as dt

import pytest
from django.db import connection

from citypeers.events.models import EventTheme
from citypeers.network.models import CityProfile, Enrolment, OriginCommunity, ProfileChallenge
from citypeers.practices.vectors import practice_vectors
from tests.api.tokens import sign_in
from tests.factories import (
    CountryFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PersonRoleFactory,
    PracticeFactory,
    ProgrammeFactory,
)

pytestmark = pytest.mark.django_db

ROWS = [1, 3]
THEMES = ["housing", "employment", "education"]
ORIGINS = ["RO", "UA", "AL"]


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize("filters", [{}, {"q": "town", "country": "it", "enrolled_only": "true"}])
def test_municipality_list_query_count(client, rows, filters, django_assert_num_queries):
    towns = [MunicipalityFactory(name=f"Town {n}", population=9_000 - n) for n in range(rows)]
    programme = ProgrammeFactory()
    for town in towns:
        Enrolment.objects.create(programme=programme, municipality=town)

    with django_assert_num_queries(2):  # count, page rows
        body = client.get("/api/v1/network/municipalities", filters).json()

    assert body["count"] == rows
    assert [(item["name"], item["country"]) for item in body["items"]] == [
        (town.name, "IT") for town in towns
    ]


@pytest.mark.parametrize("rows", ROWS)
def test_municipality_detail_query_count(client, rows, django_assert_num_queries):
    municipality = MunicipalityFactory(name="Bari")
    profile = CityProfile.objects.create(municipality=municipality, foreign_residents=52_000)
    for index in range(rows):
        ProfileChallenge.objects.create(profile=profile, theme=THEMES[index], priority=index + 1)
        OriginCommunity.objects.create(
            profile=profile, country=CountryFactory(code=ORIGINS[index]), count=3000 - index
        )
        Enrolment.objects.create(
            programme=ProgrammeFactory(name=f"Programme {index}"), municipality=municipality
        )

    # the municipality, its profile, challenges, origins, programmes, how many people
    with django_assert_num_queries(6):
        body = client.get(f"/api/v1/network/municipalities/{municipality.pk}").json()

    assert body["programmes"] == [f"Programme {index}" for index in range(rows)]
    assert body["profile"]["challenges"] == [
        {"theme": THEMES[index], "priority": index + 1} for index in range(rows)
    ]
    assert body["profile"]["communities"] == [
        {"country": ORIGINS[index], "count": 3000 - index} for index in range(rows)
    ]


def exchange(index: int):
    """A peer exchange of two towns on a theme, ``index`` days after 1 March 2022."""
    event = EventFactory(starts_at=dt.datetime(2022, 3, 1 + index, 9, tzinfo=dt.UTC))
    EventParticipantFactory(event=event, municipality=MunicipalityFactory(name=f"Host {index}"))
    EventParticipantFactory(
        event=event, municipality=MunicipalityFactory(name=f"Guest {index}"), position=1
    )
    EventTheme.objects.create(event=event, theme=THEMES[index])
    return event


@pytest.mark.parametrize("rows", ROWS)
def test_event_list_query_count(client, rows, django_assert_num_queries):
    events = [exchange(index) for index in range(rows)]

    # count, page rows, their parties, their themes
    with django_assert_num_queries(4):
        body = client.get("/api/v1/events").json()

    assert [(item["id"], item["title"], item["themes"]) for item in body["items"]] == [
        (event.pk, f"Peer exchange: Host {index} – Guest {index}", [THEMES[index]])
        for index, event in reversed(list(enumerate(events)))
    ]


@pytest.mark.parametrize("rows", ROWS)
def test_event_detail_query_count(client, rows, django_assert_num_queries):
    event = EventFactory(starts_at=dt.datetime(2022, 3, 1, 9, tzinfo=dt.UTC))
    towns = [MunicipalityFactory(name=f"Town {index}") for index in range(rows)]
    for index, town in enumerate(towns):
        EventParticipantFactory(event=event, municipality=town, position=index)
        EventTheme.objects.create(event=event, theme=THEMES[index])

    # the event, its parties, their presentations, themes, sessions, people, follow-ups,
    # the documents listed
    with django_assert_num_queries(8):
        body = client.get(f"/api/v1/events/{event.pk}").json()

    assert [party["name"] for party in body["parties"]] == [town.name for town in towns]
    assert body["themes"] == sorted(THEMES[:rows])


@pytest.mark.parametrize("rows", ROWS)
def test_organisation_list_query_count(client, rows, django_assert_num_queries):
    for index in range(rows):
        OrganisationFactory(name=f"Agency {index}", country=CountryFactory(code=ORIGINS[index]))

    with django_assert_num_queries(2):  # count, page rows with their countries
        body = client.get("/api/v1/network/organisations", {"q": "agency"}).json()

    assert [item["name"] for item in body["items"]] == [f"Agency {n}" for n in range(rows)]


@pytest.mark.parametrize("rows", ROWS)
def test_people_list_query_count(client, member, rows, django_assert_num_queries):
    town = MunicipalityFactory()
    for index in range(rows):
        PersonRoleFactory(person__name=f"Officer {index}", municipality=town)
    sign_in(client, member)

    # the token (with its user), its last use, the user's bodies, count, page rows, their
    # current roles and bodies
    with django_assert_num_queries(6):
        body = client.get("/api/v1/network/people", {"municipality": town.pk}).json()

    assert [item["roles"][0]["body"] for item in body["items"]] == [town.name] * rows


@pytest.mark.parametrize("rows", ROWS)
def test_document_list_query_count(client, rows, django_assert_num_queries):
    event = EventFactory()
    for index in range(rows):
        DocumentFactory(item=event, visibility="public", title=f"Agenda {index}")

    with django_assert_num_queries(2):  # count, page rows
        body = client.get("/api/v1/documents").json()

    assert body["count"] == rows


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize("query", ["", "shelter"])
def test_practice_list_query_count(client, rows, query, django_assert_num_queries):
    for index in range(rows):
        PracticeFactory(name=f"Shelter {index}")
    vectors = practice_vectors()
    vectors.refresh(force=True)
    vectors.forget()  # the search checks once whether the rows changed since

    # without words: count, page rows; with: the full-text hits, the vectors' check for
    # changes, the exact names among the hits, the practices found (paged in memory), and
    # on PostgreSQL the full text's trigrams when words found few
    with django_assert_num_queries(2 if not query else 4 + (connection.vendor == "postgresql")):
        body = client.get("/api/v1/practices", {"q": query}).json()

    assert body["count"] == rows


@pytest.mark.parametrize("rows", ROWS)
def test_practice_detail_query_count(client, rows, django_assert_num_queries):
    practice = PracticeFactory(name="Porta Futuro")
    practice.partners.set([OrganisationFactory() for _ in range(rows)])
    practice.inspired_by.set([PracticeFactory() for _ in range(rows)])
    for index in range(rows):
        DocumentFactory(item=practice, visibility="public", title=f"Guide {index}")

    # the practice, partners, what it cites, what cites it, the events it was presented
    # at, its documents
    with django_assert_num_queries(6):
        body = client.get(f"/api/v1/practices/{practice.pk}").json()

    assert (len(body["partners"]), len(body["inspired_by"]), len(body["documents"])) == (
        rows,
        rows,
        rows,
    )


@pytest.mark.parametrize("rows", ROWS)
def test_organisation_detail_query_count(client, rows, django_assert_num_queries):
    organisation = OrganisationFactory()
    for index in range(rows):
        organisation.units.create(name=f"Unit {index}")
        PersonRoleFactory(organisation=organisation)

    with django_assert_num_queries(3):  # the organisation, its units, how many people
        body = client.get(f"/api/v1/network/organisations/{organisation.pk}").json()

    assert (len(body["units"]), body["people"]["count"]) == (rows, rows)


@pytest.mark.parametrize("rows", ROWS)
def test_event_search_query_count(client, rows, django_assert_num_queries):
    for index in range(rows):
        exchange(index)

    # the events the search finds, counted; the page of them; their parties; their themes
    with django_assert_num_queries(4):
        body = client.get("/api/v1/events", {"q": "host"}).json()

    assert body["count"] == rows


@pytest.mark.parametrize("rows", ROWS)
def test_site_search_query_count(client, rows, django_assert_num_queries):
    for index in range(rows):
        MunicipalityFactory(name=f"Host {index}", population=9_000 - index)

    with django_assert_num_queries(2):  # the first municipalities found, how many in all
        body = client.get("/api/v1/search", {"q": "host", "kind": "municipalities"}).json()

    assert [r["title"] for r in body["groups"][0]["results"]] == [f"Host {n}" for n in range(rows)]


@pytest.mark.parametrize("rows", ROWS)
def test_suggestion_list_query_count(client, rows, django_assert_num_queries):
    subject = MunicipalityFactory(name="Aurelia", population=300_000)
    profile = CityProfile.objects.create(municipality=subject)
    ProfileChallenge.objects.create(profile=profile, theme="housing", priority=1)
    for index in range(rows):
        peer = MunicipalityFactory(
            name=f"Peer {index}", country=CountryFactory(code=ORIGINS[index]), population=250_000
        )
        peer_profile = CityProfile.objects.create(municipality=peer)
        ProfileChallenge.objects.create(profile=peer_profile, theme="housing", priority=1)
    address = f"/api/v1/network/municipalities/{subject.pk}/suggestions"
    client.get(address)  # the matching weights, read once per process

    # the municipality; the candidates, their challenges, communities, practices and
    # shares of foreign residents, their exchange preferences, the pairs' meetings
    with django_assert_num_queries(8):
        body = client.get(address).json()

    assert body["count"] == rows


@pytest.mark.parametrize("rows", ROWS)
def test_document_detail_and_person_detail_query_count(
    client, coordinator, rows, django_assert_num_queries
):
    person = PersonFactory()
    for _ in range(rows):
        PersonRoleFactory(person=person, municipality=MunicipalityFactory())
    document = DocumentFactory(item=EventFactory(), visibility="public")
    sign_in(client, coordinator)

    # the token (with its user), its last use; the person, its current roles
    with django_assert_num_queries(4):
        person_body = client.get(f"/api/v1/network/people/{person.pk}").json()
    # the token (its last use noted by the request before), the document
    with django_assert_num_queries(2):
        document_body = client.get(f"/api/v1/documents/{document.pk}").json()

    assert (len(person_body["roles"]), document_body["id"]) == (rows, document.pk)
