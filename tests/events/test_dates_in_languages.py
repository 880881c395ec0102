"""An event page says its day in the site's one date style of the page language (CLDR long
date through babel), not Django's English "Dec. 3, 2030" or a per-template format."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from tests.factories import florence_consultation

pytestmark = pytest.mark.django_db


def _text(node) -> str:
    return " ".join(node.get_text(" ", strip=True).split())


@pytest.fixture
def event():
    return florence_consultation(
        starts_at=dt.datetime(2030, 12, 3, 8, tzinfo=dt.UTC),
        ends_at=dt.datetime(2030, 12, 4, 16, tzinfo=dt.UTC),
        session=(
            "Second day panel",
            dt.datetime(2030, 12, 4, 9, tzinfo=dt.UTC),
            dt.datetime(2030, 12, 4, 11, tzinfo=dt.UTC),
        ),
    )


@pytest.mark.parametrize(
    ("language", "day", "session"),
    [
        ("en", "3 December 2030", "4 December 2030, 10:00–12:00 (CET)"),
        ("it", "3 dicembre 2030", "4 dicembre 2030, 10:00–12:00 (CET)"),
        ("de", "3. Dezember 2030", "4. Dezember 2030, 10:00–12:00 (CET)"),
        ("pl", "3 grudnia 2030", "4 grudnia 2030, 10:00–12:00 (CET)"),
    ],
)
def test_event_page_names_its_day_in_the_page_language(client, event, language, day, session):
    soup = BeautifulSoup(client.get(f"/{language}/events/{event.pk}/").content, "html.parser")

    when = soup.select_one("#when-heading").parent
    assert _text(when.find("p")) == day
    assert session in _text(soup.select_one("ol.sessions li"))


@pytest.mark.parametrize(("language", "month"), [("it", "dic"), ("pl", "gru"), ("de", "Dez")])
def test_event_list_date_block_names_the_month_in_the_page_language(client, event, language, month):
    soup = BeautifulSoup(client.get(f"/{language}/events/?when=upcoming").content, "html.parser")

    block = soup.select_one("time.date-block")
    assert block["datetime"] == "2030-12-03"
    assert _text(block.select_one(".month")) == month
