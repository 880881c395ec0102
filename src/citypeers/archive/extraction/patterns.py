"""Every regex of the extractor, compiled once and bounded by the report's time budget.

A report is untrusted text: a pattern that backtracks on it could hold a web worker for
minutes. Each pattern here is written to run in time linear in its input, and every call
also stops at the deadline of the extraction in progress (`deadline`), raising
`TimeoutError`, so a pattern that slips through ends in a clear error, never a hang.
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

# Calls on at most this many characters run without the engine's timeout (see Pattern).
SHORT_SPAN = 256


def _timeout(string: str, pos: int, endpos: int | None) -> float | None:
    """The timeout for one pattern call: None without a deadline or for a short span."""
    end = _get_deadline()
    if end is None:
        return None
    left = end - _monotonic()
    if left <= 0.0:
        raise TimeoutError("the extraction ran out of time")
    if endpos is None or endpos > len(string):
        endpos = len(string)
    if pos >= 0 and 0 <= endpos - pos <= SHORT_SPAN:
        return None
    return left


def check_deadline() -> None:
    """Raise TimeoutError when the extraction in progress has used up its budget."""
    left = remaining()
    if left is not None and left <= 0:
        raise TimeoutError("the extraction ran out of time")


class Pattern:
    """A compiled `regex` pattern whose calls carry the remaining budget as their timeout."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: regex.Pattern):
        self.compiled = compiled

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        return self.compiled.flags

    # The budget goes to the `regex` engine as a timeout only for calls on more than
    # SHORT_SPAN characters: the engine reads the process's CPU clock (a system call) twice
    # per call with a timeout, which over the few hundred calls of a report, most of them on
    # a clause or a phrase, cost more than a sixth of the extraction. A shorter call is
    # checked against the deadline before it runs.
    def search(self, string: str, pos: int = 0, endpos: int | None = None):
        return self.compiled.search(string, pos, endpos, timeout=_timeout(string, pos, endpos))

    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        return self.compiled.match(string, pos, endpos, timeout=_timeout(string, pos, endpos))

    def fullmatch(self, string: str, pos: int = 0, endpos: int | None = None):
        timeout = _timeout(string, pos, endpos)
        return self.compiled.fullmatch(string, pos, endpos, timeout=timeout)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        timeout = _timeout(string, pos, endpos)
        return self.compiled.finditer(string, pos, endpos, timeout=timeout)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list:
        return self.compiled.findall(string, pos, endpos, timeout=_timeout(string, pos, endpos))

    def sub(self, repl, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count, timeout=_timeout(string, 0, None))

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit, timeout=_timeout(string, 0, None))


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
