"""A short piece of a matched text with the query's words marked, escaped for a page."""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from citypeers.core.text import fold

WIDTH = 160
BEFORE = 50
_WORD = re.compile(r"\w+")


def snippet(text: str, query: str, *, width: int = WIDTH) -> SafeString:
    """Up to ``width`` characters of ``text`` around the first word the query's words
    begin (accents and case aside), each such word in ``<mark>``. Everything from the
    text is escaped: a title holding markup shows as typed, never as markup."""
    text = " ".join((text or "").split())
    wanted = _query_words(query)
    marked = [m.span() for m in _WORD.finditer(text) if _begins_with(m.group(), wanted)]
    start = _cut_before(text, marked[0][0] - BEFORE) if marked and marked[0][0] > BEFORE else 0
    end = _cut_after(text, start + width)
    pieces = ["…"] if start else []
    position = start
    for first, last in marked:
        if first < start or last > end:
            continue
        pieces += [escape(text[position:first]), "<mark>", escape(text[first:last]), "</mark>"]
        position = last
    pieces.append(escape(text[position:end]))
    if end < len(text):
        pieces.append("…")
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of text is escaped above)


def _query_words(query: str) -> list[str]:
    words = fold(query).split()
    longer = [word for word in words if len(word) > 1]
    return longer or words


def _begins_with(word: str, wanted: list[str]) -> bool:
    folded = fold(word).replace(" ", "")
    return any(folded.startswith(w) for w in wanted)


def _cut_before(text: str, at: int) -> int:
    """The start of the word at or after ``at``."""
    space = text.find(" ", at)
    return space + 1 if space != -1 else at


def _cut_after(text: str, at: int) -> int:
    """The end of the word before ``at`` (or the text's end)."""
    if at >= len(text):
        return len(text)
    space = text.rfind(" ", 0, at)
    return space if space > 0 else at
