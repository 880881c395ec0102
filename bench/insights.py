"""Insights, site search and API benchmark: the full directory and 50,000 events.

Fills a scratch database with every EU municipality of the directory, synthetic events
(four parties, two themes each) and 2,000 generated practices, then renders through the
full Django stack: the Insights page (unfiltered and filtered, as a visitor and as a
coordinator), the site search for a set of queries (the first search of each embeds its
words; searches of the same words again reuse them), and API lists. Prints p50/p95 and SQL
queries per request; for each kind of list, the queries of a request showing many rows
against one showing few (they must be equal), and the Insights page at 50,000 events
against 5,000.
"""

import random

from _data import PracticeGenerator, embed_practices, store_vectors
from _data import fill_events as fill
from _setup import percentile, setup_django, timed

setup_django("insights")

from django.core.cache import cache  # noqa: E402 (Django must be set up first)
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from citypeers.accounts.enums import Role  # noqa: E402
from citypeers.accounts.services import create_user  # noqa: E402
from citypeers.events.models import Event, EventParticipant  # noqa: E402
from citypeers.network.geodata import load_geodata  # noqa: E402
from citypeers.network.models import Municipality  # noqa: E402

EVENTS = 50_000
PRACTICES = 2_000
ROUNDS = 15
SEARCHES = [
    "housing",
    "Firenze",
    "language courses for adults",
    "Wien",
    "employment of refugees",
    "vivienda",
    "Porto",
    "mentoring",
    "school",
    "integration",
]


def measure(client: Client, url: str, **headers) -> tuple[list[float], int]:
    """Times over ROUNDS renders and the SQL queries of one more render."""
    assert client.get(url, **headers).status_code == 200, url  # warm caches
    samples = []
    for _ in range(ROUNDS):
        seconds, response = timed(client.get, url, **headers)
        assert response.status_code == 200, (url, response.status_code)
        samples.append(seconds)
    with CaptureQueriesContext(connection) as queries:
        client.get(url, **headers)
    return samples, len(queries)


def report(label: str, samples: list[float], queries: int) -> float:
    p50 = percentile(samples, 0.5)
    print(
        f"{label:<48} p50 {p50 * 1000:7.1f} ms  p95 {percentile(samples, 0.95) * 1000:7.1f} ms"
        f"  {queries:3d} queries"
    )
    return p50


def flat(label: str, client: Client, many: str, few: str) -> None:
    """The SQL queries of a request showing many rows against one showing few."""
    cache.clear()
    _, many_queries = measure(client, many)
    cache.clear()
    _, few_queries = measure(client, few)
    same = many_queries == few_queries
    print(f"SQL queries, {label}: many rows {many_queries}, few rows {few_queries} (same: {same})")


def searches(client: Client) -> tuple[list[float], list[float], list[int]]:
    """Each query's first search (its words embedded) and ROUNDS // 5 more (the embedding
    kept), with the SQL queries of each query's search."""
    client.get("/en/search/", {"q": "warm up"})  # templates, translations, the model
    first, again, counts = [], [], []
    for query in SEARCHES:
        for samples in [first] + [again] * max(1, ROUNDS // 5):
            seconds, response = timed(client.get, "/en/search/", {"q": query})
            assert response.status_code == 200, (query, response.status_code)
            samples.append(seconds)
        with CaptureQueriesContext(connection) as queries:
            client.get("/en/search/", {"q": query})
        counts.append(len(queries))
    return first, again, counts


load_geodata()
rng = random.Random(20261202)
by_population = Municipality.objects.order_by("-population")
municipality_ids = dict(by_population.values_list("pk", "country_id")[:3000])
print(f"directory: {Municipality.objects.count():,} municipalities")

generator = PracticeGenerator(rng)
seconds = generator.insert(PRACTICES, list(municipality_ids))
store_vectors(embed_practices(50))
print(f"{PRACTICES:,} practices in {seconds:.1f} s")

visitor = Client()
coordinator = Client()
coordinator.force_login(
    create_user(
        username="bench-coordinator",
        email="coordinator@example.org",
        password="x" * 16,
        role=Role.COORDINATOR,
        validate=False,
    )  # fmt: skip
)

fill(0, EVENTS // 10, municipality_ids, rng)
cache.clear()
small = report("Insights page, 5,000 events", *measure(visitor, "/en/insights/"))

seconds, _ = timed(fill, EVENTS // 10, EVENTS, municipality_ids, rng)
print(
    f"filled {Event.objects.count():,} events and "
    f"{EventParticipant.objects.count():,} participations in {seconds:.1f} s"
)
busy = EventParticipant.objects.values_list("municipality__country_id", flat=True).first()
cache.clear()
pages = {
    "Insights page, visitor": (visitor, "/en/insights/"),
    "Insights page, coordinator": (coordinator, "/en/insights/"),
    f"Insights page, country={busy} & theme=housing": (
        visitor,
        f"/en/insights/?country={busy}&theme=housing",
    ),
    "Insights CSV export (exchanges per month)": (
        visitor,
        "/en/insights/export/exchanges-per-month.csv",
    ),
    "API events, 20 rows": (visitor, "/api/v1/events?limit=20"),
    "API events, 100 rows": (visitor, "/api/v1/events?limit=100"),
    "API municipalities, q=Wien": (visitor, "/api/v1/network/municipalities?q=Wien"),
    "API practices, 20 rows": (visitor, "/api/v1/practices?limit=20"),
}
times = {}
for label, (client, url) in pages.items():
    try:
        times[label] = report(label, *measure(client, url))
    except AssertionError as problem:
        print(f"{label:<48} not measured: {problem}")

first_searches, searches_again, search_queries = searches(visitor)
for label, samples in (("first time", first_searches), ("again", searches_again)):
    print(
        f"{f'site search, {len(SEARCHES)} queries, {label}':<48} "
        f"p50 {percentile(samples, 0.5) * 1000:7.1f} ms  "
        f"p95 {percentile(samples, 0.95) * 1000:7.1f} ms  "
        f"{min(search_queries)}-{max(search_queries)} queries"
    )

flat("API events", visitor, "/api/v1/events?limit=100", "/api/v1/events?limit=1")
flat("API practices", visitor, "/api/v1/practices?limit=100", "/api/v1/practices?limit=1")
flat(
    "Insights page",
    visitor,
    "/en/insights/",
    f"/en/insights/?country={busy}&theme=housing",
)
flat("site search", visitor, "/en/search/?q=integration", "/en/search/?q=Firenze")
print(
    "Insights page at 50,000 / at 5,000 events: "
    f"{times.get('Insights page, visitor', float('nan')) / small:.2f}x"
)
