import pytest
from django.urls import reverse
from django.utils import translation

from citypeers.archive.enums import ImportAction
from citypeers.archive.services import import_report_path

pytestmark = pytest.mark.django_db


def test_upload_page_in_italian(coordinator_client):
    page = coordinator_client.get(reverse("archive:upload").replace("/en/", "/it/"))

    assert "Importa il resoconto di un incontro" in page.content.decode()


def test_import_error_message_in_italian(tmp_path):
    path = tmp_path / "vuoto.txt"
    path.write_bytes(b"")

    with translation.override("it"):
        outcome = import_report_path(path=path)

    assert outcome.action == ImportAction.FAILED
    assert outcome.message == "vuoto.txt: il file è vuoto"
