"""Small text helpers shared by the extraction modules: folding and sentences."""

import functools

from citypeers.core.text import fold as core_fold

from . import patterns as rx

# Title-case word in any Latin alphabet (Łódź, Ǵorče, O'Neill, Cluj-Napoca).
CAP_WORD = r"\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"
WORD = r"[\p{L}\p{M}'’]+(?:-[\p{L}\p{M}'’]+)*"


@functools.lru_cache(maxsize=200_000)
def fold(text: str | None) -> str:
    """The project's one folding (`citypeers.core.text.fold`), cached for the extractor.

    The network directory keys municipality names with the same function, so a name the
    extractor finds and a name the directory stores fold alike ("Ærø" -> "aero").
    """
    return core_fold(text)


_SENTENCE_END = rx.compile(
    r"(?<!\b(?:Mr|Ms|Mrs|Dr|Prof|St|Sig|Dott|Avv|Ing|No|n|nr|vs|e\.g|i\.e|ca|approx))"
    r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]*[\p{Lu}\d*])|\n\s*\n|\n(?=\s*[\p{Lu}\d*])"
)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Split text into (offset, sentence) pairs; line breaks also end a sentence."""
    out: list[tuple[int, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        chunk = text[start : match.start()]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((start + lead, chunk.strip()))
        start = match.end()
    chunk = text[start:]
    if chunk.strip():
        lead = len(chunk) - len(chunk.lstrip())
        out.append((start + lead, chunk.strip()))
    return out


def normalise_text(text: str) -> str:
    """Unify line ends, non-breaking spaces and zero-width characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = (
        text.replace("\u00a0", " ")
        .replace("\u200b", "")
        .replace("\ufeff", "")
        .replace("\u2009", " ")
    )
    text = rx.sub(r"[ \t]+", " ", text)
    return text.strip()


_ITALIAN_WORDS = frozenset(
    "il lo la gli le di del della dei degli delle che per con è sono un una nel nella tra".split()
)
_ENGLISH_WORDS = frozenset("the of and to in with for was were is are by from between on".split())


def looks_italian(text: str) -> bool:
    """Whether a report is written in Italian rather than English (function-word count)."""
    words = rx.findall(r"\p{L}+", text[:5000].lower())
    italian = sum(1 for w in words if w in _ITALIAN_WORDS)
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return italian > english
