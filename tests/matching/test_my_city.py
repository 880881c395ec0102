"""Where a user lands after logging in: their municipality's things to do, or the
coordinators' waiting work."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date
from django.urls import reverse
from django.utils import timezone

from citypeers.events.models import FollowUpAction
from citypeers.matching.enums import RequestStatus
from citypeers.matching.models import ExchangeRequest
from citypeers.network.models import CityProfile, ProfileChallenge
from tests.factories import (
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    PracticeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

# session, user, the user's bodies, the cities; per city: invitations, requests, meetings
# (with parties and themes), follow-ups, the profile's challenges, practices; the best
# peers (profiles and practices of the candidates, meetings); the page shell
QUERIES = 20


def _coming_meeting(city, title: str):
    start = timezone.now() + dt.timedelta(days=7)
    event = EventFactory(title=title, starts_at=start, ends_at=start + dt.timedelta(hours=2))
    EventParticipantFactory(event=event, municipality=city)
    return event


def _city_world(city, rows: int):
    """``rows`` of each thing the page lists for ``city``, and one of each for another city."""
    other = MunicipalityFactory()
    profile = CityProfile.objects.create(municipality=city)
    ProfileChallenge.objects.create(profile=profile, theme="housing", priority=1)
    for index in range(rows):
        asker = MunicipalityFactory(name=f"Asker {index}")
        ExchangeRequest.objects.create(
            requester=asker, wanted=city, invited=city, status=RequestStatus.INVITED
        )
        ExchangeRequest.objects.create(requester=city, wanted=MunicipalityFactory())
        event = _coming_meeting(city, f"Meeting {index}")
        FollowUpAction.objects.create(
            event=event, description=f"Action {index}", due_on=timezone.localdate()
        )
        PracticeFactory(name=f"Practice {index}", themes=["housing"])
    ExchangeRequest.objects.create(
        requester=MunicipalityFactory(), invited=other, status=RequestStatus.INVITED
    )
    _coming_meeting(other, "Not ours")
    PracticeFactory(name="Our own", municipality=city, themes=["housing"])
    PracticeFactory(name="Off theme", themes=["education"])


def test_login_lands_on_my_city(client, member):
    member.set_password("a long enough passphrase")
    member.save()

    response = client.post(
        reverse("accounts:login"),
        {"username": member.username, "password": "a long enough passphrase"},
    )

    assert response["Location"] == reverse("matching:my_city")


@pytest.mark.parametrize("rows", [1, 3])
def test_my_city_lists_the_citys_own_work(client, member, municipality, rows):
    _city_world(municipality, rows)
    client.force_login(member)

    response = client.get(reverse("matching:my_city"))

    html = response.content.decode()
    assert response.status_code == 200
    for index in range(rows):
        for text in (f"Asker {index}", f"Meeting {index}", f"Action {index}", f"Practice {index}"):
            assert text in html
    for text in ("Not ours", "Our own", "Off theme"):
        assert text not in html


@pytest.mark.parametrize("rows", [1, 3])
def test_my_city_query_count_does_not_grow(
    client, member, municipality, rows, django_assert_num_queries
):
    _city_world(municipality, rows)
    client.force_login(member)

    with django_assert_num_queries(QUERIES):
        response = client.get(reverse("matching:my_city"))

    assert response.status_code == 200


def test_coordinator_sees_the_programmes_waiting_work(client, coordinator):
    ExchangeRequest.objects.create(requester=MunicipalityFactory(name="Lonely Town"))
    client.force_login(coordinator)

    html = client.get(reverse("matching:my_city")).content.decode()

    assert "1 open exchange request" in html
    assert "Lonely Town" in html


def test_unaffiliated_account_is_told_what_to_do(client):
    client.force_login(UserFactory())

    html = client.get(reverse("matching:my_city")).content.decode()

    assert "not linked to a municipality" in html


def test_my_city_names_the_day_of_each_coming_meeting(client, member, municipality):
    start = (timezone.now() + dt.timedelta(days=9)).replace(hour=9, minute=0)
    event = EventFactory(
        title="Welcome desks", starts_at=start, ends_at=start + dt.timedelta(hours=2)
    )
    EventParticipantFactory(event=event, municipality=municipality)
    client.force_login(member)

    html = client.get(reverse("matching:my_city")).content.decode()

    local = start.astimezone(ZoneInfo(municipality.timezone))
    day = format_date(local.date(), format="long", locale="en_GB")
    assert f"{day}, {local:%H:%M}–{local + dt.timedelta(hours=2):%H:%M}" in html
