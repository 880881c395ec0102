"""Ranking quality: normalised discounted cumulative gain with graded judgements."""

import math
from collections.abc import Hashable, Mapping, Sequence


def dcg(gains: Sequence[float]) -> float:
    return sum((2**gain - 1) / math.log2(rank + 2) for rank, gain in enumerate(gains))


def ndcg_at_k(ranked: Sequence[Hashable], relevant: Mapping[Hashable, float], k: int = 10) -> float:
    """nDCG@k of one ranked list against graded judgements (missing = grade 0)."""
    ideal = dcg(sorted(relevant.values(), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([relevant.get(item, 0) for item in ranked[:k]]) / ideal


def mean_ndcg(
    runs: Mapping[str, Sequence[Hashable]],
    judgements: Mapping[str, Mapping[Hashable, float]],
    k: int = 10,
) -> float:
    """Mean nDCG@k over every judged query (a query with no run scores 0)."""
    if not judgements:
        return 0.0
    return sum(ndcg_at_k(runs.get(q, []), rel, k) for q, rel in judgements.items()) / len(
        judgements
    )
