"""Cue words in the programme's languages, matched on text folded without moving it.

Reports come in English, Italian, Spanish, German, Polish, Greek, Romanian and Maltese.
Cue patterns are written once, in lower case and without accents ("επισκεψη", "wizyta",
"vizita"), and matched on `plain(text)`: the text lower-cased and stripped of accents
character by character, so every position in it is the same position in the original.
"""

import functools
import unicodedata

from . import patterns as rx

# Letters that do not decompose into a base letter and a mark.
_EXTRA = {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h"}


@functools.cache
def _table() -> dict[int, str]:
    """One character to one character: lower case, accents dropped (Latin, Greek, Cyrillic)."""
    table: dict[int, str] = {}
    for code in range(0x41, 0x0530):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base != char:
            table[code] = base
    table.update({ord(k): v for k, v in _EXTRA.items()})
    table[ord("’")] = "'"
    table[ord("ʼ")] = "'"
    return table


@functools.lru_cache(maxsize=8)
def plain(text: str) -> str:
    """`text` lower-cased and without accents, of the same length ("Ιουνίου" -> "ιουνιου").

    Cached for the last few texts: the date, time, kind, status and series readers all
    fold the same report.
    """
    return fold(text)


def fold(text: str) -> str:
    """`plain(text)` without the cache, for short phrases that would crowd the texts out."""
    return text.translate(_table())


def compile_cues(pattern: str) -> rx.Pattern:
    """A cue pattern for `plain` text (written in lower case, without accents)."""
    return rx.compile(pattern)


# "following the Forum", "it follows the first training", "the next study visit": the words
# before a cue name another meeting than the report's.
_OTHER_MEETING = compile_cues(
    r"\b(?:following|follows|followed|after|before|next|previous|upcoming|last year's|"
    r"prossim\w*|precedent\w*|"
    r"successiv\w*|dopo|siguiente|anterior|proxim\w*|tras|nach|vor|nachst\w*|kommend\w*|"
    r"nastepn\w*|poprzedn\w*|po|przed|επομεν\w*|προηγουμεν\w*|μετα|urmato\w*|dupa|"
    r"li jmiss)\W+(?:(?:the|il|la|lo|l'|el|los|las|der|die|das|dem|den|"
    r"του|της|το|τη|την|o|a)\W+)?(?:[\w'-]+\W+){0,3}$"
)


def names_another_meeting(folded: str, start: int) -> bool:
    """Whether the words right before `start` in `folded` text point to another meeting."""
    return bool(_OTHER_MEETING.search(folded, max(0, start - 60), start))
