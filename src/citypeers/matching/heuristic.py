"""A near-optimal maximum-weight matching for rounds too large for the exact solver.

Three steps, each vectorised with NumPy:

1. An auction (Bertsekas) on the bipartite double cover: every node bids, as a person,
   for another node, as an object, or for itself (staying unmatched). Its assignment is
   the linear relaxation of the matching, whose optimum lies within a hair of the
   integer one on compatibility graphs. Prices carry the long augmenting paths that a
   greedy matching followed by short local moves cannot find (on hub-shaped candidate
   graphs, greedy reaches about 82 % of the optimum and local moves stop near 97 %).
2. The assignment, as a graph, is a union of paths and cycles (each node takes one and
   is taken by at most one): the best matching of each is exact by dynamic programming.
3. Local moves repair what rounding left: an edge between two free nodes, a free node
   taking a neighbour whose partner takes a free node in turn, and two pairs swapping
   partners.
"""

import numpy as np

from citypeers.matching.edges import EdgeIndex

STOP_FRACTION = 0.01  # end an auction phase when this share of bidders is still unassigned
FINAL_EPSILON = 1e-3  # the last phase's bid increment, relative to the largest weight
EPSILON_FACTOR = 5.0
POLISH_ROUNDS = 10


class Arcs:
    """Both directions of every edge plus a weight-0 self arc per node, grouped by tail."""

    def __init__(self, n: int, i: np.ndarray, j: np.ndarray, w: np.ndarray):
        nodes = np.arange(n, dtype=np.int64)
        tail = np.concatenate([i, j, nodes])
        order = np.argsort(tail, kind="stable")
        self.tail = tail[order]
        self.head = np.concatenate([j, i, nodes])[order]
        self.weight = np.concatenate([w, w, np.zeros(n)])[order]
        self.start = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.tail, minlength=n), out=self.start[1:])

    def of(self, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Indices of the arcs leaving ``nodes``, grouped by node; each group's offset and size."""
        first, counts = self.start[nodes], self.start[nodes + 1] - self.start[nodes]
        offsets = np.cumsum(counts) - counts
        arcs = np.arange(counts.sum()) - np.repeat(offsets - first, counts)
        return arcs, offsets, counts


def auction(n: int, arcs: Arcs) -> np.ndarray:
    """Each node's object (itself if unmatched, -1 if left unassigned) after epsilon-scaling.

    A phase stops once STOP_FRACTION of the bidders is left: its last rounds are long
    price wars between a handful of nodes, which the local moves settle for less.
    """
    prices = np.zeros(n)
    largest = float(arcs.weight.max()) if len(arcs.weight) else 0.0
    final = max(largest * FINAL_EPSILON, 1e-12)
    epsilon = max(largest / 4, final)
    while True:
        assigned = _auction_phase(n, arcs, prices, epsilon)
        if epsilon <= final:
            return assigned
        epsilon = max(final, epsilon / EPSILON_FACTOR)


def _auction_phase(n: int, arcs: Arcs, prices: np.ndarray, epsilon: float) -> np.ndarray:
    owner = np.full(n, -1, dtype=np.int64)
    assigned = np.full(n, -1, dtype=np.int64)
    waiting = np.arange(n, dtype=np.int64)
    stop = int(STOP_FRACTION * n)
    for _ in range(50 * n + 100):  # a bound the auction never nears: it ends by itself
        if len(waiting) <= stop:
            break
        bidders, objects, bids = _bids(arcs, waiting, prices, epsilon)
        order = np.lexsort((-bids, objects))
        bidders, objects, bids = bidders[order], objects[order], bids[order]
        best = np.ones(len(objects), dtype=bool)
        best[1:] = objects[1:] != objects[:-1]
        bidders, objects, bids = bidders[best], objects[best], bids[best]
        outbid = owner[objects]
        assigned[outbid[outbid >= 0]] = -1
        owner[objects], assigned[bidders], prices[objects] = bidders, objects, bids
        waiting = np.flatnonzero(assigned < 0)
    return assigned


def _bids(arcs: Arcs, bidders: np.ndarray, prices: np.ndarray, epsilon: float):
    """Each bidder's best object and its bid: the price that leaves it epsilon better off
    there than at its second-best object."""
    index, offsets, counts = arcs.of(bidders)
    value = arcs.weight[index] - prices[arcs.head[index]]
    best = np.maximum.reduceat(value, offsets)
    group = np.repeat(np.arange(len(bidders)), counts)
    position = np.where(value == best[group], np.arange(len(index)), len(index))
    chosen = np.minimum.reduceat(position, offsets)
    value[chosen] = -np.inf
    second = np.maximum.reduceat(value, offsets)
    second = np.where(np.isfinite(second), second, best - 1.0)  # a node with no edge
    objects = arcs.head[index[chosen]]
    return bidders, objects, prices[objects] + best - second + epsilon


def approximate_matching(n: int, i: np.ndarray, j: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Partner of each node (-1 if none); edges i < j, unique, of positive weight."""
    if not len(i):
        return np.full(n, -1, dtype=np.int64)
    edges = EdgeIndex(n, i, j, w)
    mate = round_assignment(auction(n, Arcs(n, i, j, w)), edges)
    return polish(mate, edges)


def round_assignment(assigned: np.ndarray, edges: EdgeIndex) -> np.ndarray:
    """The best matching inside the assignment's paths and cycles: partner per node, or -1."""
    n = len(assigned)
    nodes = np.arange(n)
    follower = np.where((assigned >= 0) & (assigned != nodes), assigned, -1)
    mate = np.full(n, -1, dtype=np.int64)
    tails = np.flatnonzero(follower >= 0)
    heads = follower[tails]
    mutual = follower[heads] == tails
    mate[tails[mutual]] = heads[mutual]
    leader = np.full(n, -1, dtype=np.int64)
    leader[heads[~mutual]] = tails[~mutual]
    follower[tails[mutual]] = -1
    for chain, closed in _chains(follower.tolist(), leader.tolist()):
        for a, b in _best_on_chain(chain, closed, edges):
            mate[a], mate[b] = b, a
    return mate


def _chains(follower: list[int], leader: list[int]):
    """Each path (from a node nobody leads to) and each cycle of the follower graph."""
    seen = [False] * len(follower)
    starts = [v for v in range(len(follower)) if follower[v] >= 0 and leader[v] < 0]
    for start in starts:
        chain, v = [], start
        while v >= 0 and not seen[v]:
            seen[v] = True
            chain.append(v)
            v = follower[v]
        yield chain, False
    for start in range(len(follower)):
        if follower[start] >= 0 and not seen[start]:
            chain, v = [], start
            while not seen[v]:
                seen[v] = True
                chain.append(v)
                v = follower[v]
            yield chain, True


def _best_on_chain(chain: list[int], closed: bool, edges: EdgeIndex) -> list[tuple[int, int]]:
    """Maximum-weight matching of a path (or a cycle, if ``closed``) of nodes, exactly."""
    weights = edges.weight(chain[:-1], chain[1:]).tolist()
    if not closed or len(chain) < 3:
        return [(chain[k], chain[k + 1]) for k in _best_on_path(weights)]
    closing = float(edges.weight([chain[-1]], [chain[0]])[0])
    without = _best_on_path(weights)
    inner = _best_on_path(weights[1:-1])  # the closing edge takes the first and last node
    if sum(weights[k] for k in without) >= closing + sum(weights[k + 1] for k in inner):
        return [(chain[k], chain[k + 1]) for k in without]
    return [(chain[-1], chain[0])] + [(chain[k + 1], chain[k + 2]) for k in inner]


def _best_on_path(weights: list[float]) -> list[int]:
    """Indices of the edges of a maximum-weight matching of a path (edge k joins k, k+1)."""
    best = [0.0] * (len(weights) + 2)
    for k in range(len(weights) - 1, -1, -1):
        best[k] = max(best[k + 1], weights[k] + best[k + 2])
    chosen, k = [], 0
    while k < len(weights):
        if weights[k] + best[k + 2] > best[k + 1]:
            chosen.append(k)
            k += 2
        else:
            k += 1
    return chosen


def polish(mate: np.ndarray, edges: EdgeIndex) -> np.ndarray:
    """Apply improving local moves, the best first and node-disjoint, until none is left."""
    mate = mate.copy()
    tail = np.concatenate([edges.i, edges.j])
    head = np.concatenate([edges.j, edges.i])
    weight = np.concatenate([edges.w, edges.w])
    for _ in range(POLISH_ROUNDS):
        moves = [
            *_free_edges(mate, tail, head, weight),
            *_take_matched(mate, tail, head, weight, edges),
            *_swaps(mate, tail, head, weight, edges),
        ]
        if not _apply(mate, moves):
            break
    return mate


def _free_edges(mate, tail, head, weight):
    """An edge between two free nodes: add it."""
    found = np.flatnonzero((mate[tail] < 0) & (mate[head] < 0) & (tail < head))
    for k in found.tolist():
        yield weight[k], ((tail[k], head[k]),), (tail[k], head[k])


def _best_free_neighbours(mate, tail, head, weight):
    """Per node, its best and second-best free neighbour (-1 if none) and their weights."""
    n = len(mate)
    arcs = np.flatnonzero(mate[head] < 0)
    order = np.lexsort((-weight[arcs], tail[arcs]))
    arcs = arcs[order]
    first = np.ones(len(arcs), dtype=bool)
    first[1:] = tail[arcs[1:]] != tail[arcs[:-1]]
    second = np.zeros(len(arcs), dtype=bool)
    second[1:] = ~first[1:] & first[:-1]
    found = []
    for pick in (first, second):
        node, value = np.full(n, -1, dtype=np.int64), np.full(n, -np.inf)
        node[tail[arcs[pick]]], value[tail[arcs[pick]]] = head[arcs[pick]], weight[arcs[pick]]
        found.append((node, value))
    return found


def _take_matched(mate, tail, head, weight, edges):
    """A free node u takes v from its partner x, who takes its best free neighbour y != u."""
    (best, best_weight), (runner, runner_weight) = _best_free_neighbours(mate, tail, head, weight)
    arcs = np.flatnonzero((mate[tail] < 0) & (mate[head] >= 0))
    u, v = tail[arcs], head[arcs]
    x = mate[v]
    y = np.where(best[x] == u, runner[x], best[x])
    y_weight = np.where(best[x] == u, runner_weight[x], best_weight[x])
    y = np.where(y_weight > 0, y, -1)
    gain = weight[arcs] - edges.weight(v, x) + np.fmax(y_weight, 0)
    for k in np.flatnonzero(gain > 1e-12).tolist():
        pairs = ((u[k], v[k]),) if y[k] < 0 else ((u[k], v[k]), (x[k], y[k]))
        touched = (u[k], v[k], x[k]) if y[k] < 0 else (u[k], v[k], x[k], y[k])
        yield gain[k], pairs, touched


def _swaps(mate, tail, head, weight, edges):
    """Pairs (a, b) and (c, d) become (a, c) and (b, d)."""
    arcs = np.flatnonzero((mate[tail] >= 0) & (mate[head] >= 0) & (tail < head))
    a, c = tail[arcs], head[arcs]
    b, d = mate[a], mate[c]
    arcs, a, b, c, d = arcs[b != c], a[b != c], b[b != c], c[b != c], d[b != c]
    gain = weight[arcs] + edges.weight(b, d) - edges.weight(a, b) - edges.weight(c, d)
    for k in np.flatnonzero(gain > 1e-12).tolist():
        yield gain[k], ((a[k], c[k]), (b[k], d[k])), (a[k], b[k], c[k], d[k])


def _apply(mate: np.ndarray, moves: list) -> int:
    """Apply node-disjoint moves, largest gain first; how many were applied."""
    moves.sort(key=lambda move: -move[0])
    partner = mate.tolist()
    used: set[int] = set()
    applied = 0
    for _, pairs, touched in moves:
        if used.intersection(touched):
            continue
        for node in touched:
            if partner[node] >= 0:
                partner[partner[node]] = -1
            partner[node] = -1
        for a, b in pairs:
            partner[a], partner[b] = b, a
        used.update(touched)
        applied += 1
    mate[:] = partner
    return applied
