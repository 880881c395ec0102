"""Writes of documents: attach, delete, record a download, prune stray files.

The invariant: no row without its file. A file is stored before its row is written and
removed again if the row cannot be written; a deleted row's file goes only once the
deletion is committed. A file whose row never committed (an outer transaction rolled
back, the process died) is found and removed by ``prune_stray_files``.
"""

import datetime as dt
import logging
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from citypeers.documents.enums import Visibility
from citypeers.documents.models import Document, DocumentDownload
from citypeers.documents.uploads import check_upload
from citypeers.events.models import Event
from citypeers.practices.models import Practice

logger = logging.getLogger(__name__)

STORAGE_FOLDER = "documents"


def _storage():
    return Document._meta.get_field("file").storage


class DocumentStoreUnavailable(Exception):
    """The file store refused to keep a file (read-only, full, missing): not the user's fault.

    Carries a message for the person uploading; nothing was saved, neither file nor row.
    """

    def __init__(self, error: OSError):
        super().__init__(
            _(
                "The file could not be stored: the document store is not accepting files "
                "at the moment. Nothing was saved; please try again later."
            )
        )
        self.error = error


def _random_name(extension: str) -> str:
    token = secrets.token_hex(16)
    return f"{STORAGE_FOLDER}/{token[:2]}/{token}.{extension}"


def attach_document(
    *,
    item: Event | Practice,
    upload: File,
    title: str,
    language: str,
    visibility: Visibility,
    by,
    description: str = "",
) -> Document:
    """Check ``upload``, store it under a random name and attach it to ``item``.

    Raises ValidationError naming the problem (size, type, name, duplicate); then
    nothing is left behind, neither a file nor a row.
    """
    checked = check_upload(upload, max_bytes=settings.DOCUMENT_MAX_UPLOAD_BYTES)
    document = Document(
        **Document.item_filter(item),
        title=title.strip(),
        language=language,
        description=description.strip(),
        visibility=visibility,
        original_name=checked.name,
        content_type=checked.content_type,
        size=checked.size,
        sha256=checked.sha256,
        uploaded_by=by,
    )
    document.full_clean(exclude=["file"], validate_constraints=False)
    _refuse_duplicate(document)
    store_with_row(document, upload, extension=checked.extension)
    return document


def store_with_row(document: Document, upload: File, *, extension: str) -> None:
    """Store ``upload`` under a random name, then write ``document``: both or neither.

    If the row cannot be written (a database error, the same file attached meanwhile by
    someone else), the stored file is removed before the error goes up.
    """
    storage = _storage()
    name = _random_name(extension)
    try:
        try:
            name = document.file.name = storage.save(name, upload, max_length=200)
        except OSError as error:
            logger.error("document store refused %s: %s", name, error)
            raise DocumentStoreUnavailable(error) from error
        with transaction.atomic():
            document.save()
    except IntegrityError:
        _remove_file(storage, name)
        if document.item is not None:
            _refuse_duplicate(document)  # the same file, attached meanwhile by someone else
        raise
    except BaseException:
        _remove_file(storage, name)  # also a file left half-written by a failed save
        raise


def _remove_file(storage, name: str) -> None:
    """Remove a file whose row was not written; a store that refuses even this is logged."""
    try:
        storage.delete(name)
    except OSError as error:
        logger.error("document store could not remove stray file %s: %s", name, error)


def _same_file_on_the_item(document: Document):
    return Document.objects.filter(**Document.item_filter(document.item), sha256=document.sha256)


def _refuse_duplicate(document: Document) -> None:
    if _same_file_on_the_item(document).exists():
        raise ValidationError(_duplicate_message(document), code="duplicate")


def _duplicate_message(document: Document) -> str:
    existing = _same_file_on_the_item(document).first()
    return _("This file is already attached here (as “%(title)s”).") % {
        "title": existing.title if existing else document.title
    }


@transaction.atomic
def delete_document(*, document: Document, by) -> None:
    """Remove the row (and its download log); the file follows once that is committed."""
    name = document.file.name
    storage = _storage()
    document.delete()
    logger.info("document %s (%s) deleted by %s", name, document.title, by)
    transaction.on_commit(lambda: storage.delete(name))


def record_download(*, document: Document, user) -> DocumentDownload | None:
    """Log a download by a signed-in user; visitors' downloads of public files are not logged."""
    if not user.is_authenticated:
        return None
    return DocumentDownload.objects.create(document=document, user=user)


def prune_stray_files(*, older_than: dt.timedelta = dt.timedelta(hours=1)) -> list[str]:
    """Delete stored files that no row points to; returns their names.

    Only files older than ``older_than`` go, so that an upload whose row is about to be
    written is left alone.
    """
    storage = _storage()
    known = set(Document.objects.values_list("file", flat=True))
    cutoff = timezone.now() - older_than
    removed = []
    for name in _stored_names(storage, STORAGE_FOLDER):
        if name in known:
            continue
        try:
            modified = storage.get_modified_time(name)
        except (OSError, NotImplementedError):
            continue
        if modified < cutoff:
            storage.delete(name)
            removed.append(name)
    return removed


def _stored_names(storage, folder: str):
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for file_name in files:
        yield f"{folder}/{file_name}"
    for sub in folders:
        yield from _stored_names(storage, f"{folder}/{sub}")
