"""The network graph and the maps drawn in a real browser, from the site's own files."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.factories import EventFactory, EventParticipantFactory, MunicipalityFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def exchanges():
    bari = MunicipalityFactory(name="Bari", country__code="IT", latitude=41.1, longitude=16.9)
    krakow = MunicipalityFactory(name="Kraków", country__code="PL", latitude=50.1, longitude=19.9)
    for day in (1, 2):
        event = EventFactory(
            status="concluded", starts_at=dt.datetime(2023, 3, day, 9, tzinfo=dt.UTC)
        )
        EventParticipantFactory(event=event, municipality=bari)
        EventParticipantFactory(event=event, municipality=krakow, position=1)
    return bari, krakow


def watch(page) -> list[str]:
    """Script errors, CSP refusals, resources not found and failed requests of the page
    (the browser's icon included)."""
    problems = []

    def console(message):
        if message.type == "error":
            problems.append(message.text)

    def response(answer):
        if answer.status >= 400:
            problems.append(f"{answer.status} {answer.url}")

    page.on("console", console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda request: problems.append(request.url))
    page.on("response", response)
    return problems


def test_insights_page_draws_the_graph_and_the_map_with_no_error(live_server, page, exchanges):
    problems = watch(page)

    page.goto(f"{live_server.url}/en/insights/")

    expect(page.locator("#network-graph[data-drawn=true] canvas").first).to_be_visible()
    expect(page.locator("#network-map[data-drawn=true] canvas").first).to_be_visible()
    page.get_by_text("Meetings between municipalities as a table").click()
    expect(page.locator("#network-graph-table tbody td")).to_have_text(
        ["Bari (IT)", "Kraków (PL)", "2"]
    )
    assert problems == []


def test_municipality_page_draws_its_small_map_with_no_error(live_server, page, exchanges):
    bari, _krakow = exchanges
    problems = watch(page)

    page.goto(f"{live_server.url}{bari.get_absolute_url()}")

    expect(page.locator("#municipality-map[data-drawn=true] canvas").first).to_be_visible()
    assert problems == []
