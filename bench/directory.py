"""Directory benchmark: loading the EU geodata, then name searches over the full directory.

Prints the load time (first load and the idempotent second one) and search latency
percentiles for the indexed folded-name lookup, against a scan of every municipality's
alternate names (what the index saves), as a ratio measured in the same run.
"""

from _setup import percentile, setup_django, timed

setup_django("directory")

from citypeers.core.text import fold  # noqa: E402 (Django must be set up first)
from citypeers.network.geodata import load_geodata  # noqa: E402
from citypeers.network.models import Municipality  # noqa: E402
from citypeers.network.selectors import municipalities_named  # noqa: E402

QUERIES = [
    "Firenze", "Cracovia", "Krakow", "Salonicco", "Venezia", "Gdansk", "Bucarest", "Wien",
    "Lisboa", "Cluj", "Thessal", "Valletta", "Sevilla", "Muenchen", "Napoli", "Iasi",
    "Varsavia", "Praga", "Zaragoza", "Porto",
]  # fmt: skip
ROUNDS = 5


def scan_search(query: str) -> list[int]:
    """The lookup without the index: fold and compare every name of every municipality."""
    folded = fold(query)
    return [
        pk
        for pk, name, alternates in Municipality.objects.values_list(
            "pk", "name", "alternate_names"
        ).iterator(chunk_size=5000)
        if any(fold(n).startswith(folded) for n in [name, *alternates])
    ]


first_load, summary = timed(load_geodata)
second_load, second = timed(load_geodata)
print(f"municipalities: {Municipality.objects.count():,}; names indexed: {summary.names:,}")
print(f"load-geodata, first load:  {first_load:6.2f} s")
print(
    f"load-geodata, second load: {second_load:6.2f} s "
    f"({second.municipalities_created} created: idempotent)"
)

indexed = []
for _ in range(ROUNDS):
    for query in QUERIES:
        seconds, result = timed(lambda q=query: list(municipalities_named(q)[:20]))
        indexed.append(seconds)
scanned = [timed(scan_search, query)[0] for query in QUERIES[:5]]

p50, p95 = percentile(indexed, 0.5), percentile(indexed, 0.95)
print(
    f"name search (indexed), {len(indexed)} queries: "
    f"p50 {p50 * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"
)
print(
    f"name search (full scan), {len(scanned)} queries: p50 {percentile(scanned, 0.5) * 1000:.1f} ms"
)
print(f"ratio full scan / indexed (p50): {percentile(scanned, 0.5) / p50:.0f}x")
