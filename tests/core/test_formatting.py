"""Dates, numbers, sizes and lists in every site language: one date style per language."""

import datetime as dt
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from citypeers.core import formatting

DAY = dt.date(2020, 12, 3)
MOMENT = dt.datetime(2020, 12, 3, 14, 5, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "3 December 2020"),
        ("it", "3 dicembre 2020"),
        ("es", "3 de diciembre de 2020"),
        ("el", "3 Δεκεμβρίου 2020"),
        ("pl", "3 grudnia 2020"),
        ("ro", "3 decembrie 2020"),
        ("de", "3. Dezember 2020"),
        ("mt", "3 ta’ Diċembru 2020"),
    ],
)
def test_date_text_in_each_language(language, expected):
    assert formatting.date_text(DAY, language) == expected


def test_date_text_follows_the_active_language():
    with translation.override("it"):
        text = formatting.date_text(DAY)

    assert text == "3 dicembre 2020"


def test_date_text_of_a_moment_takes_its_day_in_the_site_zone():
    late = dt.datetime(2020, 12, 3, 23, 30, tzinfo=dt.UTC)

    assert formatting.date_text(late, "de") == "3. Dezember 2020"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "3 December 2020, 14:05"),
        ("it", "3 dicembre 2020, 14:05"),
        ("de", "3. Dezember 2020, 14:05"),
        ("el", "3 Δεκεμβρίου 2020, 2:05\u202fμ.μ."),
    ],
)
def test_datetime_text_joins_day_and_time_as_the_language_does(language, expected):
    assert formatting.datetime_text(MOMENT, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "December 2020"), ("pl", "grudzień 2020"), ("es", "diciembre de 2020")],
)
def test_month_text_for_charts(language, expected):
    assert formatting.month_text(DAY, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "1,234,567.5"), ("it", "1.234.567,5"), ("pl", "1 234 567,5"), ("de", "1.234.567,5")],
)
def test_number_text_uses_the_language_separators(language, expected):
    assert formatting.number_text(Decimal("1234567.5"), language) == expected.replace(" ", "\xa0")


def test_number_text_with_fixed_and_optional_decimals():
    assert formatting.number_text(0.5, "it", places=2) == "0,50"
    assert formatting.number_text(12, "it", places=(0, 1)) == "12"
    assert formatting.number_text(12.25, "en", places=(0, 1)) == "12.2"


@pytest.mark.parametrize(
    ("language", "size", "expected"),
    [
        ("en", 702, "702 bytes"),
        ("en", 1, "1 byte"),
        ("it", 702, "702 byte"),
        ("pl", 702, "702 bajty"),
        ("pl", 1, "1 bajt"),
        ("de", 25 * 1024 * 1024, "25 Megabyte"),
        ("en", 1536 * 1024, "1.5 megabytes"),
        ("it", 2048, "2 kilobyte"),
    ],
)
def test_file_size_text_in_words_of_the_language(language, size, expected):
    assert formatting.file_size_text(size, language) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "A, B and C"), ("it", "A, B e C"), ("de", "A, B und C"), ("pl", "A, B i C")],
)
def test_list_text_joins_as_the_language_does(language, expected):
    assert formatting.list_text(["A", "B", "C"], language) == expected


@pytest.mark.parametrize(("language", "expected"), [("it", "it"), ("pt-br", "pt"), ("pt_BR", "pt")])
def test_base_language_drops_the_region(language, expected):
    assert formatting.base_language(language) == expected


def test_base_language_follows_the_active_language():
    with translation.override("de-at"):
        code = formatting.base_language()

    assert code == "de"


def test_unknown_language_falls_back_to_british_english():
    assert formatting.date_text(DAY, "xx") == "3 December 2020"


def test_filters_render_in_the_active_language():
    template = Template(
        "{% load formatting %}{{ day|day }}|{{ size|file_size }}|{{ n|number }}|"
        "{{ items|word_list }}|{{ missing|day|default:'–' }}"
    )
    context = Context({"day": DAY, "size": 702, "n": 1234, "items": ["A", "B"], "missing": None})

    with translation.override("it"):
        text = template.render(context)

    assert text == "3 dicembre 2020|702 byte|1.234|A e B|–"


def test_a_name_without_spaces_may_break_after_its_separators_and_stays_escaped():
    template = Template("{% load formatting %}{{ name|name_breaks }}")

    text = template.render(Context({"name": "de_<b>-town.txt"}))

    assert text == "de_<wbr>&lt;b&gt;-<wbr>town.<wbr>txt"
