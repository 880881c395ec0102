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
