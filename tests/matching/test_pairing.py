"""best_pairing: hand-made rounds, validation, and exactness against networkx."""

import random

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citypeers.matching.pairing import best_pairing, exact_pairing, integer_weights


def total(pairs, edges):
    weight = {(min(i, j), max(i, j)): w for i, j, w in edges}
    return sum(weight[min(pair), max(pair)] for pair in pairs)


def networkx_total(n, edges):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from((i, j, w) for i, j, w in edges if i != j and w > 0)
    return total(nx.max_weight_matching(graph), edges)


def test_best_pairing_path_prefers_two_outer_pairs_to_the_heavy_middle():
    edges = [(0, 1, 2.0), (1, 2, 3.0), (2, 3, 2.0)]

    pairs = best_pairing(4, edges)

    assert pairs == [(0, 1), (2, 3)]


def test_best_pairing_odd_cycle_with_a_pendant_city():
    # A triangle of close cities and one city that only fits the first: a blossom.
    edges = [(0, 1, 5.0), (1, 2, 5.0), (0, 2, 5.0), (0, 3, 4.0)]

    pairs = best_pairing(4, edges)

    assert pairs == [(0, 3), (1, 2)]


def test_best_pairing_odd_round_leaves_the_weakest_city_out():
    edges = [(0, 1, 9.0), (0, 2, 1.0), (1, 2, 1.0), (2, 3, 8.0), (3, 4, 7.5), (4, 0, 1.0)]

    pairs = best_pairing(5, edges)

    assert pairs == [(0, 1), (2, 3)]
    assert total(pairs, edges) == 17.0


def test_best_pairing_returns_sorted_pairs_with_the_smaller_node_first():
    edges = [(5, 4, 1.0), (3, 0, 2.0), (2, 1, 3.0)]

    assert best_pairing(6, edges) == [(0, 3), (1, 2), (4, 5)]


def test_best_pairing_ignores_self_loops_and_non_positive_weights():
    edges = [(0, 0, 10.0), (0, 1, -3.0), (1, 2, 0.0), (2, 3, 1.5)]

    assert best_pairing(4, edges) == [(2, 3)]


def test_best_pairing_counts_the_heaviest_of_parallel_edges():
    edges = [(0, 1, 1.0), (1, 0, 6.0), (1, 2, 5.0), (2, 3, 0.5)]

    assert best_pairing(4, edges) == [(0, 1), (2, 3)]


def test_best_pairing_of_no_edges_is_empty():
    assert best_pairing(0, []) == []
    assert best_pairing(3, []) == []


@pytest.mark.parametrize(
    ("n", "edges", "message"),
    [
        (3, [(0, 3, 1.0)], "edge 0: node 3 is out of range 0..2"),
        (3, [(0, 1, 1.0), (-1, 2, 1.0)], "edge 1: node -1 is out of range 0..2"),
        (3, [(0, 1, float("nan"))], "edge 0 (0, 1): weight nan is not a finite number"),
        (3, [(0, 1, float("inf"))], "edge 0 (0, 1): weight inf is not a finite number"),
        (3, [(0, 1.5, 1.0)], "edge 0: node 1.5 is not an integer"),
        (3, [(0, 1, "heavy")], "edge 0: weight 'heavy' is not a number"),
        (3, [(0, 1)], "edge 0 must be (i, j, weight), not (0, 1)"),
        (3, [(0, 1, 1.0, 2)], "edge 0 must be (i, j, weight), not (0, 1, 1.0, 2)"),
        (3, [(0, 1, 1.0), (1, 2)], "edge 1 must be (i, j, weight), not (1, 2)"),
        (-1, [], "the number of nodes must be a non-negative integer, not -1"),
    ],
)
def test_best_pairing_bad_input_names_the_problem(n, edges, message):
    with pytest.raises(ValueError) as error:
        best_pairing(n, edges)

    assert str(error.value) == message


def test_integer_weights_keep_every_ratio_of_float_weights_exactly():
    weights = [0.1, 0.2, 0.30000000000000004, 3.0, 1e-9]

    scaled = integer_weights(__import__("numpy").array(weights))

    assert [s * weights[3] for s in scaled] == [w * scaled[3] for w in weights]


def test_best_pairing_separates_weights_that_differ_in_the_last_bit():
    # Floats one ulp apart: a rounded scale would tie them; the exact one keeps them apart.
    light, heavy = 0.1, 0.1 + 2**-56
    edges = [(0, 1, light), (1, 2, heavy)]

    assert best_pairing(3, edges) == [(1, 2)]


def heaviest(edges):
    best = {}
    for i, j, w in edges:
        if i != j and w > 0:
            key = (min(i, j), max(i, j))
            best[key] = max(best.get(key, 0), w)
    return [(i, j, w) for (i, j), w in best.items()]


graphs = st.integers(min_value=0, max_value=24).flatmap(
    lambda n: st.tuples(
        st.just(n),
        st.lists(
            st.tuples(
                st.integers(0, max(0, n - 1)),
                st.integers(0, max(0, n - 1)),
                st.integers(-8, 800).map(lambda k: k / 16),  # sums stay exact in floats
            ),
            max_size=80,
        )
        if n
        else st.just([]),
    )
)


@settings(max_examples=150, deadline=None)
@given(graphs)
def test_best_pairing_equals_networkx_total_on_random_graphs(graph):
    n, edges = graph

    pairs = best_pairing(n, edges)

    usable = heaviest(edges)
    nodes = [node for pair in pairs for node in pair]
    assert len(nodes) == len(set(nodes))
    assert set(pairs) <= {(i, j) for i, j, _ in usable}
    assert pairs == sorted(pairs)
    assert total(pairs, usable) == networkx_total(n, usable)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 30).flatmap(
        lambda n: st.lists(
            st.tuples(
                st.integers(0, n - 1),
                st.integers(0, n - 1),
                st.floats(0.001, 1000, allow_nan=False),
            ),
            max_size=100,
        ).map(lambda edges: (n, edges))
    )
)
def test_best_pairing_equals_networkx_with_arbitrary_float_weights(graph):
    n, edges = graph
    edges = heaviest(edges)

    pairs = best_pairing(n, edges)

    assert total(pairs, edges) == pytest.approx(networkx_total(n, edges), rel=1e-12)


def test_best_pairing_equals_networkx_on_a_round_of_three_hundred_cities():
    rng = random.Random(3)
    n = 300
    edges = heaviest(
        (rng.randrange(n), rng.randrange(n), rng.randint(1, 4000) / 32) for _ in range(2400)
    )

    pairs = best_pairing(n, edges)

    assert total(pairs, edges) == networkx_total(n, edges)


def test_exact_pairing_beyond_the_exact_limit_matches_networkx_on_small_input():
    edges = [(0, 1, 2.0), (1, 2, 3.0), (2, 3, 2.0)]

    assert exact_pairing(4, edges) == best_pairing(4, edges)
