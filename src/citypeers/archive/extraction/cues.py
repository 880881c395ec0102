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
    return plain_uncached(text)


def plain_uncached(text: str) -> str:
    """`plain(text)` without the cache, for short phrases that would crowd the texts out."""
    if text.isascii():
        return text.lower()  # the table lowers A-Z and leaves the other ASCII characters be
    if len(text) < _TRANSLATED_UP_TO:
        return text.translate(_table())
    # `translate` looks every character up in the table (six times slower on a report):
    # the ASCII ones are lowered at once, as bytes (`bytes.lower` changes A-Z only), the
    # others translated run by run
    lowered = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    return _NON_ASCII.sub(_translate_run, lowered)


_NON_ASCII = rx.compile(r"[^\x00-\x7F]+")
# Below this length a phrase is translated at once, as fast.
_TRANSLATED_UP_TO = 32


def _translate_run(run) -> str:
    return run.group().translate(_table())


def compile_cues(pattern: str) -> rx.Pattern:
    """A cue pattern for `plain` text (written in lower case, without accents)."""
    return rx.compile(pattern)


class CueTable:
    """The pattern `\b(?:(?P<name>cues)|...)` + `after` on `plain` text, named cues in order.

    Such a pattern tries every cue at every word start, hundreds of alternatives; `finditer`
    instead tries at each word start only the cues that can open with its first two
    letters, in a pattern per letter pair that keeps every group (a group with no cue for the
    letters never matches). A cue that fails on the letter fails in the whole pattern too, so the first
    cue that matches, its span and its group are the same; without a plain first letter for
    every cue (`patterns.first_chars`), the whole pattern is scanned.
    """

    def __init__(self, cues: dict[str, str], after: str = ""):
        def pattern(branches: dict[str, list[str]]) -> str:
            groups = (f"(?P<{n}>{'|'.join(b) or '(?!)'})" for n, b in branches.items())
            return rf"\b(?:{'|'.join(groups)}){after}"

        split = {name: rx.alternatives(cue) for name, cue in cues.items()}
        self.pattern = compile_cues(pattern(split))
        firsts = [rx.first_chars(b) for branches in split.values() for b in branches]
        letters = set().union(*(f for f in firsts if f is not None))
        # by a word's first letter, then its second: the patterns of the cues that can open
        # with them (a cue whose first two letters are not plain to read is in every
        # pattern of its first letter, and alone in that of a second letter no cue names)
        self._by_letter: dict[str, tuple[dict[str, rx.Pattern | None], rx.Pattern | None]] | None
        self._by_letter = None
        if all(firsts) and all(_WORD_CHAR.match(letter) for letter in letters):
            opening = {
                name: [(b, rx.first_chars(b), rx.first_pairs(b)) for b in branches]
                for name, branches in split.items()
            }

            def narrow(letter: str, second: str | None) -> rx.Pattern | None:
                chosen = {
                    name: [
                        b
                        for b, chars, pairs in branches
                        if letter in chars
                        and (pairs is None or (second is not None and letter + second in pairs))
                    ]
                    for name, branches in opening.items()
                }
                if not any(chosen.values()):
                    return None
                return compile_cues(pattern(chosen))

            self._by_letter = {}
            for letter in letters:
                seconds = {
                    pair[1]
                    for branches in opening.values()
                    for _b, _chars, pairs in branches
                    for pair in pairs or ()
                    if pair[0] == letter
                }
                self._by_letter[letter] = (
                    {second: narrow(letter, second) for second in sorted(seconds)},
                    narrow(letter, None),
                )

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """The matches of the whole pattern in `text[pos:endpos]`, left to right."""
        if self._by_letter is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        rx.check_deadline()  # the tries below together read as one scan of the whole pattern
        by_letter, taken = self._by_letter, pos
        if pos == 0 and endpos is None:
            # the whole text (the common call): only the words opening with a cue's letter
            starts = _word_starts(text)
            words = sorted(s for letter in by_letter for s in starts.get(letter, ()))
        else:
            words = (w.start() for w in _WORD_START.compiled.finditer(text, pos, endpos))
        for start in words:
            if start < taken:
                continue
            tables = by_letter.get(text[start])
            if tables is None:
                continue
            by_second, others = tables
            narrow = by_second.get(text[start + 1 : start + 2], others)
            if narrow is not None and (m := narrow.compiled.match(text, start, endpos)):
                taken = m.end()
                yield m


@functools.lru_cache(maxsize=8)
def _word_starts(text: str) -> dict[str, list[int]]:
    """Where each word of `text` starts, by its first character: one scan for every table."""
    starts: dict[str, list[int]] = {}
    for word in _WORD_START.compiled.finditer(text):
        starts.setdefault(word.group(), []).append(word.start())
    return starts


_WORD_CHAR = rx.compile(r"\w")
_WORD_START = rx.compile(r"\b\w")


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
