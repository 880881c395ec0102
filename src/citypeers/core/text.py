"""Folding of names for search: case, accents and script do not matter to a user."""

import re

from unidecode import unidecode

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str | None) -> str:
    """Lower-case ASCII transliteration with punctuation collapsed to single spaces.

    "Kraków" and "KRAKOW" both fold to "krakow"; "Cluj-Napoca" to "cluj napoca".
    """
    if not text:
        return ""
    return _NON_ALNUM.sub(" ", unidecode(text).lower()).strip()


def name_matching(names: list[str], query: str) -> str | None:
    """Of ``names``, the one a search for ``query`` found, as the reader would recognise it:
    the name as typed (case aside), else one equal to it accents and script aside, else the
    first that begins with it (accents and script aside); None when none does."""
    typed, folded = query.strip().casefold(), fold(query)
    for found in (
        lambda name: name.casefold() == typed,
        lambda name: fold(name) == folded,
        lambda name: fold(name).startswith(folded),
    ):
        name = next((name for name in names if found(name)), None)
        if name is not None:
            return name
    return None
