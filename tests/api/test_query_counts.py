"""The API's list and detail reads cost the same number of queries for one row as for three.

The API is public: every read here is a visitor's, with no session to load.
"""

import datetime as dt

import pytest

from citypeers.events.models import EventTheme
from citypeers.network.models import CityProfile, Enrolment, OriginCommunity, ProfileChallenge
from tests.factories import (
    CountryFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
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

    # the municipality, its profile, challenges, origins, programmes
    with django_assert_num_queries(5):
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

    # the event, its parties, its themes
    with django_assert_num_queries(3):
        body = client.get(f"/api/v1/events/{event.pk}").json()

    assert [party["name"] for party in body["parties"]] == [town.name for town in towns]
    assert body["themes"] == sorted(THEMES[:rows])
