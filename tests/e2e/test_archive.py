import pytest
from playwright.sync_api import expect

from citypeers.archive.models import ImportedReport

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

REPORT = (
    "Online meeting\n\nThe 5th online peer-to-peer exchange took place on 12 May 2022 between "
    "the municipalities of Lyon (France) and Porto (Portugal), moderated by IOM.\n\n"
    "From Lyon: Ms Claire Martin, Head of the Welcome Service."
)


def test_coordinator_uploads_reviews_corrects_and_saves_a_report(
    live_server, browser, client, coordinator, tmp_path
):
    client.force_login(coordinator)
    context = browser.new_context(locale="en-GB")
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    report = tmp_path / "lyon-porto.txt"
    report.write_text(REPORT, encoding="utf-8")

    page.goto(f"{live_server.url}/en/archive/upload/")
    page.set_input_files("input[name=file]", str(report))
    page.get_by_role("button", name="Extract the fields").click()

    expect(page.locator(".report-text")).to_contain_text("From Lyon: Ms Claire Martin")
    expect(page.locator("textarea[name=municipalities]")).to_have_value("Lyon | FR\nPorto | PT")
    expect(page.locator(".field.low-confidence[data-field=themes]")).to_be_visible()
    page.locator("input[name=sequence]").fill("6")
    page.get_by_role("button", name="Confirm and save").click()

    expect(page.locator(".messages")).to_contain_text("was saved")
    context.close()
    saved = ImportedReport.objects.get()
    assert (saved.source_name, saved.sequence, saved.status) == ("lyon-porto.txt", 6, "reviewed")
