"""What the upload says about a file it cannot read: one true reason, nothing stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from citypeers.archive.models import ImportedReport
from citypeers.archive.services import import_report_text
from tests.archive.office_files import docx_file, pdf_file

pytestmark = pytest.mark.django_db

VISIT = "On 9 October 2019 the municipality of Graz (Austria) welcomed a delegation from Porto."


def _upload(client, name: str, data: bytes):
    return client.post(reverse("archive:upload"), {"file": SimpleUploadedFile(name, data)})


def test_empty_file_is_called_empty_not_missing(coordinator_client):
    page = _upload(coordinator_client, "minutes.txt", b"")

    errors = page.context["form"].errors
    assert page.status_code == 400
    assert errors["file"] == ["The submitted file is empty."]
    assert "__all__" not in errors
    assert not ImportedReport.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("minutes.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200, "Word 97-2003"),
        ("minutes.rtf", b"{\\rtf1\\ansi Graz welcomed Porto.}", "RTF"),
    ],
)
def test_an_office_file_not_read_is_refused_with_what_to_do(coordinator_client, name, data, kind):
    page = _upload(coordinator_client, name, data)

    errors = page.context["form"].non_field_errors()
    assert page.status_code == 400
    assert len(errors) == 1
    assert kind in errors[0] and ".txt" in errors[0] and ".html" in errors[0]
    assert not ImportedReport.objects.exists()


def test_an_office_file_is_refused_in_the_language_of_the_page(coordinator_client):
    page = coordinator_client.post(
        "/it/archive/upload/", {"file": SimpleUploadedFile("verbale.rtf", b"{\\rtf1 Graz}")}
    )

    assert "pagina web" in page.context["form"].non_field_errors()[0]


def test_a_damaged_pdf_is_refused_naming_it_in_the_language_of_the_page(coordinator_client):
    page = coordinator_client.post(
        "/it/archive/upload/",
        {"file": SimpleUploadedFile("verbale.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog>>")},
    )

    assert page.status_code == 400
    assert (
        "verbale.pdf: il file PDF non si può leggere" in page.context["form"].non_field_errors()[0]
    )
    assert not ImportedReport.objects.exists()


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("graz.pdf", pdf_file("Visit of Porto", VISIT)),
        ("graz.docx", docx_file("Visit of Porto", VISIT)),
    ],
)
def test_a_pdf_or_word_report_goes_to_the_review_with_its_text(coordinator_client, name, data):
    page = _upload(coordinator_client, name, data)

    assert page.status_code == 200
    assert VISIT in page.content.decode()
    assert not ImportedReport.objects.exists()  # stored only when the review is saved


def test_uploading_a_report_of_a_name_already_imported_says_saving_replaces_it(
    coordinator_client,
):
    earlier = import_report_text(text=VISIT, source_name="graz.txt").report

    page = _upload(coordinator_client, "graz.txt", (VISIT + " They met again.").encode())

    html = page.content.decode()
    assert page.status_code == 200
    assert [report.pk for report in page.context["earlier_imports"]] == [earlier.pk]
    assert "was already imported: saving replaces it" in html
    assert reverse("archive:report", kwargs={"pk": earlier.pk}) in html


def test_uploading_the_same_text_under_another_name_warns_of_a_second_event(coordinator_client):
    import_report_text(text=VISIT, source_name="graz.txt")

    page = _upload(coordinator_client, "graz-copy.md", VISIT.encode())

    assert "The same text was already imported as “graz.txt”" in page.content.decode()


def test_uploading_a_new_report_warns_of_nothing(coordinator_client):
    import_report_text(text=VISIT, source_name="graz.txt")

    page = _upload(coordinator_client, "linz.txt", VISIT.replace("Graz", "Linz").encode())

    assert page.context["earlier_imports"] == []
