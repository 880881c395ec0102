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
    found: set[str] = set()
    for branch in alternatives(pattern):
        chars = _sequence_first_chars(branch, 0)
        if chars is None:
            return None
        found |= chars
    return frozenset(found)


def _sequence_first_chars(pattern: str, i: int) -> set[str] | None:
    while pattern.startswith(("(?<=", "(?<!"), i):  # a look-behind reads no character
        i = _group_end(pattern, i) + 1
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


# Every pattern ever compiled here, so a test can feed each one adversarial text.
COMPILED: dict[tuple[str, int], Pattern] = {}


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 (the regex module's name)
    key = (pattern, flags)
    found = COMPILED.get(key)
    if found is None:
        found = COMPILED[key] = Pattern(regex.compile(pattern, flags))
    return found


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
