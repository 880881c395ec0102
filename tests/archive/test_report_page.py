"""The page of a saved report says where its event is, or why it has none yet."""

import pytest
from django.urls import reverse

from citypeers.archive.services import import_report_text

pytestmark = pytest.mark.django_db

NO_YEAR = "Study visit\n\nOn 9 October the municipality of Graz (Austria) welcomed a delegation from Porto."
FULL_DATE = "On 9 October 2019 the municipality of Graz (Austria) welcomed a delegation from Porto."


def test_a_report_without_a_year_says_why_it_has_no_event(coordinator_client):
    report = import_report_text(text=NO_YEAR, source_name="graz.txt").report

    page = coordinator_client.get(reverse("archive:report", kwargs={"pk": report.pk}))

    assert report.event_id is None
    assert page.context["missing_event"] is True
    assert "No event yet" in page.content.decode()


def test_a_report_with_its_event_links_it_and_gives_no_reason(coordinator_client):
    report = import_report_text(text=FULL_DATE, source_name="graz.txt").report

    page = coordinator_client.get(reverse("archive:report", kwargs={"pk": report.pk}))

    assert report.event_id is not None
    assert "No event yet" not in page.content.decode()
    assert report.event.get_absolute_url() in page.content.decode()


def test_the_review_of_an_upload_gives_no_reason_yet(coordinator_client):
    page = coordinator_client.post(
        reverse("archive:upload"), {"text": NO_YEAR, "source_name": "graz.txt"}
    )

    assert page.status_code == 200
    assert "No event yet" not in page.content.decode()
