"""Ranking quality on the labelled set: nDCG@10 of each engine alone and fused."""

from citypeers.practices.engine.evaluation import mean_ndcg
from citypeers.practices.engine.noise import made_up_queries
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
    answered = sum(1 for q in judged_queries() if search(q["query"], limit=1))
    made_up = made_up_queries(10, seed=7)
    silent = sum(1 for language, query in made_up if not search(query, language=language))

    print(f"nDCG@10 full-text {text:.3f} semantic {meaning:.3f} fused {fused:.3f}")
    print(
        f"judged queries answered {answered}/{len(judged_queries())}, "
        f"made-up queries finding nothing {silent}/{len(made_up)}"
    )
    assert fused >= 0.80
    assert fused > meaning
    assert fused > text
    assert answered == len(judged_queries())
    assert silent >= 0.9 * len(made_up)
