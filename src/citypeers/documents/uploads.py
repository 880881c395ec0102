"""What a file must be to be attached: its name, its size and its type, checked together.

The type is decided by the extension AND by the content (``filetype`` sniffs the first
bytes), so an executable renamed ``.pdf`` is refused. Pure functions over file objects:
no database, no storage, so every entry point (form, API, CLI) shares them.
"""

import codecs
import hashlib
import unicodedata
import zipfile
from dataclasses import dataclass

import filetype
from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from citypeers.core.formatting import file_size_text

MAX_NAME_LENGTH = 255
HEAD_BYTES = 8192
HASH_CHUNK_BYTES = 1024 * 1024

OLE = "application/x-ole-storage"  # the container of Office 97-2003 files
ZIP = "application/zip"  # the container of Office Open XML and OpenDocument files
TEXT = "text/plain"


@dataclass(frozen=True)
class Format:
    label: str
    content_type: str
    sniffed_as: frozenset[str]
    zip_marker: str = ""  # a member (prefix) the archive must hold, for zipped formats


def _format(label, content_type, *also, zip_marker=""):
    return Format(label, content_type, frozenset({content_type, *also}), zip_marker)


_PDF = _format(gettext_lazy("PDF document"), "application/pdf")
_DOC = _format(gettext_lazy("Word document"), "application/msword", OLE)
_XLS = _format(gettext_lazy("Excel spreadsheet"), "application/vnd.ms-excel", OLE)
_PPT = _format(gettext_lazy("PowerPoint presentation"), "application/vnd.ms-powerpoint", OLE)
_OOXML = "application/vnd.openxmlformats-officedocument."
_ODF = "application/vnd.oasis.opendocument."
_JPEG = _format(gettext_lazy("JPEG image"), "image/jpeg")
_TIFF = _format(gettext_lazy("TIFF image"), "image/tiff")
_TXT = _format(gettext_lazy("text file"), TEXT)

FORMATS: dict[str, Format] = {
    "pdf": _PDF,
    "doc": _DOC,
    "xls": _XLS,
    "ppt": _PPT,
    "docx": _format(
        gettext_lazy("Word document"),
        _OOXML + "wordprocessingml.document",
        ZIP,
        zip_marker="word/",
    ),
    "xlsx": _format(
        gettext_lazy("Excel spreadsheet"), _OOXML + "spreadsheetml.sheet", ZIP, zip_marker="xl/"
    ),
    "pptx": _format(
        gettext_lazy("PowerPoint presentation"),
        _OOXML + "presentationml.presentation",
        ZIP,
        zip_marker="ppt/",
    ),
    "odt": _format(gettext_lazy("OpenDocument text"), _ODF + "text", ZIP, zip_marker="mimetype"),
    "ods": _format(
        gettext_lazy("OpenDocument spreadsheet"), _ODF + "spreadsheet", ZIP, zip_marker="mimetype"
    ),
    "odp": _format(
        gettext_lazy("OpenDocument presentation"),
        _ODF + "presentation",
        ZIP,
        zip_marker="mimetype",
    ),
    "rtf": _format(gettext_lazy("RTF document"), "application/rtf"),
    "jpg": _JPEG,
    "jpeg": _JPEG,
    "png": _format(gettext_lazy("PNG image"), "image/png"),
    "gif": _format(gettext_lazy("GIF image"), "image/gif"),
    "webp": _format(gettext_lazy("WebP image"), "image/webp"),
    "tif": _TIFF,
    "tiff": _TIFF,
    "txt": _TXT,
    "csv": _format(gettext_lazy("CSV table"), "text/csv", TEXT),
}


@dataclass(frozen=True)
class CheckedUpload:
    """A file that passed every check, with what the document row records about it."""

    name: str
    extension: str
    content_type: str
    size: int
    sha256: str


def allowed_extensions() -> str:
    return ", ".join(f".{extension}" for extension in FORMATS)


def clean_file_name(name: str) -> str:
    """The name to show and send back, or ValidationError saying what is wrong with it.

    Refuses what can only be a mistake or an attack (NUL bytes, folders, over-long
    names); normalises the rest (Unicode NFC, control characters, blank runs).
    """
    if "\x00" in name:
        raise ValidationError(_("The file name contains a NUL byte."), code="name_nul")
    if "/" in name or "\\" in name or name.strip() in {".", ".."}:
        raise ValidationError(
            _("The file name must be a plain name, without folders such as “../”."),
            code="name_path",
        )
    name = unicodedata.normalize("NFC", name)
    name = "".join(" " if unicodedata.category(char) == "Cc" else char for char in name)
    name = " ".join(name.split()).lstrip(".")
    if not name:
        raise ValidationError(_("The file has no name."), code="name_empty")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            _("The file name is %(length)d characters long; the limit is %(limit)d.")
            % {"length": len(name), "limit": MAX_NAME_LENGTH},
            code="name_length",
        )
    return name


def sniff_content_type(head: bytes) -> str | None:
    """The type the first bytes reveal (``filetype``), text if they read as text, else None."""
    kind = filetype.guess(head)
    if kind is not None:
        return kind.mime
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if head.startswith(b"PK\x03\x04"):
        return ZIP
    if _reads_as_text(head):
        return TEXT
    return None


def _reads_as_text(head: bytes) -> bool:
    """UTF-8 (a character cut at the end of the sample is fine) with no control bytes."""
    if not head or b"\x00" in head:
        return False
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return not any(unicodedata.category(char) == "Cc" and char not in "\t\n\r\f" for char in text)


def check_upload(upload: File, *, max_bytes: int) -> CheckedUpload:
    """Check an uploaded file completely, or raise ValidationError naming the problem.

    Reads the file twice in chunks (the first bytes to sniff, then all of it for the
    SHA-256): never whole into memory. Leaves the file positioned at its start.
    """
    name = clean_file_name(upload.name or "")
    size = upload.size
    if not size:
        raise ValidationError(_("The file is empty."), code="empty")
    if size > max_bytes:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": file_size_text(size), "limit": file_size_text(max_bytes)},
            code="too_large",
        )
    stem, dot, extension = name.rpartition(".")
    extension = extension.lower()
    if not dot or not stem or extension not in FORMATS:
        raise ValidationError(
            _("Files of this type are not accepted. Allowed types: %(allowed)s.")
            % {"allowed": allowed_extensions()},
            code="extension",
        )
    file_format = FORMATS[extension]
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    found = sniff_content_type(head)
    if found not in file_format.sniffed_as or not _zip_holds(upload, file_format):
        raise ValidationError(
            _("The content of the file is not a %(expected)s (it looks like %(found)s).")
            % {"expected": file_format.label, "found": found or _("unknown data")},
            code="content",
        )
    return CheckedUpload(
        name=name,
        extension=extension,
        content_type=file_format.content_type,
        size=size,
        sha256=sha256_of(upload),
    )


def _zip_holds(upload: File, file_format: Format) -> bool:
    """For zipped formats, the archive must hold the parts that make it that format."""
    if not file_format.zip_marker:
        return True
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
            if file_format.zip_marker == "mimetype":
                if "mimetype" not in names:
                    return False
                with archive.open("mimetype") as member:  # a bounded read: no zip bomb
                    declared = member.read(100).decode("ascii", "replace").strip()
                return declared == file_format.content_type
            return any(member.startswith(file_format.zip_marker) for member in names)
    except (zipfile.BadZipFile, OSError, KeyError):
        return False
    finally:
        upload.seek(0)


def sha256_of(upload: File) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks(HASH_CHUNK_BYTES):
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()
