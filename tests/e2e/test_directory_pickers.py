"""The directory's pickers in a real browser: part of a name typed, a suggestion chosen
with the keyboard, the form saved, the entry stored; no Content-Security-Policy report."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from citypeers.accounts.enums import Role
from citypeers.events.models import Event
from citypeers.network.models import OriginCommunity
from citypeers.practices.models import Practice
from tests.e2e import sessions
from tests.e2e.test_pages_axe import AXE_OPTIONS
from tests.factories import AffiliationFactory, CountryFactory, MunicipalityFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def signed_in_page(browser, live_server, user):
    """A signed-in page that keeps the Content-Security-Policy reports of its console."""
    page = sessions.signed_in_page(browser, live_server, user, timezone_id="Europe/Rome")
    page.csp_reports = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and page.csp_reports.append(message.text)
        ),
    )
    return page


def test_officer_picks_a_country_of_origin_by_keyboard_and_it_is_stored(live_server, browser):
    CountryFactory(code="UA")
    CountryFactory(code="UG")
    CountryFactory(code="GB")
    city = MunicipalityFactory(name="Florence")
    officer = UserFactory(role=Role.USER)
    AffiliationFactory(user=officer, municipality=city)
    page = signed_in_page(browser, live_server, officer)
    page.goto(f"{live_server.url}/en/network/municipalities/{city.pk}/profile/")
    box = page.locator("#id_communities-0-country")

    box.focus()
    page.keyboard.type("u")
    listbox = page.get_by_role("listbox")
    expect(listbox.get_by_role("option")).to_have_count(3)  # Uganda, Ukraine, United Kingdom
    expect(box).to_have_attribute("aria-expanded", "true")
    page.keyboard.type("kr")
    expect(listbox.get_by_role("option")).to_have_count(1)
    page.keyboard.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", "id_communities-0-country-option-0")
    page.keyboard.press("Enter")
    expect(box).to_have_value("Ukraine")
    expect(box).to_have_attribute("aria-expanded", "false")
    page.locator("#id_communities-0-count").fill("9000")
    page.get_by_role("button", name="Save").click()

    expect(page.locator("h1")).to_have_text("Florence")
    assert list(OriginCommunity.objects.values_list("country_id", "count")) == [("UA", 9000)]
    assert page.csp_reports == []


def test_escape_closes_the_suggestions_and_a_typed_name_still_saves(live_server, browser):
    CountryFactory(code="UA")
    city = MunicipalityFactory(name="Florence")
    officer = UserFactory(role=Role.USER)
    AffiliationFactory(user=officer, municipality=city)
    page = signed_in_page(browser, live_server, officer)
    page.goto(f"{live_server.url}/en/network/municipalities/{city.pk}/profile/")
    box = page.locator("#id_communities-0-country")

    box.focus()
    page.keyboard.type("Ucraina")
    expect(page.get_by_role("listbox").get_by_role("option")).to_have_count(1)
    page.keyboard.press("Escape")
    expect(page.get_by_role("listbox")).to_be_hidden()
    page.get_by_role("button", name="Save").click()

    expect(page.locator("h1")).to_have_text("Florence")
    assert list(OriginCommunity.objects.values_list("country_id", flat=True)) == ["UA"]


def test_coordinator_picks_event_cities_as_chips_removes_one_and_saves(live_server, browser):
    florence = MunicipalityFactory(name="Florence", alternate_names=["Firenze"])
    cluj = MunicipalityFactory(name="Cluj-Napoca")
    MunicipalityFactory(name="Clusone", population=8_000)
    coordinator = UserFactory(role=Role.COORDINATOR)
    page = signed_in_page(browser, live_server, coordinator)
    page.goto(f"{live_server.url}/en/events/new/")
    box = page.locator("#id_municipalities")

    box.focus()
    page.keyboard.type("firen")
    expect(page.locator("#id_municipalities-listbox [role=option]")).to_have_count(1)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.keyboard.type("clu")
    expect(page.locator("#id_municipalities-listbox [role=option]")).to_have_count(2)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.keyboard.type("clu")
    expect(page.locator("#id_municipalities-listbox [role=option]")).to_have_count(2)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    chips = page.locator(".directory-chip")
    expect(chips).to_have_text(["Florence (IT)×", "Cluj-Napoca (IT)×", "Clusone (IT)×"])
    expect(box).to_have_value("")
    page.get_by_role("button", name="Remove Clusone (IT)").press("Enter")
    expect(chips).to_have_count(2)
    expect(box).to_be_focused()
    page.fill("#id_date", "2030-12-03")
    page.fill("#id_start_time", "10:00")
    page.fill("#id_end_time", "12:00")
    page.get_by_role("button", name="Save").click()

    expect(page.locator(".messages")).to_contain_text("The event was created.")
    event = Event.objects.get()
    parties = list(event.participants.values_list("municipality", flat=True))
    assert parties == [florence.pk, cluj.pk]
    assert page.csp_reports == []


def test_practice_is_filed_under_a_city_typed_in_another_language(live_server, browser):
    florence = MunicipalityFactory(name="Florence", alternate_names=["Firenze"])
    MunicipalityFactory(name="Cluj-Napoca")
    page = signed_in_page(browser, live_server, UserFactory(role=Role.COORDINATOR))
    page.goto(f"{live_server.url}/en/practices/new/")
    page.fill("#id_name", "Casa delle Culture")
    box = page.locator("#id_municipality")

    box.focus()
    page.keyboard.type("firenz")
    expect(page.locator("#id_municipality-listbox [role=option]")).to_have_count(1)
    found = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(box).to_have_value("Florence (IT)")
    page.get_by_role("button", name="Save").click()

    expect(page.locator(".messages")).to_contain_text("The practice was saved.")
    assert Practice.objects.get().municipality == florence
    assert [v["id"] for v in found if v["impact"] in ("serious", "critical")] == []
    assert page.csp_reports == []
