"""The About page's languages: each by its own name, with the share of the interface's
strings translated into it, counted over the catalogues of every app."""

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from bs4 import BeautifulSoup

from citypeers.core.languages import translated_share


def _catalogue(path, messages):
    """A .po file of (msgid, msgstr, fuzzy) entries; a tuple msgid is a plural."""
    catalogue = Catalog(locale="pl")
    for msgid, msgstr, fuzzy in messages:
        catalogue.add(msgid, msgstr, flags=("fuzzy",) if fuzzy else ())
    path.parent.mkdir(parents=True)
    with open(path, "wb") as po:
        write_po(po, catalogue)
    return path


def test_the_share_counts_translated_messages_that_are_not_fuzzy_across_apps(tmp_path):
    core = _catalogue(
        tmp_path / "core" / "django.po",
        [("Events", "Wydarzenia", False), ("Practices", "Praktyki", True)],
    )
    network = _catalogue(
        tmp_path / "network" / "django.po",
        [
            ("Network", "Sieć", False),
            (
                ("%(n)s city", "%(n)s cities"),
                ("%(n)s miasto", "%(n)s miasta", "%(n)s miast"),
                False,
            ),
        ],
    )

    assert translated_share([core, network]) == 0.75


def test_a_plural_missing_a_form_is_not_translated(tmp_path):
    po = _catalogue(
        tmp_path / "core" / "django.po",
        [(("%(n)s city", "%(n)s cities"), ("%(n)s miasto", "", "%(n)s miast"), False)],
    )

    assert translated_share([po]) == 0


@pytest.mark.django_db
def test_the_about_page_lists_the_eight_languages_each_complete(client):
    html = client.get("/en/about/").content.decode()

    shares = BeautifulSoup(html, "html.parser").select_one("dl.language-shares")
    rows = [(dt["lang"], dt.get_text(), dt.find_next("dd").get_text()) for dt in shares("dt")]
    assert rows == [
        ("en", "English", "100%"),
        ("it", "italiano", "100%"),
        ("es", "español", "100%"),
        ("el", "Ελληνικά", "100%"),
        ("pl", "polski", "100%"),
        ("ro", "Română", "100%"),
        ("de", "Deutsch", "100%"),
        ("mt", "Malti", "100%"),
    ]
