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


def normalise_text(text: str) -> str:
    """Unify line ends, non-breaking spaces and zero-width characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = (
        text.replace("\u00a0", " ")
        .replace("\u200b", "")
        .replace("\ufeff", "")
        .replace("\u2009", " ")
    )
    # a run of blanks becomes one space; a lone space stays as it is, so only longer runs
    # and tabs are replaced (most reports have few)
    text = rx.sub(r"[ \t]{2,}|\t", " ", text)
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
