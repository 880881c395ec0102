"""The heuristic path of best_pairing on its own: always a valid matching, near the optimum."""

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citypeers.matching.heuristic import approximate_matching
from citypeers.matching.pairing import edge_arrays, exact_pairing


def weight_of(n, edges):
    i, j, w = edge_arrays(n, edges)
    return {(a, b): x for a, b, x in zip(i.tolist(), j.tolist(), w.tolist(), strict=True)}


def heuristic_pairs(n, edges):
    mate = approximate_matching(n, *edge_arrays(n, edges))
    assert all(mate[mate[a]] == a for a in range(n) if mate[a] >= 0)
    return [(a, int(mate[a])) for a in range(n) if mate[a] > a]


def random_round(n, degree, seed):
    """Cities with uniformly drawn compatibilities to a few random others."""
    rng = random.Random(seed)
    return [(rng.randrange(n), rng.randrange(n), rng.random() * 10) for _ in range(n * degree // 2)]


def shared_theme_round(n, k, seed):
    """Like the candidate graph: each city's k best by shared themes, so rich profiles
    become hubs that everyone lists."""
    rng = np.random.default_rng(seed)
    themes = (rng.random((n, 16)) < 0.2) * rng.integers(1, 4, (n, 16))
    scores = themes @ themes.T + rng.random((n, n))
    np.fill_diagonal(scores, -1)
    best = np.argsort(-scores, axis=1)[:, :k]
    return [(i, int(j), float(scores[i, j])) for i in range(n) for j in best[i]]


def nearby_round(n, seed):
    """Points in a square, each tied to its seven nearest, heavier when closer."""
    rng = np.random.default_rng(seed)
    points = rng.random((n, 2))
    edges = []
    for i in range(n):
        distance = np.hypot(*(points - points[i]).T)
        edges += [(i, int(j), float(1 / (distance[j] + 0.01))) for j in np.argsort(distance)[1:8]]
    return edges


@pytest.mark.parametrize(
    "build",
    [
        lambda seed: random_round(500, 10, seed),
        lambda seed: random_round(500, 3, seed),
        lambda seed: shared_theme_round(500, 8, seed),
        lambda seed: nearby_round(500, seed),
    ],
    ids=["random", "sparse", "hubs", "nearby"],
)
@pytest.mark.parametrize("seed", [0, 1])
def test_approximate_matching_is_within_one_percent_of_the_exact_optimum(build, seed):
    edges = build(seed)
    weight = weight_of(500, edges)
    optimum = sum(weight[pair] for pair in exact_pairing(500, edges))

    pairs = heuristic_pairs(500, edges)

    assert set(pairs) <= set(weight)
    assert sum(weight[pair] for pair in pairs) >= 0.99 * optimum


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 40).flatmap(
        lambda n: st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.floats(0.01, 100)),
            max_size=160,
        ).map(lambda edges: (n, edges))
    )
)
def test_approximate_matching_uses_given_edges_once_per_node_and_half_the_optimum(graph):
    n, edges = graph
    weight = weight_of(n, edges)

    pairs = heuristic_pairs(n, edges)

    nodes = [node for pair in pairs for node in pair]
    assert len(nodes) == len(set(nodes))
    assert set(pairs) <= set(weight)
    optimum = sum(weight[pair] for pair in exact_pairing(n, edges))
    assert sum(weight[pair] for pair in pairs) >= 0.5 * optimum


def test_approximate_matching_of_a_graph_without_edges_pairs_nobody():
    mate = approximate_matching(4, *edge_arrays(4, []))

    assert mate.tolist() == [-1, -1, -1, -1]
