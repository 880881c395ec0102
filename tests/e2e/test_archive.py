import datetime as dt

import pytest
from playwright.sync_api import expect

from citypeers.archive.models import ImportedReport
from citypeers.archive.services import import_report_text, resolve_municipality
from citypeers.events import services as event_services
from tests.e2e.sessions import signed_in_page
from tests.factories import OrganisationFactory, ProgrammeFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

REPORT = (
    "Online meeting\n\nThe 5th online peer-to-peer exchange took place on 12 May 2022 between "
    "the municipalities of Lyon (France) and Porto (Portugal), moderated by IOM.\n\n"
    "From Lyon: Ms Claire Martin, Head of the Welcome Service (DSU)."
)


def _upload_for_review(page, live_server, tmp_path) -> None:
    """Upload REPORT as a file and ask for its fields: the page shows the review."""
    report = tmp_path / "lyon-porto.txt"
    report.write_text(REPORT, encoding="utf-8")
    page.goto(f"{live_server.url}/en/archive/upload/")
    page.set_input_files("input[name=file]", str(report))
    page.get_by_role("button", name="Extract the fields").click()


def _programme_series():
    """IOM's programme with its exchange series: the 4th in April, the 5th in June."""
    iom = OrganisationFactory(
        name="International Organization for Migration", short_name="IOM", kind="other"
    )
    programme = ProgrammeFactory(name="Cities Together", coordinator=iom)
    series = event_services.ensure_series(
        name_en="online peer-to-peer exchange", kind="peer_exchange", programme=programme
    )
    graz = resolve_municipality(name="Graz", country="AT")
    for number, day in ((4, dt.date(2022, 4, 5)), (5, dt.date(2022, 6, 7))):
        start = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)
        event_services.create_event(
            kind="peer_exchange",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
            series=series,
            ordinal=number,
            municipalities=[graz],
        )
    return series


def test_coordinator_uploads_corrects_saves_and_sees_the_event_in_its_series(
    live_server, browser, coordinator, tmp_path
):
    series = _programme_series()
    page = signed_in_page(browser, live_server, coordinator)
    _upload_for_review(page, live_server, tmp_path)
    expect(page.locator(".report-text")).to_contain_text("From Lyon: Ms Claire Martin")
    expect(page.locator("input[name=municipalities-1-name]")).to_have_value("Porto")
    expect(page.locator("select[name=municipalities-1-country]")).to_have_value("PT")
    expect(page.locator("input[name=people-0-unit]")).to_have_value("Welcome Service (DSU)")
    expect(page.locator(".field.low-confidence[data-field=themes]")).to_be_visible()
    page.locator("input[name=municipalities-1-name]").fill("Braga")
    page.get_by_role("button", name="Confirm and save").click()
    expect(page.locator(".messages")).to_contain_text("was saved")
    page.get_by_role("link", name="5th online peer-to-peer exchange: Lyon – Braga").click()

    expect(page.locator("h1")).to_contain_text("Lyon – Braga")
    expect(page.get_by_text("Series: online peer-to-peer exchange (#5)")).to_be_visible()
    expect(page.locator(".report")).to_contain_text("From Lyon: Ms Claire Martin")
    page.context.close()
    saved = ImportedReport.objects.get()
    assert [m["name"] for m in saved.record["municipalities"]] == ["Lyon", "Braga"]
    assert list(series.events.order_by("starts_at").values_list("ordinal", flat=True)) == [4, 5, 6]


def test_a_municipality_or_organisation_picked_in_a_row_fills_its_country_or_kind(
    live_server, browser, coordinator, tmp_path
):
    resolve_municipality(name="Bologna", country="IT")
    OrganisationFactory(name="Harbour Welcome Academy", kind="academia")
    page = signed_in_page(browser, live_server, coordinator)
    _upload_for_review(page, live_server, tmp_path)

    town = page.locator("input[name=municipalities-2-name]")
    expect(town).to_have_attribute("role", "combobox")  # the picker's script has run
    town.press_sequentially("Bolog")
    expect(page.locator(".directory-listbox:visible li").first).to_contain_text("Bologna")
    town.press("ArrowDown")
    town.press("Enter")
    expect(town).to_have_value("Bologna")
    expect(page.locator("select[name=municipalities-2-country]")).to_have_value("IT")

    body = page.locator("fieldset[data-field=organizations] tbody tr:last-child input[type=text]")
    expect(body).to_have_attribute("role", "combobox")
    body.press_sequentially("Harbour Wel")
    expect(page.locator(".directory-listbox:visible li").first).to_contain_text(
        "Harbour Welcome Academy"
    )
    body.press("ArrowDown")
    body.press("Enter")
    expect(body).to_have_value("Harbour Welcome Academy")
    row_kind = page.locator("fieldset[data-field=organizations] tbody tr:last-child select")
    expect(row_kind).to_have_value("academia")

    page.get_by_role("button", name="Confirm and save").click()
    expect(page.locator(".messages")).to_contain_text("was saved")
    page.context.close()
    record = ImportedReport.objects.get().record
    assert {"name": "Bologna", "country": "IT"} in record["municipalities"]
    assert {"name": "Harbour Welcome Academy", "kind": "academia"} in record["organizations"]


LONG_NAME = "Lefteris Papadopoulos"


@pytest.mark.parametrize("width", [1280, 375])
def test_review_rows_show_a_full_name_and_whole_words(live_server, browser, coordinator, width):
    page = signed_in_page(
        browser, live_server, coordinator, viewport={"width": width, "height": 900}
    )
    page.goto(f"{live_server.url}/en/archive/upload/")
    page.locator("textarea[name=text]").fill(REPORT)
    page.get_by_role("button", name="Extract the fields").click()
    name = page.locator("input[name=people-0-name]")
    name.fill(LONG_NAME)

    # a phone shows the rows one column wide: the name box is that column's width
    fits = width < 800 or name.evaluate("box => box.scrollWidth <= box.clientWidth")
    broken = page.evaluate(
        """() => [...document.querySelectorAll('fieldset.rows th, fieldset.rows td label')]
            .filter((el) => el.offsetParent !== null && el.textContent.trim())
            .filter((el) => !el.textContent.trim().includes(' '))
            .filter((el) => el.getBoundingClientRect().height
                > 1.5 * parseFloat(getComputedStyle(el).lineHeight))
            .map((el) => el.textContent.trim())"""
    )
    page_width = page.evaluate("() => document.documentElement.scrollWidth")
    assert (fits, broken, page_width <= width) == (True, [], True), page_width
    page.context.close()


LONG_FILE_NAME = "en_partner_cities_working_group_meeting_on_reception_services_lyon_porto.txt"

# Per cell of the first report: its width, and how many lines its text takes.
REPORT_CELLS = """() => [...document.querySelector("tbody tr").cells].map((cell) => {
  const text = document.createRange();
  text.selectNodeContents(cell);
  const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
  return {
    width: cell.getBoundingClientRect().width,
    lines: text.getBoundingClientRect().height / lineHeight,
    display: getComputedStyle(cell).display,
  };
})"""


@pytest.mark.parametrize("width", [375, 1280])
def test_the_list_of_reports_fits_a_phone_and_keeps_its_table_on_a_desktop(
    live_server, browser, coordinator, width
):
    import_report_text(text=REPORT, source_name=LONG_FILE_NAME)
    page = signed_in_page(
        browser, live_server, coordinator, viewport={"width": width, "height": 900}
    )
    page.goto(f"{live_server.url}/en/archive/")

    page_width = page.evaluate("() => document.documentElement.scrollWidth")
    file_cell, _date, _towns, _people, status, _event = page.evaluate(REPORT_CELLS)
    shown = page.locator("tbody td").first.inner_text()
    page.context.close()
    assert page_width <= width
    assert shown.replace("\n", "") == LONG_FILE_NAME
    assert status["lines"] < 2, status  # a word whole on a line, not "R/e/v/i/e/w/e/d"
    if width < 800:
        # one card a report: the file name's cell within the window yet not squeezed
        assert width / 2 < file_cell["width"] <= width, file_cell
    else:
        assert [file_cell["display"], status["display"]] == ["table-cell", "table-cell"]
