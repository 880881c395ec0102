"""The pairing of a round: a maximum-weight matching on a general graph (no Django).

Up to ``EXACT_LIMIT`` nodes the optimum comes from rustworkx's blossom algorithm, whose
time grows with about the cube of the nodes (seconds at 3,000). Beyond it, ``heuristic``
finds a matching within a fraction of a percent of the optimum in a few percent of that
time; ``bench/matching.py`` measures both on the same rounds.
"""

import math
from collections.abc import Iterable

import numpy as np
import rustworkx as rx

from citypeers.matching.heuristic import approximate_matching

EXACT_LIMIT = 2000
# rustworkx keeps weights as 128-bit integers: stay well below, leaving room for its sums.
INTEGER_BITS = 100

Pairs = list[tuple[int, int]]


def best_pairing(n: int, edges: Iterable[tuple[int, int, float]]) -> Pairs:
    """Pairs (i, j), i < j, sorted, of a maximum total-weight matching of nodes ``0..n-1``.

    Exact for n <= EXACT_LIMIT, within 0.5 % of the optimum beyond. Self loops and edges
    of weight <= 0 are ignored (they never help); of parallel edges the heaviest counts.
    Raises ValueError naming the first bad edge: a node out of range, a weight that is not
    a finite number.
    """
    i, j, w = edge_arrays(n, edges)
    if n <= EXACT_LIMIT:
        return _exact(n, i, j, w)
    mate = approximate_matching(n, i, j, w)
    return [(a, int(mate[a])) for a in range(n) if mate[a] > a]


def exact_pairing(n: int, edges: Iterable[tuple[int, int, float]]) -> Pairs:
    """The exact optimum whatever the size (what ``best_pairing`` is measured against)."""
    return _exact(n, *edge_arrays(n, edges))


def edge_arrays(n: int, edges: Iterable[tuple[int, int, float]]):
    """Validated edges as arrays (i < j, weight > 0, one edge per pair: the heaviest)."""
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 0:
        raise ValueError(f"the number of nodes must be a non-negative integer, not {n!r}")
    rows = list(edges)
    try:
        a, b, w = _columns(rows)
    except (TypeError, ValueError):
        a = b = w = None
    if (
        a is None
        or a.dtype.kind not in "iu"
        or b.dtype.kind not in "iu"
        or w.dtype.kind not in "iuf"
    ):
        for index, edge in enumerate(rows):  # find the first bad edge, to name it
            _check_edge(n, index, edge)
        raise ValueError("edges must be (i, j, weight) with integer nodes and numeric weights")
    bad = np.flatnonzero((a < 0) | (a >= n) | (b < 0) | (b >= n) | ~np.isfinite(w))
    if len(bad):
        _check_edge(n, int(bad[0]), rows[bad[0]])
    w = w.astype(np.float64)
    keep = (a != b) & (w > 0)
    i, j, w = np.minimum(a, b)[keep], np.maximum(a, b)[keep], w[keep]
    order = np.lexsort((-w, j, i))
    i, j, w = i[order], j[order], w[order]
    first = np.ones(len(i), dtype=bool)
    first[1:] = (i[1:] != i[:-1]) | (j[1:] != j[:-1])
    return i[first].astype(np.int64), j[first].astype(np.int64), w[first]


def _columns(rows: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Nodes and weights as arrays; nodes that are not whole numbers leave them as floats."""
    table = np.array(rows, dtype=np.float64)  # ragged or text: ValueError
    if not rows:
        table = table.reshape(0, 3)
    if table.ndim != 2 or table.shape[1] != 3:
        raise ValueError("an edge is not a triple")
    a, b, w = table.T
    if np.all(a == np.trunc(a)) and np.all(b == np.trunc(b)):
        return a.astype(np.int64), b.astype(np.int64), w
    return a, b, w


def _check_edge(n: int, index: int, edge) -> None:
    """Raise the ValueError that names what is wrong with ``edge``, if anything."""
    try:
        a, b, weight = edge
    except (TypeError, ValueError):
        raise ValueError(f"edge {index} must be (i, j, weight), not {edge!r}") from None
    for node in (a, b):
        if isinstance(node, bool) or not isinstance(node, int | np.integer):
            raise ValueError(f"edge {index}: node {node!r} is not an integer")
        if not 0 <= node < n:
            raise ValueError(f"edge {index}: node {node} is out of range 0..{n - 1}")
    if isinstance(weight, bool) or not isinstance(weight, int | float | np.number):
        raise ValueError(f"edge {index}: weight {weight!r} is not a number")
    if not math.isfinite(weight):
        raise ValueError(f"edge {index} ({a}, {b}): weight {weight} is not a finite number")


def integer_weights(w: np.ndarray) -> list[int]:
    """The weights as integers in the same proportions, exactly when they fit.

    A float is p / 2**e exactly, so scaling every weight by the largest 2**e keeps all
    ratios, and the integer optimum is the float optimum. When that needs more than
    INTEGER_BITS (weights many orders of magnitude apart), the weights are rounded at
    the finest scale that fits: an error below 2**-INTEGER_BITS of the largest per edge.
    """
    if not len(w):
        return []
    ratios = [float(x).as_integer_ratio() for x in w.tolist()]
    scale = max(q for _, q in ratios)
    largest = max(p * (scale // q) for p, q in ratios)
    if largest.bit_length() <= INTEGER_BITS:
        return [p * (scale // q) for p, q in ratios]
    shift = INTEGER_BITS - max(1, math.ceil(math.log2(float(w.max()))) + 1)
    return [round(math.ldexp(x, shift)) for x in w.tolist()]


def _exact(n: int, i: np.ndarray, j: np.ndarray, w: np.ndarray) -> Pairs:
    graph = rx.PyGraph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(list(zip(i.tolist(), j.tolist(), integer_weights(w), strict=True)))
    matching = rx.max_weight_matching(graph, weight_fn=lambda weight: weight)
    return sorted((min(a, b), max(a, b)) for a, b in matching)
