"""A year the report does not state is shown as inferred beside the date, never as fact."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup

from citypeers.events import services
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


def _consultation(*, year_inferred: bool):
    milan = MunicipalityFactory(name="Milan", timezone="Europe/Rome")
    start = dt.datetime(2019, 10, 7, 22, tzinfo=dt.UTC)  # 8 October, midnight in Milan
    return services.create_event(
        kind="consultation",
        format="in_person",
        venue=milan,
        starts_at=start,
        ends_at=start + dt.timedelta(days=2),
        has_times=False,
        status="concluded",
        municipalities=[milan],
        year_inferred=year_inferred,
    )


def _text(node) -> str:
    return " ".join(node.get_text(" ", strip=True).split())


@pytest.mark.parametrize(("language", "mark"), [("en", "year inferred"), ("it", "anno dedotto")])
def test_the_event_page_marks_an_inferred_year_in_words(client, language, mark):
    event = _consultation(year_inferred=True)

    soup = BeautifulSoup(client.get(f"/{language}/events/{event.pk}/").content, "html.parser")

    when = soup.select_one("#when-heading").parent
    badge = when.select_one(".year-inferred")
    assert mark in _text(badge).lower()
    assert not badge.has_attr("title")  # the explanation is visible text, not a tooltip
    assert "2019" in _text(when)


def test_the_event_page_has_no_mark_for_a_stated_year(client):
    event = _consultation(year_inferred=False)

    soup = BeautifulSoup(client.get(f"/en/events/{event.pk}/").content, "html.parser")

    assert soup.select(".year-inferred") == []
    assert "inferred" not in _text(soup.select_one("main"))


def test_the_event_list_marks_an_inferred_year(client):
    inferred = _consultation(year_inferred=True)

    soup = BeautifulSoup(client.get("/en/events/?when=past").content, "html.parser")

    rows = [row for row in soup.select(".event-row") if f"/events/{inferred.pk}/" in str(row)]
    assert rows, "the event is listed"
    assert "year inferred" in _text(rows[0].select_one(".year-inferred")).lower()
