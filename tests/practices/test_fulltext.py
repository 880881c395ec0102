"""The full-text index follows every write, on SQLite (FTS5) and PostgreSQL (tsvector)."""

import pytest
from django.db import connection

from citypeers.practices.fulltext import rebuild_fulltext_index, text_matches
from citypeers.practices.models import Practice
from tests.factories import MunicipalityFactory, PracticeFactory

pytestmark = pytest.mark.django_db


def _found(query, **kwargs):
    kwargs.setdefault("allowed", Practice.objects.all())
    return [hit.practice_id for hit in text_matches(query, **kwargs)]


def test_fulltext_finds_a_new_practice_by_name_and_summary():
    practice = PracticeFactory(name="Porta Futuro", summary="Job orientation for young people")

    assert _found("porta futuro") == [practice.pk]
    assert _found("orientation") == [practice.pk]


def test_fulltext_follows_an_edit():
    practice = PracticeFactory(name="Language café")

    practice.name = "Conversation tables"
    practice.save()

    assert _found("café") == []
    assert _found("conversation") == [practice.pk]


def test_fulltext_forgets_a_deleted_practice():
    practice = PracticeFactory(name="Welcome classes")
    kept = PracticeFactory(name="Welcome desk")

    practice.delete()

    assert _found("welcome") == [kept.pk]


def test_fulltext_forgets_practices_deleted_by_cascade():
    practice = PracticeFactory(name="Night shelter")

    practice.municipality.delete()

    assert _found("shelter") == []
    assert not Practice.objects.exists()


def test_fulltext_accents_are_optional_both_ways():
    krakow = PracticeFactory(name="Centrum Wielokulturowe Kraków", language="pl")
    plain = PracticeFactory(name="Gdansk housing model")

    assert _found("krakow") == [krakow.pk]
    assert _found("Gdańsk") == [plain.pk]


def test_fulltext_matches_prefixes_as_the_user_types():
    practice = PracticeFactory(name="Multicultural ambassadors")

    assert _found("multicul") == [practice.pk]
    assert _found("ambas") == [practice.pk]


def test_fulltext_stems_words_in_the_practice_language():
    practice = PracticeFactory(name="Case per rifugiati", language="it", summary="alloggi sociali")

    assert _found("rifugiato", language="it") == [practice.pk]
    assert _found("alloggio") == [practice.pk]


def test_fulltext_requires_every_word():
    both = PracticeFactory(name="Housing for refugees")
    PracticeFactory(name="Housing for students")

    assert _found("housing refugees") == [both.pk]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "NEAR",
        ":",
        "-",
        'NEAR("a" "b")',
        "a:b -c",
        "'; DROP TABLE practices_practice; --",
        "1 OR 1=1",
        "%_%",
        "\\",
        "\x00",
    ],
)
def test_fulltext_syntax_and_sql_in_queries_are_plain_words(query):
    PracticeFactory(name="Drop-in centre for near arrivals")

    _found(query)

    assert Practice.objects.count() == 1


def test_fulltext_rebuild_gives_the_same_answers():
    practice = PracticeFactory(name="Rent guarantee fund")

    rebuild_fulltext_index()

    assert _found("guarantee") == [practice.pk]


def test_fulltext_respects_the_allowed_rows():
    shown = PracticeFactory(name="Homework club", status="published")
    PracticeFactory(name="Homework club draft", status="draft")

    found = _found("homework", allowed=Practice.objects.filter(status="published"))

    assert found == [shown.pk]


def test_fulltext_finds_a_rare_allowed_row_behind_many_others(municipality):
    other = MunicipalityFactory(country__code="PL")
    rows = [Practice(name=f"Housing desk {n}", municipality=municipality) for n in range(520)]
    for row in rows:
        row.refresh_derived_fields()
    Practice.objects.bulk_create(rows)
    rare = PracticeFactory(name="Desk", municipality=other, summary="housing " + "word " * 300)

    found = _found("housing", allowed=Practice.objects.filter(municipality__country_id="PL"))

    assert found == [rare.pk]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram similarity is PostgreSQL's")
def test_fulltext_mistyped_polish_name_found_by_trigrams():
    practice = PracticeFactory(name="Ambasadorzy Wielokulturowości", language="pl")

    assert _found("ambasadory wielokulturowosci") == [practice.pk]
