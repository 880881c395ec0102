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
