"""Journeys with the keyboard alone: focus is visible, and a form sent back with errors
puts the focus on its error summary, whose links lead to the fields."""

import pytest
from playwright.sync_api import expect

from tests.factories import PracticeFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_failed_log_in_focuses_the_error_summary_and_its_link_reaches_the_field(live_server, page):
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.locator("#id_username").focus()

    page.keyboard.type("nobody")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.locator("a")).to_have_text("Password: This field is required.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#id_password")).to_be_focused()
    expect(page.locator("#id_password")).to_have_attribute("aria-invalid", "true")


def test_visitor_reaches_a_practice_card_by_keyboard_with_visible_focus(live_server, page):
    PracticeFactory(name="Casa delle Culture", name_en="House of Cultures", language="it")
    page.goto(f"{live_server.url}/en/practices/")

    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Casa delle Culture":
            break
    card = page.locator(".card", has_text="House of Cultures")
    assert card.evaluate("card => getComputedStyle(card).outlineStyle") == "solid"
    page.keyboard.press("Enter")

    expect(page.locator("h1")).to_contain_text("Casa delle Culture")
