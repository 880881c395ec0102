"""The site's languages: their names, the same page in another language, and how much of
the interface each language's catalogues translate."""

import functools
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from babel.messages.pofile import read_po
from django.conf import settings
from django.utils.translation import get_language_info

import citypeers

PACKAGE = Path(citypeers.__file__).parent


def local_name(code: str) -> str:
    """The language's name in the language itself ("Polski", "Malti")."""
    return get_language_info(code)["name_local"]


def local_names() -> list[tuple[str, str]]:
    """(code, name in that language) of each language of the site, in the switcher's order."""
    return [(code, local_name(code)) for code, _name in settings.LANGUAGES]


def path_in_language(path: str, language: str) -> str:
    """``path`` (with its query string) under the prefix of ``language``: "/it/events/?page=2"
    becomes "/pl/events/?page=2". A path without a language prefix (the API, "/") is kept
    as it is: the locale middleware sends it on to the right language."""
    codes = {code for code, _name in settings.LANGUAGES}
    parts = urlsplit(path)
    head, _slash, rest = parts.path.removeprefix("/").partition("/")
    if parts.path.startswith("/") and head in codes:
        path = f"/{language}/{rest}"
        return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))
    return path


def translated_share(catalogues: Iterable[Path]) -> float:
    """The share (0 to 1) of the messages of ``catalogues`` (.po files) that carry a
    translation: every plural form filled in and not marked fuzzy. No message at all is 1."""
    total = done = 0
    for path in catalogues:
        with open(path, "rb") as po:
            catalogue = read_po(po)
        for message in catalogue:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            total += 1
            done += not message.fuzzy and all(strings)
    return done / total if total else 1.0


@functools.cache
def language_shares() -> list[tuple[str, str, float]]:
    """(code, local name, share of UI strings translated) for each language of the site,
    over the catalogues of every app; the source language counts as complete. Read once
    per process: the catalogues change only with a release."""
    shares = []
    for code, name in local_names():
        if code == settings.LANGUAGE_CODE:
            shares.append((code, name, 1.0))
            continue
        catalogues = sorted(PACKAGE.glob(f"*/locale/{code}/LC_MESSAGES/django.po"))
        shares.append((code, name, translated_share(catalogues)))
    return shares
