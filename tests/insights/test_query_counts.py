"""The home page costs the same number of queries for one meeting as for three."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import EventFactory, EventParticipantFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


def meeting(name: str, *, starts_at: dt.datetime, status: str):
    event = EventFactory(starts_at=starts_at, status=status)
    EventParticipantFactory(event=event, municipality=MunicipalityFactory(name=f"{name} host"))
    EventParticipantFactory(
        event=event, municipality=MunicipalityFactory(name=f"{name} guest"), position=1
    )
    return event


@pytest.mark.parametrize("rows", [1, 3])
def test_home_query_count(client, rows, django_assert_num_queries):
    now = timezone.now()
    for index in range(rows):
        meeting(f"Next{index}", starts_at=now + dt.timedelta(days=1 + index), status="planned")
        meeting(f"Past{index}", starts_at=now - dt.timedelta(days=9 + index), status="concluded")

    # five figures of the network; upcoming and held meetings, each with parties and themes;
    # the latest practices
    with django_assert_num_queries(12):
        response = client.get(reverse("insights:home"))

    html = response.content.decode()
    assert re.findall(r"Peer exchange: (Next\d|Past\d) host", html) == [
        *(f"Next{index}" for index in range(rows)),
        *(f"Past{index}" for index in range(rows)),
    ]
