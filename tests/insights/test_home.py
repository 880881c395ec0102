import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import EventFactory, EventParticipantFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


def test_home_shows_next_and_latest_meetings_but_not_cancelled_ones(client):
    now = timezone.now()
    held = EventFactory(
        title="Held exchange", status="concluded", starts_at=now - dt.timedelta(days=30)
    )
    planned = EventFactory(title="Planned exchange", starts_at=now + dt.timedelta(days=10))
    EventFactory(title="Dropped exchange", status="cancelled", starts_at=now + dt.timedelta(days=5))

    response = client.get("/en/")

    activity = response.context["activity"]
    assert (activity["upcoming"], activity["recent"]) == ([planned], [held])
    assert "Dropped exchange" not in response.content.decode()
    assert response.context["numbers"]["events_held"] == 1


def test_home_counts_enrolled_municipalities_and_their_countries(client):
    programme = ProgrammeFactory()
    for code in ("IT", "IT", "PL"):
        participant = EventParticipantFactory(municipality__country__code=code)
        programme.enrolments.create(municipality=participant.municipality)

    numbers = client.get("/en/").context["numbers"]

    assert (numbers["enrolled_municipalities"], numbers["enrolled_countries"]) == (3, 2)


@pytest.mark.parametrize("events", [1, 3])
def test_home_query_count_does_not_grow_with_events(client, django_assert_max_num_queries, events):
    now = timezone.now()
    for n in range(events):
        EventParticipantFactory(
            event__status="concluded", event__starts_at=now - dt.timedelta(days=n + 1)
        )

    with django_assert_max_num_queries(9):
        response = client.get("/en/")

    assert len(response.context["activity"]["recent"]) == events
