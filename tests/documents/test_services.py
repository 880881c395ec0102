"""The services keep the invariant: no row without its file, no file without its row."""

import datetime as dt
import os
import resource
import signal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import IntegrityError, transaction

from citypeers.documents.models import Document
from citypeers.documents.services import (
    DocumentStoreUnavailable,
    attach_document,
    delete_document,
    prune_stray_files,
    store_with_row,
)
from tests.documents import specimens
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def attach(item, upload, **changes):
    return attach_document(
        item=item,
        upload=upload,
        **{"title": "Minutes", "language": "en", "visibility": "members", "by": None, **changes},
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("../minutes.pdf", "name_path"),
        ("minutes\x00.pdf", "name_nul"),
        ("m" * 296 + ".pdf", "name_length"),
    ],
)
def test_attach_document_refuses_bad_names_from_any_entry_point(event, stored_files, name, code):
    upload = SimpleUploadedFile("placeholder.pdf", specimens.pdf())
    upload._name = name  # what a caller other than the browser form may hand over

    with pytest.raises(ValidationError) as caught:
        attach(event, upload)

    assert caught.value.code == code
    assert (Document.objects.count(), stored_files()) == (0, [])


def test_attach_document_removes_a_file_cut_off_half_way(event, stored_files):
    """The disk refuses to grow the file past 64 KB (a real EFBIG from the kernel)."""
    upload = SimpleUploadedFile("big.pdf", specimens.pdf(padding=300_000))
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))
    try:
        with pytest.raises(DocumentStoreUnavailable) as caught:
            attach(event, upload)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)

    assert caught.value.error.errno == 27  # EFBIG: File too large
    assert (Document.objects.count(), stored_files()) == (0, [])


def test_store_with_row_removes_the_file_when_the_row_cannot_be_written(stored_files):
    orphan = Document(
        title="Orphan", original_name="orphan.pdf", content_type="application/pdf", size=9
    )  # attached to nothing: refused by the database's "document_belongs_to_one_item"

    with pytest.raises(IntegrityError):
        store_with_row(orphan, SimpleUploadedFile("orphan.pdf", specimens.pdf()), extension="pdf")

    assert (Document.objects.count(), stored_files()) == (0, [])


def test_store_with_row_reports_a_duplicate_attached_meanwhile(event, stored_files):
    first = DocumentFactory(item=event, title="Agenda", content=specimens.pdf("Agenda"))
    racing = Document(
        event=event,
        title="Agenda again",
        original_name="agenda.pdf",
        content_type="application/pdf",
        size=first.size,
        sha256=first.sha256,
    )  # as if its duplicate check had run just before ``first`` was written

    with pytest.raises(ValidationError) as caught:
        store_with_row(
            racing, SimpleUploadedFile("agenda.pdf", specimens.pdf("Agenda")), extension="pdf"
        )

    assert caught.value.messages == ["This file is already attached here (as “Agenda”)."]
    assert stored_files() == [first.file.name]


def test_attach_document_inside_a_failed_transaction_leaves_a_file_for_pruning(
    event, media_root, stored_files
):
    with pytest.raises(RuntimeError), transaction.atomic():
        DocumentFactory(item=event)
        raise RuntimeError("the caller's larger unit of work failed")

    assert Document.objects.count() == 0
    [stray] = stored_files()  # the row is gone; the file waits for the pruning
    two_hours_ago = (dt.datetime.now() - dt.timedelta(hours=2)).timestamp()
    os.utime(media_root / stray, (two_hours_ago, two_hours_ago))
    assert prune_stray_files() == [stray]
    assert stored_files() == []


def test_attach_document_stores_under_a_random_name(event):
    first = attach(event, SimpleUploadedFile("same.pdf", specimens.pdf("one")))
    second = attach(event, SimpleUploadedFile("same.pdf", specimens.pdf("two")))

    assert first.file.name != second.file.name
    assert [d.original_name for d in (first, second)] == ["same.pdf", "same.pdf"]
    assert all(
        len(os.path.basename(d.file.name)) == len("0" * 32 + ".pdf") for d in (first, second)
    )


def test_delete_document_removes_the_file_once_committed(
    event, stored_files, django_capture_on_commit_callbacks
):
    document = DocumentFactory(item=event)

    with django_capture_on_commit_callbacks(execute=True):
        delete_document(document=document, by=None)
        assert stored_files() == [document.file.name]  # still there until the commit

    assert (Document.objects.count(), stored_files()) == (0, [])


def test_delete_document_rolled_back_keeps_row_and_file(event, stored_files):
    document = DocumentFactory(item=event)
    pk, name = document.pk, document.file.name

    with pytest.raises(RuntimeError), transaction.atomic():
        delete_document(document=document, by=None)
        raise RuntimeError("the surrounding work failed")

    assert (list(Document.objects.values_list("pk", "file")), stored_files()) == (
        [(pk, name)],
        [name],
    )


def test_prune_stray_files_removes_only_old_files_without_row(event, media_root, stored_files):
    kept = DocumentFactory(item=event)
    stray = media_root / "documents" / "ab" / "stray.pdf"
    fresh = media_root / "documents" / "cd" / "fresh.pdf"
    for path in (stray, fresh):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"%PDF-1.4")
    two_hours_ago = (dt.datetime.now() - dt.timedelta(hours=2)).timestamp()
    os.utime(stray, (two_hours_ago, two_hours_ago))

    removed = prune_stray_files()

    assert removed == ["documents/ab/stray.pdf"]
    assert stored_files() == sorted([kept.file.name, "documents/cd/fresh.pdf"])


def test_prune_documents_command_reports_what_it_removed(media_root, capsys):
    stray = media_root / "documents" / "ef" / "stray.txt"
    stray.parent.mkdir(parents=True)
    stray.write_text("left over")

    call_command("prune_documents", minutes=0)

    assert capsys.readouterr().out.splitlines() == [
        "removed documents/ef/stray.txt",
        "1 stray file(s) removed.",
    ]
    assert not stray.exists()
