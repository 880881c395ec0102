"""Events benchmark: list and detail pages with 50,000 events and 200,000 participations.

Fills a scratch database with the EU directory and synthetic events (four parties, two
themes each), renders the list page (plain, filtered, deep page) and an event page
through the full Django stack, and prints render-time percentiles, SQL queries per page
(compared between a page showing 1 row and one showing 25: they must be equal) and the
ratio of list time at 50,000 events to list time at 5,000.
"""

import random

from _data import fill_events as fill
from _setup import percentile, setup_django, timed

setup_django("events")

from django.core.cache import cache  # noqa: E402 (Django must be set up first)
from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from citypeers.events.models import Event, EventParticipant  # noqa: E402
from citypeers.events.selectors import EventFilters, event_list  # noqa: E402
from citypeers.network.geodata import load_geodata  # noqa: E402
from citypeers.network.models import Municipality  # noqa: E402

EVENTS = 50_000
ROUNDS = 15


def render(client: Client, url: str, *, cold: bool = False) -> tuple[list[float], int]:
    """Render times over ROUNDS and the number of SQL queries of one render.

    ``cold`` empties the cache before each render, so the filter counts are recomputed.
    """
    client.get(url)  # warm caches (templates, translations)
    samples = []
    for _ in range(ROUNDS):
        if cold:
            cache.clear()
        seconds, response = timed(client.get, url)
        assert response.status_code == 200, (url, response.status_code)
        samples.append(seconds)
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return samples, len(queries)


def report(label: str, samples: list[float], queries: int) -> float:
    p50 = percentile(samples, 0.5)
    print(
        f"{label:<44} p50 {p50 * 1000:7.1f} ms  p95 {percentile(samples, 0.95) * 1000:7.1f} ms"
        f"  {queries:3d} queries"
    )
    return p50


load_geodata()
rng = random.Random(20210308)
municipality_ids = dict(
    Municipality.objects.order_by("-population").values_list("pk", "country_id")[:3000]
)
client = Client()

seconds, _ = timed(fill, 0, EVENTS // 10, municipality_ids, rng)
print(f"filled {Event.objects.count():,} events in {seconds:.1f} s")
small_list = report("list page, 5,000 events", *render(client, "/en/events/"))
small_cold = report(
    "list page, 5,000 events, counts not cached", *render(client, "/en/events/", cold=True)
)

seconds, _ = timed(fill, EVENTS // 10, EVENTS, municipality_ids, rng)
print(
    f"filled {Event.objects.count():,} events and "
    f"{EventParticipant.objects.count():,} participations in {seconds:.1f} s"
)
sample = Event.objects.order_by("pk")[EVENTS // 2]
busy_town = EventParticipant.objects.filter(event=sample).first().municipality_id
pages = {
    "list page 1": "/en/events/",
    "list page 1,000": "/en/events/?page=1000",
    "list, country=IT & theme=housing": "/en/events/?country=IT&theme=housing",
    "list, kind & year & status": "/en/events/?kind=webinar&year=2020&status=concluded",
    "list, one municipality": f"/en/events/?municipality={busy_town}",
    "event page": f"/en/events/{sample.pk}/",
    "event .ics": f"/en/events/{sample.pk}.ics",
    "calendar feed of a municipality": f"/en/events/calendar/municipality/{busy_town}.ics",
}
times = {label: report(label, *render(client, url)) for label, url in pages.items()}
cold = report("list page 1, counts not cached", *render(client, "/en/events/", cold=True))
report(
    "list, country=IT & theme=housing, not cached",
    *render(client, "/en/events/?country=IT&theme=housing", cold=True),
)

# The same kind of page showing 25 rows and showing a handful: the queries must match.
many_url = f"/en/events/?municipality={busy_town}"
few_url = f"{many_url}&kind={sample.kind}&status={sample.status}&year={sample.starts_at.year}"
many_rows = min(25, event_list(EventFilters.from_query(QueryDict(many_url[12:]))).count())
few_rows = min(25, event_list(EventFilters.from_query(QueryDict(few_url[12:]))).count())
_, many_queries = render(client, many_url, cold=True)
_, few_queries = render(client, few_url, cold=True)
print(
    f"SQL queries per list page: {many_rows} rows -> {many_queries}, "
    f"{few_rows} rows -> {few_queries} (same: {many_queries == few_queries})"
)
print(f"list page 1 at 50,000 / at 5,000 events: {times['list page 1'] / small_list:.2f}x")
print(f"  the same, counts not cached: {cold / small_cold:.2f}x")
print(f"event page / list page 1: {times['event page'] / times['list page 1']:.2f}x")
