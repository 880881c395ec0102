"""Reciprocal rank fusion: merge ranked lists without comparing their scores.

Full-text bm25 scores and cosine similarities live on different scales; RRF only
uses each hit's rank in each list (Cormack, Clarke and Büttcher, SIGIR 2009).
"""

from collections.abc import Hashable, Sequence

DEFAULT_K = 60


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Hashable]],
    *,
    weights: Sequence[float] | None = None,
    k: int = DEFAULT_K,
) -> list[tuple[Hashable, float]]:
    """Ids with their fused score, best first; ties keep the order of first appearance."""
    weights = list(weights) if weights is not None else [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    scores: dict[Hashable, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda pair: -pair[1])
