"""An event's local times never stand without their day: a list row has its date block,
the event page its day line, and a time that falls on another day says which."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from tests.factories import EventFactory, EventParticipantFactory, florence_consultation

pytestmark = pytest.mark.django_db


def _text(node) -> str:
    return " ".join(node.get_text(" ", strip=True).split())


def test_sessions_of_a_multi_day_event_name_their_day(client):
    event = florence_consultation(
        starts_at=dt.datetime(2030, 12, 3, 8, tzinfo=dt.UTC),
        ends_at=dt.datetime(2030, 12, 4, 16, tzinfo=dt.UTC),
        session=(
            "Second day panel",
            dt.datetime(2030, 12, 4, 9, tzinfo=dt.UTC),
            dt.datetime(2030, 12, 4, 11, tzinfo=dt.UTC),
        ),
    )

    soup = BeautifulSoup(client.get(f"/en/events/{event.pk}/").content, "html.parser")

    session = _text(soup.select_one("ol.sessions li"))
    assert "4 December 2030, 10:00–12:00 (CET)" in session


def test_sessions_of_a_one_day_event_leave_the_day_to_the_page(client):
    event = florence_consultation(
        starts_at=dt.datetime(2030, 12, 3, 8, tzinfo=dt.UTC),
        ends_at=dt.datetime(2030, 12, 3, 16, tzinfo=dt.UTC),
        session=(
            "Morning panel",
            dt.datetime(2030, 12, 3, 9, tzinfo=dt.UTC),
            dt.datetime(2030, 12, 3, 11, tzinfo=dt.UTC),
        ),
    )

    soup = BeautifulSoup(client.get(f"/en/events/{event.pk}/").content, "html.parser")

    assert "3 December 2030" in _text(soup.select_one("#when-heading").parent)
    session = _text(soup.select_one("ol.sessions li"))
    assert "10:00–12:00 (CET)" in session
    assert "2030" not in session


def test_local_times_name_the_day_when_one_party_passes_midnight(client):
    event = EventFactory(
        starts_at=dt.datetime(2030, 12, 3, 22, 30, tzinfo=dt.UTC),
        ends_at=dt.datetime(2030, 12, 3, 23, 30, tzinfo=dt.UTC),
    )
    EventParticipantFactory(
        event=event, municipality__name="Florence", municipality__timezone="Europe/Rome"
    )
    EventParticipantFactory(
        event=event,
        municipality__name="Lisbon",
        municipality__timezone="Europe/Lisbon",
        position=1,
    )

    soup = BeautifulSoup(client.get(f"/en/events/{event.pk}/").content, "html.parser")

    rows = {li["data-zone"]: _text(li) for li in soup.select(".local-times li")}
    assert rows == {
        "Europe/Rome": "Florence: 3 December 2030, 23:30 – 4 December 2030, 00:30 (CET)",
        "Europe/Lisbon": "Lisbon: 3 December 2030, 22:30–23:30 (WET)",
    }
