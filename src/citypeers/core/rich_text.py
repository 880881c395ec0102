"""Rich text as we store it: sanitised with nh3, and plain text typed into a text box
given its paragraphs (a blank line starts a paragraph, a line end is a line break)."""

import html
import re

import nh3

# Text that already has one of these was written as HTML: its layout is the author's.
_BLOCK_TAG = re.compile(r"<(?:p|ul|ol|li|blockquote|h[1-6]|table|div|pre|dl)\b", re.IGNORECASE)
_TAG = re.compile(r"(<[^>]*>)")  # nh3 escapes "<" and ">" inside attribute values
# A line end, or a blank line (a paragraph break) with the spaces around it.
_LINE_END = re.compile(r"[ \t]*\n(?P<blank>(?:[ \t]*\n)+)?[ \t]*")


def clean_rich_text(html: str | None, **nh3_options) -> str:
    """``html`` with only harmless markup kept (``nh3_options`` narrow it further); plain
    text gets <p> for each blank-line-separated paragraph and <br> for each line end.

    The paragraphs are built from the sanitised text and sanitised again, so nothing
    typed (tags, entities) can escape the allowed markup.
    """
    clean = nh3.clean(html or "", **nh3_options).strip()
    laid_out = _paragraphs(clean)
    return nh3.clean(laid_out, **nh3_options).strip() if laid_out != clean else clean


def _paragraphs(text: str) -> str:
    """Sanitised ``text`` of several lines laid out in paragraphs, when it has no block
    markup of its own; line ends inside tags (attribute values) are left alone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text or _BLOCK_TAG.search(text):
        return text
    pieces = []
    for piece in _TAG.split(text):
        if not piece.startswith("<"):
            piece = _LINE_END.sub(_break, piece)
        pieces.append(piece)
    return "<p>" + "".join(pieces) + "</p>"


def _break(line_end: re.Match) -> str:
    return "</p>\n<p>" if line_end["blank"] else "<br>\n"


def plain_text(html_text: str | None) -> str:
    """The text of sanitised rich text, tags removed (for search and embeddings)."""
    if not html_text:
        return ""
    return " ".join(html.unescape(nh3.clean(html_text, tags=set())).split())
