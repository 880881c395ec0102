"""A browser sends every form field with CRLF line breaks (HTML's form submission rule):
the review stores the report's text as it was read, so one text keeps one checksum."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from citypeers.archive.enums import ImportAction
from citypeers.archive.models import ImportedReport
from citypeers.archive.services import import_report_text, report_checksum
from tests.archive.review_data import review_data

pytestmark = pytest.mark.django_db

VISIT = (
    "Study visit in Graz\n\nOn 9 October 2019 the municipality of Graz (Austria) welcomed "
    "a delegation from Porto.\n\nThey visited the welcome desk."
)


def _review_as_a_browser_sends_it(client):
    page = client.post(
        reverse("archive:upload"), {"file": SimpleUploadedFile("graz.txt", VISIT.encode())}
    )
    data = review_data(page)
    data["text"] = data["text"].replace("\n", "\r\n")
    data["shown_text"] = data["shown_text"].replace("\n", "\r\n")
    return client.post(reverse("archive:review"), data)


def test_a_reviewed_report_keeps_the_text_and_checksum_it_was_read_with(coordinator_client):
    response = _review_as_a_browser_sends_it(coordinator_client)

    report = ImportedReport.objects.get()
    assert response.status_code == 302
    assert report.text == VISIT
    assert report.sha256 == report_checksum(VISIT)


def test_importing_the_reviewed_file_again_changes_nothing(coordinator_client):
    _review_as_a_browser_sends_it(coordinator_client)

    outcome = import_report_text(text=VISIT, source_name="graz.txt")

    assert outcome.action == ImportAction.UNCHANGED
    assert ImportedReport.objects.get().status == "reviewed"
