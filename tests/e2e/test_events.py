import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.e2e.sessions import signed_in_page
from tests.factories import EventFactory, EventParticipantFactory, MunicipalityFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def florence_cluj_exchange():
    event = EventFactory(
        starts_at=dt.datetime(2020, 12, 3, 9, tzinfo=dt.UTC),
        ends_at=dt.datetime(2020, 12, 3, 11, tzinfo=dt.UTC),
        status="concluded",
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
    return event


def test_event_page_shows_both_local_times_and_the_viewers_own(
    live_server, browser, florence_cluj_exchange
):
    context = browser.new_context(locale="en-US", timezone_id="America/New_York")
    page = context.new_page()

    page.goto(f"{live_server.url}/en/events/{florence_cluj_exchange.pk}/")

    expect(page.locator(".event-times")).to_have_text("10:00–12:00 (CET) / 11:00–13:00 (EET)")
    expect(page.locator(".local-times li[data-zone='Europe/Rome']")).to_contain_text(
        "Florence: 10:00–12:00 (CET)"
    )
    expect(page.locator(".local-times li[data-zone='Europe/Bucharest']")).to_contain_text(
        "Cluj-Napoca: 11:00–13:00 (EET)"
    )
    viewer = page.locator(".viewer-time")
    expect(viewer).to_be_visible()
    expect(viewer).to_have_text(
        "In your time zone (America/New York): 3 December 2020, 04:00–06:00 (EST)"
    )
    context.close()


def test_event_page_hides_the_viewer_line_for_a_partys_zone(
    live_server, page, florence_cluj_exchange
):
    page.goto(f"{live_server.url}/it/events/{florence_cluj_exchange.pk}/")

    expect(page.locator(".event-times")).to_have_text("10:00–12:00 (CET) / 11:00–13:00 (EET)")
    expect(page.locator(".viewer-time")).to_be_hidden()
    expect(page.locator(".status-concluded")).to_have_text("Concluso")


def test_coordinator_sees_the_time_in_every_partys_zone_while_typing(
    live_server, browser, coordinator
):
    MunicipalityFactory(name="Florence", timezone="Europe/Rome")
    MunicipalityFactory(name="Cluj-Napoca", timezone="Europe/Bucharest")
    page = signed_in_page(browser, live_server, coordinator, timezone_id="Europe/Rome")

    page.goto(f"{live_server.url}/en/events/new/")
    for typed in ("Flor", "Cluj"):  # each picked from the suggestions
        page.fill("#id_municipalities", typed)
        expect(page.locator("#id_municipalities-listbox [role=option]")).to_have_count(1)
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
    page.fill("[name=date]", "2030-12-03")
    page.fill("[name=start_time]", "10:00")
    page.fill("[name=end_time]", "12:00")
    page.select_option("[name=zone]", "Europe/Rome")

    live = page.locator(".live-times")
    expect(live).to_contain_text("Europe/Rome: Dec 3, 10:00–12:00")
    expect(live).to_contain_text("Europe/Bucharest: Dec 3, 11:00–13:00")
    page.context.close()
