"""What an app's search selector answers: the objects found, each with why.

The site-wide search (``citypeers.search``) asks each app for the objects of its own
that match a query; every app answers in this shape, so the search can group them
without knowing their fields.
"""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Hit:
    """One object found, ``title`` what a list calls it, ``detail`` what tells it from
    its namesakes (a country, a date). ``field`` names what matched for programs ("name",
    "alternate_name", "title", "city", "theme", "report", ...); ``why`` says it in the
    page language ("alternate name: Firenze"); ``text`` is the plain text that matched
    (not escaped: whoever shows it escapes it), from which a snippet is cut."""

    obj: Any
    title: str
    field: str
    why: str
    text: str = ""
    detail: str = ""

    def __post_init__(self):
        # Labels come lazily translated (a theme's, a kind's): the words are fixed here,
        # in the page language, so that whoever compares or cuts them handles plain text.
        for name in ("title", "why", "text", "detail"):
            object.__setattr__(self, name, str(getattr(self, name)))


@dataclass(frozen=True)
class Found:
    """The first hits of one kind, best first, and how many there are in all
    (``at_least``: the total is a floor, the count having stopped there)."""

    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    at_least: bool = False


NOTHING_FOUND = Found()
