"""Every UI string has an Italian translation: the catalogues are regenerated from the
sources (as `make messages` does) in a scratch copy and must come out complete."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import citypeers

PACKAGE = Path(citypeers.__file__).parent
APPS_WITH_CATALOGUES = sorted(
    p.parents[3].name for p in PACKAGE.glob("*/locale/it/LC_MESSAGES/django.po")
)


def regenerated_catalogue(app: str, scratch: Path):
    copy = scratch / app
    shutil.copytree(PACKAGE / app, copy, ignore=shutil.ignore_patterns("*.mo", "__pycache__"))
    django_admin = Path(sys.executable).with_name("django-admin")
    subprocess.run(
        [str(django_admin), "makemessages", "-l", "it", "--no-obsolete", "-v", "0"],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "citypeers.config.settings"},
        check=True,
    )
    with open(copy / "locale/it/LC_MESSAGES/django.po", "rb") as po:
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


@pytest.mark.parametrize("app", APPS_WITH_CATALOGUES)
def test_catalogue_is_not_marked_fuzzy_so_that_it_compiles(app):
    with open(PACKAGE / app / "locale/it/LC_MESSAGES/django.po", "rb") as po:
        assert not read_po(po).fuzzy


def test_core_apps_have_catalogues():
    assert {"core", "accounts", "network", "insights"} <= set(APPS_WITH_CATALOGUES)


@pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="GNU gettext is installed by make test"
)
@pytest.mark.parametrize("app", APPS_WITH_CATALOGUES)
def test_every_string_of_the_app_is_translated_to_italian(app, tmp_path):
    catalogue = regenerated_catalogue(app, tmp_path)

    assert untranslated(catalogue) == []
