"""Weights of a graph's edges looked up by their ends, many at once (no Django)."""

import numpy as np


class EdgeIndex:
    """Edges i < j of weight w, sorted by the key i * n + j for vectorised lookup."""

    def __init__(self, n: int, i: np.ndarray, j: np.ndarray, w: np.ndarray):
        self.n = n
        keys = np.minimum(i, j) * n + np.maximum(i, j)
        order = np.argsort(keys, kind="stable")
        self.keys, self.weights = keys[order], w[order]
        self.i, self.j, self.w = i, j, w

    def weight(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Weight of each edge (a[k], b[k]); -inf where there is no such edge."""
        a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
        keys = np.minimum(a, b) * self.n + np.maximum(a, b)
        at = np.minimum(np.searchsorted(self.keys, keys), max(len(self.keys) - 1, 0))
        if not len(self.keys):
            return np.full(len(keys), -np.inf)
        return np.where(self.keys[at] == keys, self.weights[at], -np.inf)

    def partner_weights(self, mate: np.ndarray) -> np.ndarray:
        """Weight of each node's matched edge, 0 for a free node."""
        paired = np.flatnonzero(mate >= 0)
        weights = np.zeros(len(mate))
        weights[paired] = self.weight(paired, mate[paired])
        return weights
