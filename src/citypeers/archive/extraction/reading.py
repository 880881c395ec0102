"""Reading report files: size and binary checks, encodings, HTML, PDF and Word to text."""

import io
import logging
import pathlib
import zipfile

import regex
from bs4 import BeautifulSoup

from . import patterns as rx
from .text import normalise_text

MAX_REPORT_BYTES = 2 * 1024 * 1024
# A PDF longer than this is no meeting report; a Word file unpacking beyond the other is a
# zip bomb, refused before it is unpacked.
MAX_PDF_PAGES = 200
MAX_UNPACKED_BYTES = 20 * MAX_REPORT_BYTES

_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "dd",
    "dt",
    "hr",
    "main",
    "aside",
)
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "form", "iframe", "head")
_HTML_SNIFF = rx.compile(
    r"^\s*(?:<!doctype html|<html|<\?xml)|<(?:body|p|div|h[1-6]|br)\b", regex.I
)


class ReportError(ValueError):
    """A report that cannot be read; the message names the file and the problem.

    `code` and `params` let a user interface say the same in the user's language.
    """

    def __init__(self, message: str, *, code: str = "unreadable", **params):
        super().__init__(message)
        self.code = code
        self.params = params


def decode_report(data: bytes, *, name: str = "report") -> str:
    """Turn a report file's bytes into clean text, or raise ReportError saying why not."""
    if not data or not data.strip():
        raise ReportError(f"{name}: the file is empty", code="empty", name=name)
    if len(data) > MAX_REPORT_BYTES:
        size_mb = len(data) / (1024 * 1024)
        limit_mb = MAX_REPORT_BYTES // (1024 * 1024)
        raise ReportError(
            f"{name}: the file is too large ({size_mb:.1f} MB; at most {limit_mb} MB)",
            code="too_large",
            name=name,
            limit_bytes=MAX_REPORT_BYTES,
        )
    text = _document_text(data, name)
    if text is None:
        if _looks_binary(data):
            raise ReportError(
                f"{name}: the file is not text (binary content)", code="binary", name=name
            )
        text = _decode(data)
        if _HTML_SNIFF.search(text[:4000]) or name.lower().endswith((".html", ".htm")):
            text = html_to_text(text)
    text = normalise_text(text)
    if not text:
        raise ReportError(f"{name}: the file has no text", code="empty", name=name)
    return text


def read_report(path: str | pathlib.Path) -> str:
    """Read one report file (plain text or a saved web page) and return its text."""
    path = pathlib.Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_REPORT_BYTES:
            decode_report(b"x" * (MAX_REPORT_BYTES + 1), name=path.name)
        data = path.read_bytes()
    except OSError as err:
        raise ReportError(
            f"{path.name}: cannot read the file ({err.strerror})", code="unreadable", name=path.name
        ) from err
    return decode_report(data, name=path.name)


# What office files begin with; a PDF or Word file is read, the others are named in the
# error (read as text, some would be their own code, stored as the report).
_PDF = b"%PDF-"
_ZIP = b"PK\x03\x04"
_OTHER_DOCUMENTS = ((b"\xd0\xcf\x11\xe0", "Word 97-2003"), (b"{\\rtf", "RTF"))


def _document_text(data: bytes, name: str) -> str | None:
    """The text of a PDF or Word (.docx) file, None for any other file; ReportError for an
    office file that cannot be read, naming its format."""
    head = data.lstrip()[:8]
    if head.startswith(_PDF):
        return _pdf_text(data, name)
    if head.startswith(_ZIP):
        return _docx_text(data, name)
    for start, kind in _OTHER_DOCUMENTS:
        if head.startswith(start):
            raise _format_error(name, kind)
    return None


def _format_error(name: str, kind: str) -> ReportError:
    return ReportError(
        f"{name}: {kind} files cannot be read; save the report as text (.txt) or as a web "
        "page (.html)",
        code="format",
        name=name,
        format=kind,
    )


def _damaged(name: str, kind: str) -> ReportError:
    return ReportError(
        f"{name}: the {kind} file cannot be read (damaged or protected)",
        code="damaged",
        name=name,
        format=kind,
    )


def _pdf_text(data: bytes, name: str) -> str:
    """The text of each page, pages apart as paragraphs."""
    import pypdf  # only for a PDF: most reports are text

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged file is reported once
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise _damaged(name, "PDF")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise ReportError(
                f"{name}: the PDF has more than {MAX_PDF_PAGES} pages",
                code="too_many_pages",
                name=name,
                pages=MAX_PDF_PAGES,
            )
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except ReportError:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on a damaged file
        raise _damaged(name, "PDF") from error


def _docx_text(data: bytes, name: str) -> str:
    """The paragraphs of the body, then each row of its tables, one paragraph each."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: info for info in archive.infolist()}
    except zipfile.BadZipFile as error:
        raise _damaged(name, "Word") from error
    if "word/document.xml" not in members:
        kind = "OpenDocument" if "content.xml" in members else "ZIP"
        raise _format_error(name, kind)
    if sum(info.file_size for info in members.values()) > MAX_UNPACKED_BYTES:
        raise ReportError(
            f"{name}: the file is too large once unpacked",
            code="too_large",
            name=name,
            limit_bytes=MAX_UNPACKED_BYTES,
        )
    import docx  # only for a Word file

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text for p in document.paragraphs]
        for table in document.tables:
            paragraphs.extend(_row_text(row.cells) for row in table.rows)
    except Exception as error:  # noqa: BLE001 - python-docx raises many kinds on a damaged file
        raise _damaged(name, "Word") from error
    return "\n\n".join(p for p in paragraphs if p.strip())


def _row_text(cells) -> str:
    """A table row as one line, its cells apart; a merged cell is said once."""
    texts: list[str] = []
    for cell in cells:
        text = " ".join(cell.text.split())
        if text and (not texts or texts[-1] != text):
            texts.append(text)
    return "; ".join(texts)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 / Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def html_to_text(html: str) -> str:
    """Reduce a saved web page to its readable text, one block per line."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for node in soup.find_all(string=True):
        node.replace_with(rx.sub(r"\s+", " ", str(node)))
    for tag in soup.find_all(("td", "th")):
        tag.insert_after(" ")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    body = soup.body or soup
    text = body.get_text("")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out)
