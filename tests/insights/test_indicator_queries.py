"""Each indicator costs the same number of queries for one row as for three."""

import datetime as dt

import pytest
from django.urls import reverse

from citypeers.documents.models import DocumentDownload
from citypeers.events.models import EventTheme, FollowUpAction
from citypeers.insights.indicators import INDICATORS
from citypeers.insights.selectors import Filters
from citypeers.network.models import CityProfile, Enrolment, ProfileChallenge
from tests.factories import (
    CountryFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    EventPersonFactory,
    MunicipalityFactory,
    PracticeFactory,
    ProgrammeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

KINDS = ["peer_exchange", "consultation", "webinar"]
THEMES = ["housing", "employment", "education"]
#: The queries of each indicator: the selector's aggregates (country names come from CLDR).
QUERIES = {
    "exchanges-per-month": 1,
    "exchanges-per-quarter": 1,
    "municipalities": 2,
    "people": 2,
    "events-per-kind": 1,
    "themes": 2,
    "untouched-challenges": 2,
    "practices": 1,
    "follow-ups": 1,
    "downloads": 1,
}


def rows_of_everything(count: int, coordinator):
    programme = ProgrammeFactory()
    for index in range(count):
        city = MunicipalityFactory(country=CountryFactory(code=["IT", "DE", "FR"][index]))
        Enrolment.objects.create(programme=programme, municipality=city)
        event = EventFactory(
            starts_at=dt.datetime(2021, 1 + 4 * index, 5, tzinfo=dt.UTC),
            status="concluded",
            kind=KINDS[index],
            programme=programme,
        )
        EventParticipantFactory(event=event, municipality=city)
        EventPersonFactory(event=event)
        EventTheme.objects.create(event=event, theme=THEMES[index])
        profile = CityProfile.objects.create(municipality=city)
        ProfileChallenge.objects.create(
            profile=profile, theme=["data", "legal", "health"][index], priority=1
        )
        source = PracticeFactory(municipality=city)
        PracticeFactory(municipality=city).inspired_by.add(source)
        FollowUpAction.objects.create(event=event, description="x")
        document = DocumentFactory(item=event, visibility="public", by=coordinator)
        DocumentDownload.objects.create(
            document=document, downloaded_at=dt.datetime(2021, 1 + 4 * index, 6, tzinfo=dt.UTC)
        )
    return programme


@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize("key", list(QUERIES))
def test_indicator_queries_are_flat(key, count, django_assert_num_queries):
    coordinator = UserFactory(role="coordinator")
    programme = rows_of_everything(count, coordinator)
    indicator = INDICATORS[key]
    for filters in (Filters(), Filters(programme=programme, country="IT", theme="housing")):
        coordinator = type(coordinator).objects.get(pk=coordinator.pk)  # no cached bodies
        with django_assert_num_queries(QUERIES[key]):
            rows = indicator.rows(filters, coordinator)
        if filters == Filters() and key not in {"untouched-challenges", "follow-ups"}:
            assert len(rows) >= count


@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize(("who", "queries"), [("visitor", 17), ("coordinator", 21)])
def test_dashboard_queries_are_flat(client, count, who, queries, django_assert_num_queries):
    coordinator = UserFactory(role="coordinator")
    programme = rows_of_everything(count, coordinator)
    if who == "coordinator":
        client.force_login(coordinator)

    # the filter form's choices (programmes, countries) and the programme asked for, then
    # each indicator's own queries (the visitor's: the public ones); the network of
    # exchanges (its pairs, its municipalities); the session and user
    with django_assert_num_queries(queries):
        response = client.get(reverse("insights:dashboard"), {"programme": programme.pk})

    assert response.content.decode().count('<tr><th scope="row">2021-') == count * (
        3 if who == "coordinator" else 2
    )
