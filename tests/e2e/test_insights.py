"""A visitor opens the Insights page: the charts are drawn, each with its table, a table's
CSV downloads with the page's filters; without JavaScript the tables are all there."""

import csv
import io

import pytest
from playwright.sync_api import expect

from tests.insights.network import Network

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_visitor_sees_the_charts_and_downloads_a_table(live_server, page, tmp_path):
    Network()

    page.goto(f"{live_server.url}/en/insights/?theme=housing")

    section = page.locator("section#exchanges-per-month")
    expect(section.locator(".chart svg")).to_be_visible()
    table = section.locator("table")
    expect(table.locator("caption")).to_have_text("Exchanges held per month")
    expect(table.locator("tbody tr")).to_have_count(2)
    expect(page.locator("section#follow-ups")).to_have_count(0)  # the coordinators'
    with page.expect_download() as waiting:
        section.get_by_role("link", name="CSV").click()
    download = waiting.value
    saved = tmp_path / "saved.csv"
    download.save_as(saved)

    assert download.suggested_filename == "citypeers-exchanges-per-month-theme-housing.csv"
    rows = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert rows == [["Month", "Exchanges held"], ["2021-01", "1"], ["2021-02", "1"]]
    page.screenshot(path=str(tmp_path / "insights.png"), full_page=True)


def test_without_javascript_the_tables_carry_the_figures(live_server, browser):
    Network()
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()

    page.goto(f"{live_server.url}/en/insights/")

    expect(page.locator(".chart")).to_have_count(8)
    expect(page.locator(".chart:visible")).to_have_count(0)
    expect(page.locator("section#municipalities table tbody tr")).to_have_count(2)
    context.close()
