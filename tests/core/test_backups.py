"""``citypeers backup`` and ``citypeers restore``: a round trip keeps every row and file.

The tests commit their data (transactional_db): the backup reads the database as
another client would (pg_dump runs in its own process).
"""

import hashlib
import io
import json
import shutil

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from citypeers.accounts.enums import Role
from citypeers.documents.models import Document
from tests.factories import (
    AffiliationFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PracticeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site_data():
    """A small network like the demo's: people, an event, a practice, a real uploaded file."""
    vienna = MunicipalityFactory(name="Vienna", timezone="Europe/Vienna")
    lyon = MunicipalityFactory(name="Lyon", timezone="Europe/Paris")
    member = UserFactory(role=Role.USER, username="officer")
    AffiliationFactory(user=member, municipality=vienna)
    UserFactory(role=Role.COORDINATOR, is_staff=True, username="coordinator")
    event = EventFactory(title="Vienna – Lyon exchange")
    EventParticipantFactory(event=event, municipality=vienna)
    EventParticipantFactory(event=event, municipality=lyon)
    PracticeFactory(name="Welcome desk", municipality=lyon)
    OrganisationFactory(name="Caritas Wien")
    DocumentFactory(item=event, title="Agenda", name="agenda.pdf")


def every_row() -> dict[str, list]:
    return {
        model._meta.label: list(model._base_manager.order_by("pk").values())
        for model in apps.get_models(include_auto_created=True)
    }


def every_file(media) -> dict[str, str]:
    return {
        str(path.relative_to(media)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(media.rglob("*"))
        if path.is_file()
    }


def test_backup_then_restore_on_a_fresh_install_brings_back_every_row_and_file(
    site_data, media_root, tmp_path
):
    rows, files = every_row(), every_file(media_root)
    snapshot = tmp_path / "snapshot"

    call_command("backup", str(snapshot), stdout=io.StringIO())
    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media_root)
    out = io.StringIO()
    call_command("restore", str(snapshot), stdout=out)

    assert every_row() == rows
    assert every_file(media_root) == files
    assert len(files) == 1
    assert Document.objects.get().file.read().startswith(b"%PDF")
    assert "restored: the database and 1 file(s)" in out.getvalue()


def test_manifest_lists_the_checksum_of_every_file(site_data, tmp_path):
    snapshot = tmp_path / "snapshot"

    call_command("backup", str(snapshot), stdout=io.StringIO())

    manifest = json.loads((snapshot / "manifest.json").read_text())
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((snapshot / name).read_bytes()).hexdigest() == digest
    assert manifest["database"] in manifest["files"]
    assert [n for n in manifest["files"] if n.startswith("media/")] == [
        f"media/{Document.objects.get().file.name}"
    ]


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        ("alter a file", "does not match its checksum"),
        ("remove a file", "is missing"),
        ("add a file", "media/extra.txt is not in the manifest"),
    ],
)
def test_restore_refuses_a_damaged_snapshot_and_changes_nothing(
    site_data, media_root, tmp_path, damage, problem
):
    snapshot = tmp_path / "snapshot"
    call_command("backup", str(snapshot), stdout=io.StringIO())
    stored = next((snapshot / "media").rglob("*.pdf"))
    if damage == "alter a file":
        stored.write_bytes(stored.read_bytes() + b"tampered")
    elif damage == "remove a file":
        stored.unlink()
    else:
        (snapshot / "media" / "extra.txt").write_text("x")
    call_command("flush", interactive=False, verbosity=0)
    rows, files = every_row(), every_file(media_root)

    with pytest.raises(CommandError, match="the snapshot is damaged, nothing was restored") as err:
        call_command("restore", str(snapshot), "--replace")

    assert problem in str(err.value)
    assert (every_row(), every_file(media_root)) == (rows, files)


def test_restore_over_a_site_with_data_needs_replace(site_data, tmp_path):
    snapshot = tmp_path / "snapshot"
    call_command("backup", str(snapshot), stdout=io.StringIO())
    rows = every_row()

    with pytest.raises(CommandError, match="this site already holds data"):
        call_command("restore", str(snapshot))

    assert every_row() == rows


def test_backup_into_a_folder_in_use_is_refused(db, tmp_path):
    (tmp_path / "old.txt").write_text("x")

    with pytest.raises(CommandError, match="is not empty: choose a new folder"):
        call_command("backup", str(tmp_path))

    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.txt"]


def test_restore_of_a_folder_without_manifest_says_so(db, tmp_path):
    with pytest.raises(CommandError, match="is not a citypeers snapshot"):
        call_command("restore", str(tmp_path))
