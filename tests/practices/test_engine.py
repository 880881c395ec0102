"""The search engine core alone: text analysis, vector index, fusion, evaluation."""

import numpy as np
import pytest

from citypeers.practices.engine import text
from citypeers.practices.engine.evaluation import mean_ndcg, ndcg_at_k
from citypeers.practices.engine.fusion import reciprocal_rank_fusion
from citypeers.practices.engine.index import VectorIndex


def test_deaccent_folds_accents_and_keeps_script():
    assert text.deaccent("Kraków Łódź Żabbar") == "krakow lodz zabbar"
    assert text.deaccent("Στέγαση") == "στεγαση"


def test_fts5_match_quotes_every_word_so_syntax_is_inert():
    match = text.fts5_match('"NEAR(a b)" * : - OR drop')

    assert match is not None
    assert '"near"' in match and '"drop"*' in match
    assert "NEAR(" not in match and ": -" not in match


@pytest.mark.parametrize("query", ["", "   ", "!!! ??? ...", '"*:-', "12 34"])
def test_fts5_match_without_words_is_none(query):
    assert text.fts5_match(query) is None


def test_query_words_are_bounded():
    tokens = text.query_words("word " * 5000)

    assert tokens == ["word"]
    assert len(text.query_words(" ".join(f"w{i}x" for i in range(100)))) == text.MAX_QUERY_WORDS


def test_stems_in_query_match_other_forms():
    stems = set(text.query_stems(["alloggi"], "it"))

    assert set(text.stems(["alloggio"], "it")) & stems


def test_highlight_terms_finds_prefixes_and_stems():
    found = text.highlight_terms(
        "Case per rifugiati e alloggio",
        ["rifugiato", "allog"],
        query_language="it",
        text_language="it",
    )

    assert found == ["rifugiati", "alloggio"]


def test_vector_index_upsert_remove_and_mask():
    index = VectorIndex(2, attributes=["status"])
    index.upsert([10, 20, 30], np.eye(3, 2, dtype=np.float32), {"status": [1, 1, 0]})
    index.upsert([20], np.array([[0.6, 0.8]], dtype=np.float32), {"status": [1]})

    ids, _scores = index.search(np.array([0.0, 1.0], dtype=np.float32), k=3)
    assert ids.tolist()[0] == 20
    index.remove([20, 999])
    assert sorted(index.ids.tolist()) == [10, 30]
    ids, _scores = index.search(np.array([1.0, 0.0]), k=5, mask=index.attribute("status") == 1)
    assert ids.tolist() == [10]


def test_reciprocal_rank_fusion_rewards_agreement():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]])

    assert [item for item, _score in fused] == ["b", "a", "d", "c"]


def test_ndcg_is_one_for_the_ideal_order_and_less_otherwise():
    relevant = {"a": 3, "b": 1}

    assert ndcg_at_k(["a", "b", "x"], relevant) == pytest.approx(1.0)
    assert ndcg_at_k(["x", "b", "a"], relevant) < 0.7
    assert mean_ndcg({"q": ["a"]}, {"q": relevant, "r": {"z": 1}}) < 1.0


def test_tsquery_text_quotes_lexemes_and_prefixes_the_last_word():
    assert text.tsquery_text("alloggio rifug", "it") == "('alloggio' | 'allogg') & ('rifug':*)"
    assert text.tsquery_text("?!") is None
