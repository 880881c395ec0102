"""search(): both engines fused, across languages, with reasons, filters and bad input."""

import pytest

from citypeers.practices import services
from citypeers.practices.engine.noise import made_up_queries
from citypeers.practices.models import Practice
from citypeers.practices.search import InvalidSearch, SearchFilters, meaning_ranking, search


def _keys(results):
    return [result.practice.key for result in results]


def test_search_italian_query_finds_housing_practices_in_other_languages(small_collection):
    results = search("alloggio per rifugiati", limit=5)

    assert set(_keys(results)[:3]) == {
        "refugee_housing-en",
        "refugee_housing-pl",
        "refugee_housing-it",
    }
    assert results[0].why == ("meaning",)
    assert results[0].reason == "similar meaning"


def test_search_english_query_finds_polish_practice(small_collection):
    results = search("multicultural centre in Krakow", limit=3)

    assert _keys(results)[0] == "multicultural_centre-pl"


def test_search_exact_name_comes_first_with_highlights(small_collection):
    results = search("Porta Futuro", limit=5)

    assert _keys(results)[0] == "job_orientation_youth-it"
    assert results[0].why == ("text", "meaning")
    assert results[0].highlights == ["Porta", "Futuro"]


def test_search_name_without_accents_finds_it(small_collection):
    results = search("ambasadorzy wielokulturowosci", limit=3)

    assert _keys(results)[0] == "community_ambassadors-pl"


def test_search_filters_by_theme_country_and_years(small_collection):
    by_country = search("housing", filters={"country": "PL"}, limit=20)
    by_theme = search("housing", filters={"theme": "data"}, limit=20)

    assert {r.practice.municipality.country_id for r in by_country} == {"PL"}
    assert _keys(by_theme) == ["data_observatory-es"]


def test_search_reversed_year_range_is_read_the_right_way(small_collection):
    Practice.objects.filter(key="refugee_housing-en").update(start_year=2015, end_year=2018)

    forward = search("refugees", filters={"year_from": 2016, "year_to": 2017})
    reversed_ = search("refugees", filters={"year_from": 2017, "year_to": 2016})

    assert _keys(forward) == _keys(reversed_)
    assert "refugee_housing-en" in _keys(forward)


@pytest.mark.parametrize(
    "filters, message",
    [
        ({"theme": "gardening"}, "Unknown theme"),
        ({"country": "XX"}, "Unknown country"),
        ({"target_group": "aliens"}, "Unknown target group"),
        ({"year_from": "soon"}, "must be a year"),
        ({"status": "secret"}, "Unknown status"),
        ({"colour": "red"}, "Unknown filter"),
        ({"municipality": "nowhere"}, "Unknown municipality"),
    ],
)
def test_search_unknown_filter_values_raise_a_clear_message(small_collection, filters, message):
    with pytest.raises(InvalidSearch, match=message):
        search("housing", filters=filters)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "?!.,;",
        '"',
        "*",
        ":",
        "-",
        "NEAR",
        '" NEAR * : -',
        "x" * 10_000,
        "'; DROP TABLE practices_practice; --",
        "housing " * 2000,
        "caf\udce9 housing",  # bytes that were not UTF-8 on a terminal
    ],
)
def test_search_bad_queries_give_a_result_and_change_nothing(small_collection, query):
    before = Practice.objects.count()

    results = search(query)

    assert isinstance(results, list)
    assert len(results) <= 20
    assert Practice.objects.count() == before


def test_search_punctuation_only_finds_nothing(small_collection):
    assert search("?!.,;") == []
    assert search("") == []


def test_search_never_returns_drafts_by_default(small_collection):
    practice = small_collection["single-mural-krakow"]
    services.set_practice_status(practice=practice, status="draft")

    assert "single-mural-krakow" not in _keys(search("MURAL mutual understanding"))


def test_practice_without_text_saves_and_its_vector_follows_the_text(directory):
    municipality = directory.get(name="Bari")
    practice = services.create_practice(
        name="Sportello", municipality=municipality, language="it", status="published"
    )
    first_digest = practice.embedding_digest

    services.update_practice(practice=practice, summary="Consulenza legale gratuita per stranieri")
    practice.refresh_from_db()

    assert practice.summary and practice.embedding is not None
    assert practice.embedding_digest != first_digest
    assert _keys(search("free legal advice for foreigners", limit=1)) == [None]
    assert search("free legal advice for foreigners", limit=1)[0].practice == practice


def test_vector_is_not_recomputed_when_the_text_is_unchanged(directory):
    practice = services.create_practice(
        name="Sportello",
        summary="Consulenza",
        municipality=directory.get(name="Bari"),
        language="it",
        status="published",
    )

    changed = services.refresh_practice_embeddings([practice])

    assert changed == 0


@pytest.mark.parametrize("query", ["xyzzy nonsense", "asdf qwerty", "blorft quazzle"])
def test_search_nonsense_finds_nothing(small_collection, query):
    assert search(query) == []
    assert meaning_ranking(query, filters=SearchFilters()) == []


def test_search_made_up_words_in_every_language_mostly_find_nothing(small_collection):
    queries = made_up_queries(5, seed=2026)

    found = {query: _keys(search(query, language=language)) for language, query in queries}

    # Made-up words can happen to look like a real one (noise.py): a few may find something.
    assert sum(1 for keys in found.values() if not keys) >= 36, found


@pytest.mark.parametrize(
    "query", ["housing", "corsi di lingua", "housing for refugees", "free legal advice"]
)
def test_search_meaningful_queries_still_find_after_noise_is_cut(small_collection, query):
    assert search(query, limit=3) != []
