"""Every regex of the extractor, compiled once, linear, and stopped at the report's deadline.

A report is untrusted text: a pattern that backtracks on it could hold a web worker for
minutes. Each pattern here is written to run in time linear in its input (the limits tests
feed every one of them hostile text), a report is at most `reading.MAX_REPORT_BYTES` long,
and every call first checks the deadline of the extraction in progress (`deadline`), raising
`TimeoutError` past it: an extraction stops at most one linear pattern call after its budget,
with a clear error, never a hang.
"""

import contextlib
import contextvars
import functools
import time
from collections.abc import Iterator
from typing import NamedTuple

import ahocorasick
import regex

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "extraction_deadline", default=None
)


@contextlib.contextmanager
def deadline(seconds: float | None):
    """Bound every pattern call (and `check_deadline`) inside the block to `seconds` in all."""
    token = _DEADLINE.set(None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def remaining() -> float | None:
    """Seconds left before the deadline (0 when past it), or None without a deadline."""
    end = _DEADLINE.get()
    if end is None:
        return None
    left = end - time.monotonic()
    return left if left > 0.0 else 0.0


_get_deadline = _DEADLINE.get
_monotonic = time.monotonic


def check_deadline() -> None:
    """Raise TimeoutError when the extraction in progress has used up its budget."""
    end = _get_deadline()
    if end is not None and _monotonic() >= end:
        raise TimeoutError("the extraction ran out of time")


class Pattern:
    """A compiled `regex` pattern whose calls first check the extraction's deadline.

    The engine's own timeout is not used: it reads the process's CPU clock (a system call)
    twice per call, and parsing the keyword alone costs as much as a short call's match;
    over the few hundred calls of a report that was a sixth of the extraction. A linear
    pattern needs no guard inside one call, only between calls.
    """

    __slots__ = ("compiled", "_search", "_match", "_fullmatch", "_finditer", "_findall")

    def __init__(self, compiled: regex.Pattern):
        self.compiled = compiled
        self._search = compiled.search
        self._match = compiled.match
        self._fullmatch = compiled.fullmatch
        self._finditer = compiled.finditer
        self._findall = compiled.findall

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        return self.compiled.flags

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        end = _get_deadline()
        if end is not None and _monotonic() >= end:
            raise TimeoutError("the extraction ran out of time")
        return self._search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        end = _get_deadline()
        if end is not None and _monotonic() >= end:
            raise TimeoutError("the extraction ran out of time")
        return self._match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None):
        end = _get_deadline()
        if end is not None and _monotonic() >= end:
            raise TimeoutError("the extraction ran out of time")
        return self._fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        end = _get_deadline()
        if end is not None and _monotonic() >= end:
            raise TimeoutError("the extraction ran out of time")
        return self._finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list:
        end = _get_deadline()
        if end is not None and _monotonic() >= end:
            raise TimeoutError("the extraction ran out of time")
        return self._findall(string, pos, endpos)

    def sub(self, repl, string: str, count: int = 0) -> str:
        check_deadline()
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        check_deadline()
        return self.compiled.split(string, maxsplit)


class Prefiltered(Pattern):
    """A pattern whose every match contains one of `needs` (folded, see `fold`): a text
    without any of them is answered without the engine, as the engine would answer it.

    A text is read for them once, however many calls search it (a report's text is searched
    whole, or from a position, by mention after mention), and for the literals of every
    pattern at once (`_Read.literals`).
    """

    __slots__ = ("needs", "_need_set", "_number", "_seen", "_report_seen")

    def __init__(self, compiled: regex.Pattern, needs: tuple[str, ...], shared: bool = True):
        super().__init__(compiled)
        self.needs = needs
        self._need_set = frozenset(needs)
        if shared:
            self._number = len(_LITERALS)  # the automaton knows them once it counts past it
            _LITERALS.append(needs)
        else:  # a one-off pattern (`one_off`): always its own literals, the automaton stays
            self._number = _NEVER_IN_AUTOMATON
        self._seen: tuple[str | None, bool] = (None, True)
        self._report_seen: tuple[_Read | None, bool] = (None, True)

    def may_match(self, string: str) -> bool:
        """False when no match can be in `string` (or any part of it)."""
        seen = self._seen
        if seen[0] is string:
            return seen[1]
        report = _get_report()
        if report is not None:
            in_report = self._report_seen
            in_report = in_report[1] if in_report[0] is report else self._in_report(report)
            if report.string is string:  # the report itself: answered once per report
                return in_report
            if len(string) < _PREFILTER_FROM:
                # a short piece: not worth reading, but the report it is cut from is read once
                return in_report or string not in report.string
            if not in_report and string in report.string:
                # a longer piece (a sentence, a paragraph) of a report without the literals:
                # finding it in the report costs less than reading it for them
                self._seen = (string, False)
                return False
        elif len(string) < _PREFILTER_FROM:
            return True
        found = self._holds_a_need(_read(string))
        self._seen = (string, found)
        return found

    def _in_report(self, report: "_Read") -> bool:
        """Whether the report being read holds one of the literals."""
        seen = self._report_seen
        if seen[0] is report:
            return seen[1]
        found = self._holds_a_need(report)
        self._report_seen = (report, found)
        return found

    def _holds_a_need(self, read: "_Read") -> bool:
        literals = read.literals()
        if self._number < literals.patterns:
            return not self._need_set.isdisjoint(literals.found)
        # a pattern compiled since the automaton was built: its own literals, one by one
        return any(map(read.folded.__contains__, self.needs))

    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        end = _get_deadline()
        if end is not None and _monotonic() >= end:
            raise TimeoutError("the extraction ran out of time")
        if not self.may_match(string):
            return None
        return self._search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        end = _get_deadline()
        if end is not None and _monotonic() >= end:
            raise TimeoutError("the extraction ran out of time")
        if not self.may_match(string):
            return None
        return self._match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None):
        end = _get_deadline()
        if end is not None and _monotonic() >= end:
            raise TimeoutError("the extraction ran out of time")
        if not self.may_match(string):
            return None
        return self._fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        end = _get_deadline()
        if end is not None and _monotonic() >= end:
            raise TimeoutError("the extraction ran out of time")
        if not self.may_match(string):
            return iter(())
        return self._finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list:
        end = _get_deadline()
        if end is not None and _monotonic() >= end:
            raise TimeoutError("the extraction ran out of time")
        if not self.may_match(string):
            return []
        return self._findall(string, pos, endpos)

    def sub(self, repl, string: str, count: int = 0) -> str:
        check_deadline()
        if not self.may_match(string):
            return string
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        check_deadline()
        if not self.may_match(string):
            return [string]
        return self.compiled.split(string, maxsplit)


# Below this length the engine answers about as fast as the literals are looked for.
_PREFILTER_FROM = 150

# The literals of every prefiltered pattern, in the order the patterns were compiled, and
# one Aho-Corasick automaton over those of the first `patterns` of them: a text is read
# once for all the patterns' literals. Patterns compiled later look for their own until
# the automaton is built again, at the start of a report (`reading`) once they are many
# (`_rebuild_due`).
_LITERALS: list[tuple[str, ...]] = []
# The fewest late patterns that make the automaton be built again.
_REBUILD_FROM = 64
# The number of a pattern whose literals no automaton holds.
_NEVER_IN_AUTOMATON = 1 << 62


class _Automaton(NamedTuple):
    automaton: ahocorasick.Automaton | None
    patterns: int


_AUTOMATON = _Automaton(None, 0)


def _rebuild_due(built: int, compiled: int) -> bool:
    """Whether an automaton over the literals of the first `built` patterns is to be built
    again for `compiled` patterns: at first, then once the patterns it lacks are as many as
    those it has (and `_REBUILD_FROM` at least).

    A report's names are compiled for it alone (an organisation's forms, `organisation_model`):
    building the automaton again for them at every report took a seventh of the extraction
    of a third-party report. Doubling keeps the building linear in the patterns compiled, and
    a late pattern looks for its few literals itself, as fast.
    """
    late = compiled - built
    return late > 0 and (built == 0 or late >= max(_REBUILD_FROM, built))


def _literal_automaton() -> _Automaton:
    """The automaton over the prefiltered patterns' literals, built again when many patterns
    were compiled since (`_rebuild_due`)."""
    global _AUTOMATON
    if _rebuild_due(_AUTOMATON.patterns, len(_LITERALS)):
        automaton = ahocorasick.Automaton()
        for literal in {literal for needs in _LITERALS for literal in needs}:
            automaton.add_word(literal, literal)
        automaton.make_automaton()
        _AUTOMATON = _Automaton(automaton, len(_LITERALS))
    return _AUTOMATON


class _Literals(NamedTuple):
    found: frozenset[str]  # the literals the text holds
    patterns: int  # of the first this many patterns: the others are not in `found`


class _Read:
    """A string read for the prefilters: folded, and the literals it holds (read at the
    first pattern that asks, with the automaton of the time)."""

    __slots__ = ("string", "folded", "_literals")

    def __init__(self, string: str):
        self.string = string
        self.folded = fold(string)
        self._literals: _Literals | None = None

    def literals(self) -> _Literals:
        if self._literals is None:
            automaton, patterns = _AUTOMATON
            found = () if automaton is None else automaton.iter(self.folded)
            self._literals = _Literals(frozenset(literal for _end, literal in found), patterns)
        return self._literals


# The last few strings read: a report's text and the windows of it that several patterns
# read in turn.
_READ: dict[int, _Read] = {}
_READ_KEPT = 8


def _read(string: str) -> _Read:
    report = _REPORT.get()
    if report is not None and report.string is string:
        return report
    kept = _READ.get(id(string))
    if kept is not None and kept.string is string:
        return kept
    if len(_READ) >= _READ_KEPT:
        _READ.clear()
    read = _READ[id(string)] = _Read(string)
    return read


# The report being read, read for the prefilters: a pattern whose literals it lacks skips
# every piece cut from it, however short (`Prefiltered.may_match`).
_REPORT: contextvars.ContextVar[_Read | None] = contextvars.ContextVar(
    "extraction_report", default=None
)
_get_report = _REPORT.get


@contextlib.contextmanager
def reading(text: str):
    """Within the block, the short strings searched that are part of `text` are prefiltered
    by what `text` holds, read once."""
    _literal_automaton()  # with the literals of the patterns compiled since the last report
    token = _REPORT.set(_read(text))
    try:
        yield
    finally:
        _REPORT.reset(token)


def alternation(words) -> str:
    """A case-sensitive pattern for any of `words`, the longest first where several match.

    It matches as `"|".join(escaped words, longest first)` does (the words that match at one
    place are prefixes of one another, and both forms try the longest first), but as a
    tree of shared prefixes ("prim(?:o|a|...)"), so a place where no word starts costs one
    step, not one per word: hundreds of month or ordinal names read several times faster.
    Only for patterns without IGNORECASE, where one letter matches one letter.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        options = [
            regex.escape(char) + branch(child) for char, child in sorted(node.items()) if char
        ]
        if not options:
            return ""
        if len(options) == 1 and "" not in node:
            return options[0]
        body = "|".join(options)
        return f"(?:{body})?" if "" in node else f"(?:{body})"

    return f"(?:{branch(trie)})"


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern`: "a|(?:b|c)d|[|]" -> ["a", "(?:b|c)d", "[|]"]."""
    found, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
        i += 1
    found.append(pattern[start:])
    return found


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` (without IGNORECASE) can open with, or None when
    that is not plain to read: an escape, a class, an inline flag or a group that may be
    empty make it None, which costs a caller its shortcut, never a match."""
    return _over_alternatives(pattern, lambda branch: _sequence_first_chars(branch, 0))


def first_pairs(pattern: str) -> frozenset[str] | None:
    """The two characters a match of `pattern` (without IGNORECASE) can open with, or None
    when that is not plain to read: as `first_chars`, and besides a repeat or an optional
    item within the first two characters, or a match shorter than two, make it None."""
    return _over_alternatives(pattern, lambda branch: _sequence_prefixes(branch, 0, 2))


def _over_alternatives(pattern: str, read) -> frozenset[str] | None:
    """What `read` finds in each top-level alternative of `pattern`, together; None as soon
    as it finds None in one."""
    found: set[str] = set()
    for branch in alternatives(pattern):
        part = read(branch)
        if part is None:
            return None
        found |= part
    return frozenset(found)


def _past_lookbehinds(pattern: str, i: int) -> int:
    """Where `pattern` goes on after the look-behinds at `i`: they read no character."""
    while pattern.startswith(("(?<=", "(?<!"), i):
        i = _group_end(pattern, i) + 1
    return i


def _sequence_prefixes(pattern: str, i: int, length: int) -> set[str] | None:
    """The strings of `length` characters a match of `pattern[i:]` opens with, or None."""
    if length == 0:
        return {""}
    i = _past_lookbehinds(pattern, i)
    if i >= len(pattern):
        return None
    if pattern.startswith("(?:", i):
        end = _group_end(pattern, i)
        if pattern[end + 1 : end + 2] in _REPEAT_SIGNS:
            return None
        rest = pattern[end + 1 :]
        inner = _over_alternatives(
            pattern[i + 3 : end], lambda branch: _sequence_prefixes(branch + rest, 0, length)
        )
        return None if inner is None else set(inner)
    char = pattern[i]
    if char in "\\[]().^$|*+?{}" or pattern[i + 1 : i + 2] in _REPEAT_SIGNS:
        return None
    following = _sequence_prefixes(pattern, i + 1, length - 1)
    return None if following is None else {char + chars for chars in following}


_REPEAT_SIGNS = ("?", "*", "+", "{")


def _sequence_first_chars(pattern: str, i: int) -> set[str] | None:
    i = _past_lookbehinds(pattern, i)
    if i >= len(pattern):
        return None
    if pattern.startswith("(?:", i):
        end = _group_end(pattern, i)
        inner = first_chars(pattern[i + 3 : end])
        chars, i = (None if inner is None else set(inner)), end + 1
    elif pattern[i] in "\\[]().^$|*+?{}":
        return None
    else:
        chars, i = {pattern[i]}, i + 1
    if chars is None:
        return None
    optional = regex.match(r"[?*]|\{0*[,}]|\{0*,", pattern[i:])
    if optional is None:
        return chars
    rest = pattern[i:]
    after = i + len(regex.match(r"(?:[?*]|\{[^}]*\})[?+]?", rest).group())
    following = _sequence_first_chars(pattern, after)
    return None if following is None else chars | following


def _class_end(pattern: str, i: int) -> int:
    """Where the character class opening at `i` closes (a `]` first in it is a member)."""
    i += 1
    if pattern.startswith("^", i):
        i += 1
    if pattern.startswith("]", i):
        i += 1
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


def _group_end(pattern: str, i: int) -> int:
    """Where the group opening at `i` closes."""
    depth = 0
    while True:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1


# --- Prefilters: the literals a match must contain -------------------------------------------
#
# Most patterns look for words that a report seldom says: a search that finds nothing still
# reads every position. `required_literals` reads a pattern's source for strings of which a
# match must contain one ("(?:hosted by|host city)\s+" needs "hosted by" or "host city"), and
# the pattern skips a text without any of them (`str.__contains__` is many times faster than
# the engine). The literals are compared case-folded: under IGNORECASE the engine matches a
# character with those of `_all_cases`, and a literal character is used only when all of them
# fold to what it folds to (`_folds_alike`), so a match always contains a literal's fold.

_MIN_LITERAL = 3  # shorter literals are in nearly every text: no use as a filter
_MAX_LITERALS = 48
# flags under which the source no longer says plainly what a match holds
_OPAQUE_FLAGS = regex.X | regex.V1 | regex.F | regex.B | regex.E
_QUANTIFIER = regex.compile(r"(?:[?*+]|\{(?P<min>\d*)(?:,\d*)?\})[?+]?")
_FLAG_GROUP = regex.compile(r"\(\?(?P<on>[a-zA-Z]*)(?:-(?P<off>[a-zA-Z]*))?(?P<scoped>:)?")
_REPEATS = frozenset("?*+{")
_ESCAPE_CLASSES = "dDsSwWbBAZGmMXKhHvVRN"
_ESCAPE_CHARS = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "a": "\a"}


def fold(text: str) -> str:
    """The form in which literals are compared: case-folded, with the Turkish i's as i."""
    folded = text.casefold()
    if "ı" in folded:
        folded = folded.replace("ı", "i")
    if "\u0307" in folded:
        folded = folded.replace("\u0307", "")
    return folded


try:  # the engine's table of the characters a character matches under IGNORECASE
    from regex._regex import get_all_cases as _get_all_cases
except ImportError:  # pragma: no cover: another engine build
    _get_all_cases = None


@functools.cache
def _folds_alike(char: str) -> bool:
    """Whether every character that `char` matches under IGNORECASE folds as it does."""
    if _get_all_cases is None:
        return char.isascii() and char not in "iI"
    want = fold(char)
    return all(fold(chr(c)) == want for c in _get_all_cases(regex.I, ord(char)))


class _Opaque(Exception):
    """The source uses syntax the reader does not follow: no prefilter."""


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Folded strings one of which every match of the pattern contains, or None when the
    source does not tell (or only short ones that nearly every text holds)."""
    if flags & _OPAQUE_FLAGS:
        return None
    try:
        ignore_case = bool(flags & regex.I) or _global_flags(pattern)
        found, end = _read_alternation(pattern, 0, ignore_case)
    except (_Opaque, IndexError):
        return None
    if end != len(pattern) or not found:
        return None
    if min(map(len, found)) < _MIN_LITERAL or len(found) > _MAX_LITERALS:
        return None
    # a literal that contains another adds nothing: the shorter is found wherever it is
    kept = sorted(found, key=len)
    kept = [w for i, w in enumerate(kept) if not any(k in w for k in kept[:i])]
    return tuple(kept)


def _global_flags(pattern: str) -> bool:
    """Whether an inline flag group of the whole pattern ("(?i)") turns IGNORECASE on
    (in the engine's version 0 such a group applies to the whole pattern wherever it is)."""
    ignore_case = False
    for m in _FLAG_GROUP.finditer(pattern):
        if m.group("scoped") or not pattern.startswith(")", m.end()):
            continue
        if m.start() > 0 and _escaped(pattern, m.start()):
            continue
        on = m.group("on")
        if regex.search(r"[xbefV]", on + (m.group("off") or "")):
            raise _Opaque
        ignore_case = ignore_case or "i" in on
    return ignore_case


def _escaped(pattern: str, at: int) -> bool:
    backslashes = len(pattern[:at]) - len(pattern[:at].rstrip("\\"))
    return backslashes % 2 == 1


def _read_alternation(pattern: str, i: int, ignore_case: bool) -> tuple[frozenset | None, int]:
    """The literals of the alternation from `i` to its closing bracket (or the end): one of
    those of each branch; None when a branch has none."""
    found: set[str] | None = set()
    while True:
        branch, i = _read_sequence(pattern, i, ignore_case)
        if branch is None:
            found = None
        elif found is not None:
            found |= branch
        if i < len(pattern) and pattern[i] == "|":
            i += 1
            continue
        return (None if found is None else frozenset(found)), i


def _read_sequence(pattern: str, i: int, ignore_case: bool) -> tuple[frozenset | None, int]:
    """The best set of literals of a sequence of items: a run of plain characters or a
    group's set, whichever has the longest shortest literal."""
    choices: list[frozenset] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            choices.append(frozenset({fold("".join(run))}))
            run.clear()

    while i < len(pattern) and pattern[i] not in "|)":
        char = pattern[i]
        literal: str | None = None
        inner: frozenset | None = None
        if char == "\\":
            literal, i = _read_escape(pattern, i)
        elif char == "[":
            i = _class_end(pattern, i) + 1
        elif char == "(":
            inner, i = _read_group(pattern, i, ignore_case)
        elif char in ".^$":
            i += 1
        elif char in "*+?{":
            raise _Opaque  # a repeat of nothing, or a brace the engine may read otherwise
        else:
            literal, i = char, i + 1
        quantifier = _QUANTIFIER.match(pattern, i) if pattern[i : i + 1] in _REPEATS else None
        optional = False
        if quantifier:
            if quantifier.group().startswith("{"):
                optional = int(quantifier.group("min") or 0) == 0
            else:
                optional = quantifier.group()[0] in "?*"
            i = quantifier.end()
        elif i < len(pattern) and pattern[i] == "{":
            raise _Opaque  # "{" after an item that is no repeat (fuzzy matching, a brace)
        if literal is not None and not optional and (not ignore_case or _folds_alike(literal)):
            run.append(literal)
            if quantifier:  # "a+": one "a" at least, then who knows how many
                close_run()
        else:
            close_run()
            if inner and not optional:
                choices.append(inner)
    close_run()
    if not choices:
        return None, i
    return max(choices, key=lambda c: (min(map(len, c)), -len(c))), i


def _read_escape(pattern: str, i: int) -> tuple[str | None, int]:
    """The character an escape at `i` stands for (None for a class or an assertion), and
    where the escape ends."""
    char = pattern[i + 1]
    if char in _ESCAPE_CHARS:
        return _ESCAPE_CHARS[char], i + 2
    if char in "pP":
        if pattern[i + 2] == "{":
            return None, pattern.index("}", i + 2) + 1
        return None, i + 3  # "\pL"
    if char == "N" and pattern.startswith("{", i + 2):
        return None, pattern.index("}", i + 2) + 1
    if char in "xuU":
        if char == "x" and pattern.startswith("{", i + 2):
            return None, pattern.index("}", i + 2) + 1
        digits = {"x": 2, "u": 4, "U": 8}[char]
        return None, i + 2 + digits
    if char in "gk" and pattern[i + 2] in "<{'":
        close = {"<": ">", "{": "}", "'": "'"}[pattern[i + 2]]
        return None, pattern.index(close, i + 3) + 1
    if char.isdigit():
        end = i + 1
        while end < len(pattern) and pattern[end].isdigit():
            end += 1
        return None, end
    if char in _ESCAPE_CLASSES:
        return None, i + 2
    if char.isalnum():
        raise _Opaque  # an escape this reader does not know
    return char, i + 2


def _read_group(pattern: str, i: int, ignore_case: bool) -> tuple[frozenset | None, int]:
    """The literals a group at `i` requires (None for an assertion or a construct this
    reader does not follow), and where the group ends."""
    end = _group_end(pattern, i)
    if not pattern.startswith("(?", i):
        inner_start = i + 1
    elif pattern.startswith(("(?:", "(?>"), i):
        inner_start = i + 3
    elif pattern.startswith(("(?P<", "(?<"), i) and not pattern.startswith(("(?<=", "(?<!"), i):
        inner_start = pattern.index(">", i) + 1
    elif pattern.startswith("(?'", i):
        inner_start = pattern.index("'", i + 3) + 1
    else:
        flags = _FLAG_GROUP.match(pattern, i)
        if flags and flags.group("scoped"):
            on, off = flags.group("on"), flags.group("off") or ""
            if regex.search(r"[xbefV]", on + off):
                raise _Opaque
            ignore_case = (ignore_case or "i" in on) and "i" not in off
            inner_start = flags.end()
        else:
            return None, end + 1  # a look-around, a condition, a flag group, a comment
    inner, stop = _read_alternation(pattern, inner_start, ignore_case)
    if stop != end:
        raise _Opaque
    return inner, end + 1


# Every pattern compiled here for good (the one-off ones are in `ONE_OFF`), so a test can
# feed each one adversarial text.
COMPILED: dict[tuple[str, int], Pattern] = {}


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 (the regex module's name)
    key = (pattern, flags)
    found = COMPILED.get(key)
    if found is None:
        compiled = regex.compile(pattern, flags)
        needs = required_literals(pattern, flags)
        found = COMPILED[key] = Pattern(compiled) if needs is None else Prefiltered(compiled, needs)
    return found


# The patterns made of a report's words (a name, a place), compiled for one report: the
# last `_ONE_OFF_KEPT` used, so that a long import does not keep one per name it ever met.
ONE_OFF: dict[tuple[str, int], Pattern] = {}
_ONE_OFF_KEPT = 2048


def one_off(pattern: str, flags: int = 0) -> Pattern:
    """`compile` for a pattern made of a report's words: kept among the last ones used, not
    in `COMPILED`, and prefiltered by its own literals (the shared automaton is not built
    again for it)."""
    key = (pattern, flags)
    found = ONE_OFF.pop(key, None)
    if found is None:
        found = COMPILED.get(key)
        if found is not None:
            return found
        compiled = regex.compile(pattern, flags)
        needs = required_literals(pattern, flags)
        found = Pattern(compiled) if needs is None else Prefiltered(compiled, needs, shared=False)
        if len(ONE_OFF) >= _ONE_OFF_KEPT:
            del ONE_OFF[next(iter(ONE_OFF))]  # the least recently used
    ONE_OFF[key] = found  # the most recently used last
    return found


_LETTER = regex.compile(r"\p{L}")


def word_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    r"""The spans of `word` in `text` with no letter right before or after it, left to right:
    as `finditer` of `(?<![\p{L}])word(?![\p{L}])` finds them, with no pattern compiled for
    the word (a name, met once)."""
    if not word:
        yield from (m.span() for m in one_off(r"(?<![\p{L}])(?![\p{L}])").finditer(text))
        return
    check_deadline()
    letter, size, at = _LETTER.match, len(word), text.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not letter(text, at - 1)) and not letter(text, end):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def says_word_at_all(text: str, word: str) -> bool:
    """Whether `text` says `word` with no letter right before or after it."""
    return next(word_spans(text, word), None) is not None


def literal_spans(text: str, literal: str) -> list[tuple[int, int]]:
    """The spans `finditer` of the escaped `literal` finds in `text`, without compiling it."""
    if not literal:
        return [m.span() for m in one_off("").finditer(text)]
    check_deadline()
    found, size, at = [], len(literal), text.find(literal)
    while at >= 0:
        found.append((at, at + size))
        at = text.find(literal, at + size)
    return found


class Deferred:
    """A pattern compiled at its first call on a string that may hold a match (one of its
    literals, see `required_literals`): until then a call answers as the engine would, with
    no match.

    For the patterns made of one report's words (the forms of the bodies it names): compiling
    one costs as much as reading a report for it, and most are looked for where they are not.
    """

    __slots__ = ("source", "flags", "needs", "_compiled")

    def __init__(self, source: str, flags: int = 0):
        self.source = source
        self.flags = flags
        self.needs = required_literals(source, flags)
        self._compiled: Pattern | None = None

    def _pattern_for(self, string: str) -> Pattern | None:
        """The compiled pattern, or None while it is not and `string` holds none of its
        literals."""
        if self._compiled is None:
            if self.needs is not None:
                folded = _read(string).folded
                if not any(map(folded.__contains__, self.needs)):
                    return None
            self._compiled = one_off(self.source, self.flags)
        return self._compiled

    def search(self, string: str):
        check_deadline()
        pattern = self._pattern_for(string)
        return None if pattern is None else pattern.search(string)

    def finditer(self, string: str):
        check_deadline()
        pattern = self._pattern_for(string)
        return iter(()) if pattern is None else pattern.finditer(string)


@functools.lru_cache(maxsize=2048)
def compiled(pattern: str, flags: int = 0) -> Pattern:
    """A cache that costs less than `regex`'s own, for the module-level calls below."""
    return compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0):
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0):
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0):
    return compiled(pattern, flags).fullmatch(string)


def sub(pattern: str, repl, string: str, flags: int = 0) -> str:
    return compiled(pattern, flags).sub(repl, string)


def split(pattern: str, string: str, flags: int = 0) -> list[str]:
    return compiled(pattern, flags).split(string)


def finditer(pattern: str, string: str, flags: int = 0):
    return compiled(pattern, flags).finditer(string)


def findall(pattern: str, string: str, flags: int = 0) -> list:
    return compiled(pattern, flags).findall(string)
