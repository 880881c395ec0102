import pytest
from playwright.sync_api import expect

from citypeers.practices.vectors import practice_vectors
from tests.practices.conftest import import_small_collection, make_directory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def practices():
    practice_vectors.cache_clear()
    make_directory()
    yield import_small_collection()
    practice_vectors.cache_clear()


def test_visitor_finds_practices_in_other_languages_and_opens_one(live_server, page, practices):
    page.goto(f"{live_server.url}/en/practices/")

    page.get_by_label("Search, in any language").fill("alloggio per rifugiati")
    page.locator("form.filters button[type=submit]").click()

    first = page.locator("ol.results > li").first
    expect(first).to_contain_text("Why: similar meaning")
    expect(page.locator("ol.results")).to_contain_text("Homes for Refugees")
    page.get_by_role("link", name="Homes for Refugees").first.click()
    expect(page.locator("h1")).to_have_text("Homes for Refugees")
    expect(page.locator("#related-heading + ul")).to_contain_text("Mieszkania dla uchodźców")
    expect(page.locator("dl.facts")).to_contain_text("Log in as a member")
