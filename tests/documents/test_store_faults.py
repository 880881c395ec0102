"""A document store that refuses the file (read-only, full, gone): a clear page, nothing kept."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from citypeers.documents.models import Document
from tests.documents import specimens
from tests.documents.test_upload import attach_url, fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def broken_media_root(settings, tmp_path):
    """A media folder that cannot be created, for root too: its parent is a file."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    settings.MEDIA_ROOT = blocker / "media"
    return blocker


def test_upload_to_a_store_that_refuses_the_file_answers_503_and_keeps_nothing(
    client, member, event, broken_media_root
):
    client.force_login(member)

    response = client.post(
        attach_url(event), {**fields(), "file": SimpleUploadedFile("a.pdf", specimens.pdf())}
    )

    assert response.status_code == 503
    assert response.context["form"].non_field_errors() == [
        "The file could not be stored: the document store is not accepting files at the "
        "moment. Nothing was saved; please try again later."
    ]
    assert "The file could not be stored" in response.content.decode()
    assert Document.objects.count() == 0
    assert broken_media_root.read_text() == "not a folder"
