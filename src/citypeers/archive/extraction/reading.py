"""Reading report files: size and binary checks, encodings, HTML to text."""

import pathlib

import regex
from bs4 import BeautifulSoup

from . import patterns as rx
from .text import normalise_text

MAX_REPORT_BYTES = 2 * 1024 * 1024

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
