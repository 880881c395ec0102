"""Ranking quality on the labelled set: nDCG@10 of each engine alone and fused."""

from citypeers.practices.engine.evaluation import mean_ndcg
from citypeers.practices.models import Practice
from citypeers.practices.search import SearchFilters, meaning_ranking, search, text_ranking
from tests.practices.conftest import judged_queries

PUBLISHED = SearchFilters()


def _runs(rank):
    keys = dict(Practice.objects.values_list("pk", "key"))
    return {q["id"]: [keys[pk] for pk in rank(q)] for q in judged_queries()}


def test_ranking_fused_beats_each_engine_and_reaches_080(collection):
    judgements = {q["id"]: q["relevant"] for q in judged_queries()}
    published = Practice.objects.filter(status="published")

    text = mean_ndcg(_runs(lambda q: text_ranking(q["query"], allowed=published)), judgements)
    meaning = mean_ndcg(_runs(lambda q: meaning_ranking(q["query"], filters=PUBLISHED)), judgements)
    fused = mean_ndcg(
        _runs(lambda q: [r.practice.pk for r in search(q["query"], limit=10)]), judgements
    )

    print(f"nDCG@10 full-text {text:.3f} semantic {meaning:.3f} fused {fused:.3f}")
    assert fused >= 0.80
    assert fused > meaning
    assert fused > text
