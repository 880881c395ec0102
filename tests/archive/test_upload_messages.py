"""What the upload says about a file it cannot read: one true reason, nothing stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from citypeers.archive.models import ImportedReport

pytestmark = pytest.mark.django_db


def _upload(client, name: str, data: bytes):
    return client.post(reverse("archive:upload"), {"file": SimpleUploadedFile(name, data)})


def test_empty_file_is_called_empty_not_missing(coordinator_client):
    page = _upload(coordinator_client, "minutes.txt", b"")

    errors = page.context["form"].errors
    assert page.status_code == 400
    assert errors["file"] == ["The submitted file is empty."]
    assert "__all__" not in errors
    assert not ImportedReport.objects.exists()


# A PDF written without compression holds no binary byte: read as text, it is its own code.
PLAIN_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n4 0 obj<</Length 52>>stream\n"
    b"BT (Graz and Porto met on 4 March 2021 in Graz.) Tj ET\nendstream endobj\n%%EOF\n"
)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("minutes.pdf", PLAIN_PDF, "PDF"),
        ("minutes.docx", b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 20, "Word"),
        ("minutes.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200, "Word"),
    ],
)
def test_a_document_file_is_refused_with_what_to_do(coordinator_client, name, data, kind):
    page = _upload(coordinator_client, name, data)

    errors = page.context["form"].non_field_errors()
    assert page.status_code == 400
    assert len(errors) == 1
    assert kind in errors[0] and ".txt" in errors[0] and ".html" in errors[0]
    assert not ImportedReport.objects.exists()


def test_a_document_file_is_refused_in_the_language_of_the_page(coordinator_client):
    page = coordinator_client.post(
        "/it/archive/upload/", {"file": SimpleUploadedFile("verbale.pdf", PLAIN_PDF)}
    )

    assert "pagina web" in page.context["form"].non_field_errors()[0]
