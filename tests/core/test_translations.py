"""Every UI string is translated into every language of the site: the catalogues are
regenerated from the sources (as `make messages` does) in a scratch copy and must come out
complete, with no fuzzy entry, and pass GNU msgfmt's format and plural checks."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

import citypeers

PACKAGE = Path(citypeers.__file__).parent
APPS_WITH_CATALOGUES = sorted(
    p.parents[3].name for p in PACKAGE.glob("*/locale/it/LC_MESSAGES/django.po")
)
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
CATALOGUES = [
    pytest.param(app, language, id=f"lang_{language}-{app}")
    for language in TRANSLATED
    for app in APPS_WITH_CATALOGUES
]


def catalogue_path(app: str, language: str) -> Path:
    return PACKAGE / app / "locale" / language / "LC_MESSAGES" / "django.po"


def regenerated_catalogue(app: str, language: str, scratch: Path):
    copy = scratch / app
    shutil.copytree(PACKAGE / app, copy, ignore=shutil.ignore_patterns("*.mo", "__pycache__"))
    django_admin = Path(sys.executable).with_name("django-admin")
    subprocess.run(
        [str(django_admin), "makemessages", "-l", language, "--no-obsolete", "-v", "0"],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "citypeers.config.settings"},
        check=True,
    )
    with open(copy / "locale" / language / "LC_MESSAGES" / "django.po", "rb") as po:
        return read_po(po)


def untranslated(catalogue) -> list[str]:
    missing = []
    for message in catalogue:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(str(message.id))
    return missing


@pytest.mark.parametrize(("app", "language"), CATALOGUES)
def test_catalogue_is_not_marked_fuzzy_so_that_it_compiles(app, language):
    with open(catalogue_path(app, language), "rb") as po:
        assert not read_po(po).fuzzy


def test_every_app_has_a_catalogue_for_every_language():
    missing = [
        f"{app}/{language}"
        for app in APPS_WITH_CATALOGUES
        for language in TRANSLATED
        if not catalogue_path(app, language).exists()
    ]
    assert missing == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is installed by make test")
@pytest.mark.parametrize(("app", "language"), CATALOGUES)
def test_translations_keep_placeholders_and_plural_forms(app, language):
    """msgfmt --check: a translation that drops %(name)s or has the wrong number of plural
    forms would raise at render time."""
    checked = subprocess.run(
        [shutil.which("msgfmt"), "--check", "-o", os.devnull, str(catalogue_path(app, language))],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr


def test_core_apps_have_catalogues():
    assert {"core", "accounts", "network", "insights"} <= set(APPS_WITH_CATALOGUES)


@pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="GNU gettext is installed by make test"
)
@pytest.mark.parametrize(("app", "language"), CATALOGUES)
def test_every_string_of_the_app_is_translated(app, language, tmp_path):
    catalogue = regenerated_catalogue(app, language, tmp_path)

    assert untranslated(catalogue) == []
