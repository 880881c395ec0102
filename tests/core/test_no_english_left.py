"""No English is left on a translated page.

Every page of the site (the URL names of ``tests/url_walk.py``) is rendered with the demo
data as a visitor, a member and a coordinator in every language but English, and every
form that takes a POST is sent empty by a user allowed to use it (its errors show). Each
must answer without error, and the text people read (text nodes, the page title, and the
``title``, ``alt``, ``placeholder``, ``aria-label`` attributes and button values) must hold
no English UI string: no msgid of the site's catalogues translated otherwise in that
language, no label of the site's enums left in English, no message of Django's own that
Django does not translate into the language. Content (names of cities, practices, people,
report texts) is not in the catalogues and is not flagged.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import django
import pytest
from babel import Locale
from babel.messages.pofile import read_po
from django.conf import settings
from django.db import models, transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

import citypeers
from citypeers.documents import demo as documents_demo
from citypeers.events import demo as events_demo
from citypeers.events.models import EventSession
from citypeers.matching import demo as matching_demo
from citypeers.network import demo as network_demo
from citypeers.practices import demo as practices_demo
from tests.events.test_demo import CITIES
from tests.factories import MunicipalityFactory
from tests.url_walk import OPEN, RESTRICTED, SIGNED_IN, World, allowed_user, url_arguments

PACKAGE = Path(citypeers.__file__).parent
DJANGO = Path(django.__file__).parent
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
# Not pages: the language switch and the health probe answer no one in a language.
NOT_PAGES = {"set_language", "healthz"}
PAGES = sorted(
    name
    for name in OPEN | SIGNED_IN | {n for n, (_a, _u, m) in RESTRICTED.items() if "GET" in m}
    if name not in NOT_PAGES
)
FORMS = sorted(n for n, (_a, _u, m) in RESTRICTED.items() if "GET POST" in m)
ROLES = ("visitor", "member", "coordinator")
READ_ATTRIBUTES = {"title", "alt", "placeholder", "aria-label"}
# A phrase inside a text node: the parts between separators ("Serie: …", "a · b").
SEPARATORS = re.compile(r"\s*(?:[:·|•–—()\[\]«»\"“”]|\s-\s)\s*")
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{[^{}]*\}")
WHITESPACE = re.compile(r"\s+")


def _plain(text: str) -> str:
    return WHITESPACE.sub(" ", re.sub(r"<[^>]+>", "", text)).strip()


def _messages(po: Path):
    """(msgid, its translations) of each entry of a catalogue."""
    for message in read_po(po.open("rb")):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        yield ids, [s for s in strings if s], message.context


def _enum_labels() -> set:
    """The labels of every enum of the site (lazy, so each renders in the active language)."""
    found, pending = set(), list(models.Choices.__subclasses__())
    while pending:
        enum = pending.pop()
        pending.extend(enum.__subclasses__())
        if enum.__module__.startswith("citypeers."):
            found.update(label for label in enum.labels if label)
    return found


def english_ui(language: str) -> tuple[set[str], re.Pattern | None]:
    """The English phrases that must not show on a page in ``language``: plain ones, and
    one pattern for those with placeholders."""
    english, same_by_choice = set(), set()
    for po in PACKAGE.glob(f"*/locale/{language}/LC_MESSAGES/django.po"):
        for ids, strings, _context in _messages(po):
            for msgid in ids:
                (same_by_choice if msgid in strings else english).add(_plain(msgid))
            # A word both languages share ("Date": dates in Italian) is the translation.
            same_by_choice.update(_plain(string) for string in strings)
    # Django's own messages (form validation, pagination) where Django has no catalogue
    # for the language and ours does not translate them either.
    django_has_it = (DJANGO / "conf/locale" / language / "LC_MESSAGES/django.po").exists()
    if not django_has_it:
        with translation.override(language):
            for ids, strings, context in _messages(DJANGO / "conf/locale/it/LC_MESSAGES/django.po"):
                msgid = ids[0]
                if not strings or strings[0] == msgid:
                    continue
                shown = (
                    translation.pgettext(context, msgid) if context else translation.gettext(msgid)
                )
                if shown == msgid:
                    english.add(_plain(msgid))
    for label in _enum_labels():
        with translation.override("en"):
            source = str(label)
        with translation.override(language):
            if str(label) == source and source not in same_by_choice:
                english.add(_plain(source))
    # CLDR's names in the language are that language's words, even where they are spelt as
    # in English (Maltese "Korean", "Welsh").
    cldr = Locale.parse(language)
    same_by_choice.update(cldr.languages.values(), cldr.territories.values())
    english -= same_by_choice
    # A phrase names something in English when it holds a word outside its placeholders.
    english = {e for e in english if re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", e))}
    plain = {e for e in english if not PLACEHOLDER.search(e)}
    # Placeholders hold content of any length: only a message whose own words say enough
    # ("%s bytes", not "%(a)s of %(b)s") is looked for around them.
    patterns = [
        "".join(
            r"[^.,;:!?]{1,40}?" if PLACEHOLDER.fullmatch(part) else re.escape(part)
            for part in parts
        )
        for parts in (_with_placeholders(e) for e in english if PLACEHOLDER.search(e))
        if _says_enough(PLACEHOLDER.sub(" ", "".join(parts)))
    ]
    return plain, re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _says_enough(words: str) -> bool:
    found = re.findall(r"[A-Za-z]{2,}", words)
    return len(found) >= 2 or any(len(word) >= 4 for word in found)


def _with_placeholders(text: str) -> list[str]:
    parts, last = [], 0
    for match in PLACEHOLDER.finditer(text):
        parts += [text[last : match.start()], match.group()]
        last = match.end()
    return [p for p in [*parts, text[last:]] if p]


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
HIDDEN = {"script", "style", "template"}


class ReadText(HTMLParser):
    """The texts a reader sees on a page in its language, each node and attribute on its
    own (what an element marks with another ``lang`` is not in the page's language)."""

    def __init__(self, language: str):
        super().__init__(convert_charrefs=True)
        self.texts, self.open = [], [(None, language, False)]

    def _shown(self) -> bool:
        _tag, lang, hidden = self.open[-1]
        return not hidden and lang.split("-")[0] == self.open[0][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        _tag, lang, hidden = self.open[-1]
        if tag not in VOID:
            self.open.append((tag, attributes.get("lang") or lang, hidden or tag in HIDDEN))
        elif attributes.get("lang"):
            return
        if not self._shown():
            return
        for name, value in attributes.items():
            if value and name in READ_ATTRIBUTES:
                self.texts.append(value)
        if attributes.get("value") and (
            tag == "button" or attributes.get("type") in {"submit", "button", "reset"}
        ):
            self.texts.append(attributes["value"])

    def handle_endtag(self, tag):
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth][0] == tag:
                del self.open[depth:]
                break

    def handle_data(self, data):
        if self._shown() and data.strip():
            self.texts.append(data)


def english_left(html: str, language: str, plain: set[str], pattern) -> set[str]:
    parser = ReadText(language)
    parser.feed(html)
    found = set()
    for text in parser.texts:
        text = WHITESPACE.sub(" ", text).strip()
        for phrase in {text, *SEPARATORS.split(text)}:
            phrase = phrase.strip(" .,;!?")
            if phrase in plain or text in plain:
                found.add(phrase if phrase in plain else text)
            elif pattern is not None and pattern.fullmatch(phrase):
                found.add(phrase)
    return found


@pytest.fixture(scope="module")
def site_media(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def media_root(settings, site_media):
    """The demo's files stay where the module's data put them, never in var/media."""
    settings.MEDIA_ROOT = site_media
    return site_media


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, site_media):
    """The demo network and a world of objects for every URL, built once for the module
    and rolled back after it; each URL's arguments are taken once (some make objects)."""
    with (
        override_settings(MEDIA_ROOT=site_media),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        for name, country, zone in CITIES:
            MunicipalityFactory(name=name, country__code=country, timezone=zone, population=100_000)
        network_demo.load_demo_data()
        events_demo.load_demo_data()
        practices_demo.load_demo_data()
        documents_demo.load_demo_data()
        matching_demo.load_demo_data()
        world = World()
        # A session's title is content; the world's one word "Housing" is also a theme's
        # label (UI), so it is named as content would be.
        EventSession.objects.filter(pk=world.session.pk).update(title="Rooms for newcomers")
        arguments = {name: url_arguments(name, world) for name in {*PAGES, *FORMS}}
        yield world, arguments
        transaction.set_rollback(True)


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _check(response, url: str, language: str, plain, pattern, problems: dict):
    if response.status_code >= 500:
        problems[url] = f"status {response.status_code}"
    elif response.get("Content-Type", "").startswith("text/html"):
        left = english_left(response.content.decode(), language, plain, pattern)
        if left:
            problems[url] = sorted(left)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_shows_no_english_ui_string(site, language):
    world, arguments = site
    plain, pattern = english_ui(language)
    users = {"visitor": None, "member": world.officer, "coordinator": world.coordinator}
    problems = {}
    with translation.override(language):
        urls = {name: reverse(name, args=arguments[name]) for name in PAGES}
    for role in ROLES:
        client = _client(users[role])
        for url in urls.values():
            try:
                response = client.get(url)
            except Exception as error:  # a template error is a failure of the page
                problems[f"{role} {url}"] = repr(error)
                continue
            _check(response, f"{role} {url}", language, plain, pattern, problems)

    assert not problems, "\n".join(f"{url}: {left}" for url, left in problems.items())


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_forms_sent_empty_show_their_errors_in_the_language(site, language):
    world, arguments = site
    plain, pattern = english_ui(language)
    problems = {}
    with translation.override(language):
        urls = {name: reverse(name, args=arguments[name]) for name in FORMS}
    for name, url in urls.items():
        client = _client(allowed_user(name, world))
        try:
            with transaction.atomic():
                response = client.post(url, {})
                transaction.set_rollback(True)
        except Exception as error:
            problems[url] = repr(error)
            continue
        _check(response, url, language, plain, pattern, problems)

    assert not problems, "\n".join(f"{url}: {left}" for url, left in problems.items())
