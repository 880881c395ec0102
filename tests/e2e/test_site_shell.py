import re

import pytest
from playwright.sync_api import expect

from tests.factories import MunicipalityFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_visitor_switches_the_site_to_italian(live_server, page):
    page.goto(f"{live_server.url}/en/")

    page.select_option("#language-select", "it")

    expect(page).to_have_url(re.compile(r"/it/$"))
    expect(page.locator("h1")).to_have_text("Città europee che imparano le une dalle altre")
    expect(page.locator("html")).to_have_attribute("lang", "it")


def test_skip_link_is_the_first_stop_for_keyboard_users(live_server, page):
    page.goto(f"{live_server.url}/en/")

    page.keyboard.press("Tab")

    focused = page.locator(":focus")
    expect(focused).to_have_text("Skip to content")
    expect(focused).to_be_visible()


def test_visitor_finds_a_municipality_by_the_start_of_its_name(live_server, page):
    MunicipalityFactory(name="Zagreb", alternate_names=["Zagabria"], population=700_000)
    MunicipalityFactory(name="Split", population=160_000)

    page.goto(f"{live_server.url}/en/network/")
    page.fill("#q", "zagab")
    page.click("form.filters button[type=submit]")

    expect(page.locator("main table tbody tr")).to_have_count(1)
    page.click("text=Zagreb")
    expect(page.locator("h1")).to_have_text("Zagreb")
