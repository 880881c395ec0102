import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from citypeers.archive.models import ImportedReport
from citypeers.network.models import Person
from tests.archive.review_data import review_data

pytestmark = pytest.mark.django_db

REPORT = (
    "12 May 2022 10:00-12:00 (CET)\nOnline meeting\n\nThe 5th online peer-to-peer exchange took "
    "place on 12 May 2022 between the municipalities of Lyon (France) and Porto (Portugal). "
    "From Lyon: Ms Claire Martin, Head of the Welcome Service. <script>alert(1)</script>"
)


def _review_post(client, **changes):
    page = client.post(
        reverse("archive:upload"),
        {"file": SimpleUploadedFile("lyon.txt", REPORT.encode("utf-8"))},
    )
    return client.post(reverse("archive:review"), review_data(page, online="true", **changes))


def test_upload_shows_fields_beside_escaped_text(coordinator_client):
    page = coordinator_client.post(
        reverse("archive:upload"),
        {"file": SimpleUploadedFile("lyon.txt", REPORT.encode("utf-8"))},
    )

    html = page.content.decode()
    assert page.status_code == 200
    assert [row.initial for row in page.context["formsets"]["municipalities"].initial_forms] == [
        {"name": "Lyon", "country": "FR", "municipality": None},
        {"name": "Porto", "country": "PT", "municipality": None},
    ]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" not in html
    assert ImportedReport.objects.count() == 0


def test_upload_low_confidence_fields_highlighted(coordinator_client):
    page = coordinator_client.post(
        reverse("archive:upload"), {"text": "The municipality of Lyon met.", "source_name": "x.txt"}
    )

    html = page.content.decode()
    assert {"start_date", "themes", "online"} <= set(page.context["low_confidence"])
    assert 'class="field low-confidence" data-field="start_date"' in html


def test_review_confirm_saves_corrected_record(coordinator_client, coordinator):
    response = _review_post(coordinator_client, sequence="6", status="concluded")

    report = ImportedReport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("archive:report", kwargs={"pk": report.pk})
    assert (report.sequence, report.record["status"], report.status) == (6, "concluded", "reviewed")
    assert report.imported_by == coordinator
    assert Person.objects.filter(name="Claire Martin").count() == 1


def test_review_impossible_date_refused_nothing_saved(coordinator_client):
    response = _review_post(coordinator_client, start_date="2021-02-31")

    assert response.status_code == 400
    assert "does not exist" in response.content.decode()
    assert ImportedReport.objects.count() == 0


def test_upload_binary_file_refused_with_reason(coordinator_client):
    page = coordinator_client.post(
        reverse("archive:upload"), {"file": SimpleUploadedFile("x.pdf", b"%PDF\x00\x01\x02" * 20)}
    )

    assert page.status_code == 400
    assert "not text" in page.content.decode()
    assert ImportedReport.objects.count() == 0


def test_archive_pages_hidden_from_members(member_client):
    for url in (reverse("archive:upload"), reverse("archive:reports")):
        assert member_client.get(url).status_code == 404
    assert member_client.post(reverse("archive:review"), {}).status_code == 404


def test_archive_pages_send_visitors_to_login(visitor_client):
    response = visitor_client.get(reverse("archive:upload"))

    assert response.status_code == 302
    assert "/accounts/login" in response["Location"]


def test_review_requires_csrf_token(coordinator):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)

    response = client.post(reverse("archive:review"), {"text": REPORT, "source_name": "x.txt"})

    assert response.status_code == 403
    assert ImportedReport.objects.count() == 0


def test_upload_past_the_extraction_budget_answers_a_clear_400(coordinator_client, settings):
    settings.ARCHIVE_EXTRACTION_SECONDS = 0

    page = coordinator_client.post(
        reverse("archive:upload"),
        {"file": SimpleUploadedFile("lyon.txt", REPORT.encode("utf-8"))},
    )

    assert page.status_code == 400
    assert page.context["form"].non_field_errors() == [
        "lyon.txt: reading the report took longer than the limit of 0 s; "
        "split it into shorter reports"
    ]
    assert ImportedReport.objects.count() == 0


def test_review_past_the_extraction_budget_answers_a_clear_400(coordinator_client, settings):
    page = coordinator_client.post(
        reverse("archive:upload"),
        {"file": SimpleUploadedFile("lyon.txt", REPORT.encode("utf-8"))},
    )
    data = review_data(page, online="true")
    settings.ARCHIVE_EXTRACTION_SECONDS = 0

    response = coordinator_client.post(reverse("archive:review"), data)

    assert response.status_code == 400
    assert "took longer than the limit of 0 s" in response.content.decode()
    assert ImportedReport.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sequence", "18446744073709551616", "less than or equal to 10000"),
        ("start_date", "9999-12-31", "between 1900 and 2200"),
        ("end_date", "0001-01-01", "between 1900 and 2200"),
        ("people-0-name", "", "This field is required."),
        ("organizations-0-kind", "ngo", "Select a valid choice. ngo is not one of"),
        (
            "municipalities-0-name",
            "Atlantis",
            "the municipality “Atlantis” is not in the directory",
        ),
        ("municipalities-0-municipality", "999999", "no longer in the directory"),
    ],
)
def test_review_malformed_value_refused_with_reason(coordinator_client, field, value, message):
    response = _review_post(coordinator_client, **{field: value})

    assert response.status_code == 400
    assert message in response.content.decode()
    assert ImportedReport.objects.count() == 0
    assert Person.objects.count() == 0
