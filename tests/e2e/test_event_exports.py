"""The event list's downloads, clicked in a real browser with the list filtered."""

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.factories import EventFactory, EventParticipantFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def two_kinds():
    for day, kind in [(1, "webinar"), (2, "peer_exchange")]:
        event = EventFactory(
            kind=kind, title=f"A {kind}", starts_at=dt.datetime(2024, 5, day, 9, tzinfo=dt.UTC)
        )
        EventParticipantFactory(event=event, municipality__name="Florence")


def test_filtered_list_downloads_as_csv_and_excel(live_server, page, two_kinds):
    page.goto(f"{live_server.url}/en/events/?kind=webinar")

    with page.expect_download() as csv_download:
        page.get_by_role("link", name="CSV").click()
    with page.expect_download() as xlsx_download:
        page.get_by_role("link", name="Excel").click()

    text = Path(csv_download.value.path()).read_text(encoding="utf-8-sig")
    assert "A webinar" in text and "A peer_exchange" not in text
    sheet = load_workbook(io.BytesIO(Path(xlsx_download.value.path()).read_bytes())).active
    assert [row[0] for row in sheet.iter_rows(values_only=True)] == ["Event", "A webinar"]
    assert xlsx_download.value.suggested_filename.endswith(".xlsx")
