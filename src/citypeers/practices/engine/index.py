"""An in-memory vector index: a NumPy matrix searched by brute-force cosine similarity.

At 100,000 practices of 384 float32 dimensions the matrix takes about 150 MB and one
query is a single matrix-vector product, a few milliseconds: no approximate index is
needed. Each row also carries small integer attributes (status, country, a bit set of
themes...) so that filters become a boolean mask over rows, computed in NumPy.
"""

from collections.abc import Iterable, Mapping

import numpy as np

_GROWTH = 1.5


class VectorIndex:
    """Rows of (id, unit vector, integer attributes); ids are unique."""

    def __init__(self, dim: int, attributes: Iterable[str] = ()):
        self.dim = dim
        self._attribute_names = tuple(attributes)
        self._size = 0
        self._ids = np.zeros(0, dtype=np.int64)
        self._matrix = np.zeros((0, dim), dtype=np.float32)
        self._attributes = {name: np.zeros(0, dtype=np.int64) for name in self._attribute_names}
        self._row_of: dict[int, int] = {}

    def __len__(self) -> int:
        return self._size

    def __contains__(self, item_id: int) -> bool:
        return int(item_id) in self._row_of

    def row(self, item_id: int) -> int:
        """The row of an id (KeyError if absent)."""
        return self._row_of[int(item_id)]

    @property
    def ids(self) -> np.ndarray:
        return self._ids[: self._size]

    @property
    def matrix(self) -> np.ndarray:
        """The vectors, one row per id (a view: do not modify)."""
        return self._matrix[: self._size]

    @property
    def nbytes(self) -> int:
        """Memory held by the vectors (the matrix with its spare capacity)."""
        return int(self._matrix.nbytes)

    def attribute(self, name: str) -> np.ndarray:
        return self._attributes[name][: self._size]

    def _reserve(self, rows: int) -> None:
        if rows <= len(self._ids):
            return
        capacity = max(rows, int(len(self._ids) * _GROWTH) + 16)
        matrix = np.zeros((capacity, self.dim), dtype=np.float32)
        matrix[: self._size] = self._matrix[: self._size]
        self._matrix = matrix
        ids = np.zeros(capacity, dtype=np.int64)
        ids[: self._size] = self._ids[: self._size]
        self._ids = ids
        for name, values in self._attributes.items():
            grown = np.zeros(capacity, dtype=np.int64)
            grown[: self._size] = values[: self._size]
            self._attributes[name] = grown

    def upsert(
        self,
        ids: Iterable[int],
        vectors: np.ndarray,
        attributes: Mapping[str, Iterable[int]] | None = None,
    ) -> None:
        """Add rows, or replace the vector and attributes of ids already present."""
        ids = [int(item) for item in ids]
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(ids), self.dim)
        attributes = {name: list(values) for name, values in (attributes or {}).items()}
        new = [item for item in dict.fromkeys(ids) if item not in self._row_of]
        self._reserve(self._size + len(new))
        for item in new:
            self._row_of[item] = self._size
            self._ids[self._size] = item
            self._size += 1
        rows = np.fromiter((self._row_of[item] for item in ids), dtype=np.int64, count=len(ids))
        self._matrix[rows] = vectors
        for name in self._attribute_names:
            values = attributes.get(name)
            self._attributes[name][rows] = values if values is not None else 0

    def remove(self, ids: Iterable[int]) -> None:
        """Drop rows by id (unknown ids are ignored); the last row fills each hole."""
        for item in ids:
            row = self._row_of.pop(int(item), None)
            if row is None:
                continue
            last = self._size - 1
            if row != last:
                moved = int(self._ids[last])
                self._ids[row] = moved
                self._matrix[row] = self._matrix[last]
                for values in self._attributes.values():
                    values[row] = values[last]
                self._row_of[moved] = row
            self._size = last

    def mask_for_ids(self, ids: Iterable[int]) -> np.ndarray:
        """A row mask that keeps only the given ids."""
        return np.isin(self.ids, np.fromiter((int(i) for i in ids), dtype=np.int64))

    def search(
        self,
        vector: np.ndarray,
        *,
        k: int = 20,
        mask: np.ndarray | None = None,
        offsets: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """The k ids most similar to a unit vector (cosine = dot product), best first.

        ``mask`` keeps only some rows; ``offsets`` (one per row) is subtracted from the
        similarities before ranking, to correct a known bias of some rows.
        """
        if self._size == 0 or k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        scores = self._matrix[: self._size] @ np.asarray(vector, dtype=np.float32)
        if offsets is not None:
            scores = scores - offsets
        if mask is not None:
            candidates = np.flatnonzero(mask)
            if len(candidates) == 0:
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
            scores = scores[candidates]
        else:
            candidates = None
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        rows = candidates[top] if candidates is not None else top
        return self._ids[rows].copy(), scores[top].astype(np.float32)
