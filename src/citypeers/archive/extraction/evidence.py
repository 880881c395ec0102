"""The sentences an unsure field was read from, so a reviewer checks it against the text.

Only low-confidence fields get evidence, and only where the extractor read something:
a field it found nowhere has no sentence to show.
"""

from . import dates
from . import patterns as rx

_END = rx.compile(r"[.!?](?=\s)|\n")
MAX_SENTENCES = 3
MAX_LENGTH = 400


def sentence_at(text: str, position: int) -> str:
    """The sentence (or line) of ``text`` that holds ``position``, trimmed to a readable size."""
    start = 0
    for m in _END.finditer(text, max(0, position - MAX_LENGTH), position):
        start = m.end()
    after = _END.search(text, position)
    end = after.end() if after else len(text)
    return " ".join(text[start:end].split())[:MAX_LENGTH]


def _sentences(text: str, positions) -> list[str]:
    out: list[str] = []
    for position in sorted(positions):
        sentence = sentence_at(text, position)
        if sentence and sentence not in out:
            out.append(sentence)
        if len(out) == MAX_SENTENCES:
            break
    return out


def evidence_for(
    low: list[str], *, text: str, record: dict, mentions, people
) -> dict[str, list[str]]:
    """{field: sentences} for the low-confidence fields that have a source in the text.

    ``mentions`` are the municipalities' mentions (with ``start``), ``people`` the people
    found (with ``start``, ``role`` and ``organization``).
    """
    found: dict[str, list[str]] = {}
    if "municipalities" in low:
        found["municipalities"] = _sentences(text, [m.start for m in mentions])
    if "people" in low:
        unsure = [
            p.start for p in people if p.role is None or (p.role_body or p.organization) is None
        ]
        found["people"] = _sentences(text, unsure)
    if "start_date" in low and record.get("start_date"):
        spans, _invalid = dates.find_dates(text)
        found["start_date"] = _sentences(
            text, [s.position for s in spans if s.start == record["start_date"]][:1]
        )
    return {name: sentences for name, sentences in found.items() if sentences}
