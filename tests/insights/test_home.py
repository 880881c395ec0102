import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories import (
    EventFactory,
    EventParticipantFactory,
    PracticeFactory,
    ProgrammeFactory,
)

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
        PracticeFactory()

    with django_assert_max_num_queries(10):
        response = client.get("/en/")

    assert len(response.context["activity"]["recent"]) == events
    assert len(response.context["practices"]) == events


def test_home_shows_the_latest_published_practices_as_cards_with_city_and_themes(client):
    older = PracticeFactory(
        name="Casa delle Culture",
        name_en="House of Cultures",
        language="it",
        municipality__name="Bari",
        themes=["housing", "language"],
    )
    PracticeFactory(name="Draft idea", status="draft")
    newer = PracticeFactory(name="Welcome desk")

    response = client.get("/en/")

    assert response.context["practices"] == [newer, older]
    soup = BeautifulSoup(response.content, "html.parser")
    card = soup.select("section[aria-labelledby=practices-heading] .card")[1]
    assert card.select_one(".card-title").get_text(strip=True) == "Casa delle Culture"
    assert card.select_one(".card-title a")["lang"] == "it"
    assert card.select_one(".translated-name").get_text(strip=True) == "House of Cultures"
    assert "Bari" in card.select_one(".meta").get_text()
    assert [t.get_text() for t in card.select(".tag")] == ["Housing", "Language learning"]


def test_home_gives_each_coming_meeting_its_date_and_both_local_times(client):
    event = EventFactory(
        starts_at=timezone.now().replace(hour=9, minute=0) + dt.timedelta(days=20),
        ends_at=timezone.now().replace(hour=11, minute=0) + dt.timedelta(days=20),
    )
    EventParticipantFactory(
        event=event, municipality__name="Florence", municipality__timezone="Europe/Rome"
    )
    EventParticipantFactory(
        event=event,
        municipality__name="Cluj-Napoca",
        municipality__timezone="Europe/Bucharest",
        position=1,
    )

    soup = BeautifulSoup(client.get("/en/").content, "html.parser")

    row = soup.select_one("#upcoming-heading ~ .event-list .event-row")
    day = event.starts_at.astimezone(ZoneInfo("Europe/Rome")).date()
    assert row.select_one("time.date-block")["datetime"] == day.isoformat()
    assert row.select_one(".cities").get_text(strip=True) == "Florence – Cluj-Napoca"
    zones = [li.get_text(strip=True).split(":")[0] for li in row.select(".local-times li")]
    assert zones == ["Florence", "Cluj-Napoca"]


@pytest.mark.parametrize(
    ("language", "programmes", "expected"),
    [
        ("it", 1, "1 programma"),
        ("it", 2, "2 programmi"),
        ("pl", 1, "1 program"),
        ("pl", 2, "2 programy"),
        ("pl", 5, "5 programów"),
        ("mt", 1, "1 programm"),
        ("mt", 2, "2 programmi"),
        ("ro", 1, "1 program"),
        ("en", 1, "1 programme"),
    ],
)
def test_home_counts_programmes_in_the_language_plural(client, language, programmes, expected):
    ProgrammeFactory.create_batch(programmes)

    html = client.get(f"/{language}/").content
    stats = BeautifulSoup(html, "html.parser").select("ul.stats li")

    assert expected in [" ".join(li.get_text(" ", strip=True).split()) for li in stats]
