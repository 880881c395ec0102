"""Bulk builders of benchmark data: events with their parties, generated practices, vectors.

Shared by bench/events.py, bench/practices.py and bench/load.py. Import it after
``_setup.setup_django``: the Django imports sit inside the functions so that this module
loads before Django is set up.
"""

import datetime as dt
import json
import random
from pathlib import Path

import numpy as np

EVENT_KINDS = ["peer_exchange", "consultation", "workshop", "webinar", "training", "study_visit"]
EVENT_STATUSES = ["planned", "concluded", "concluded", "cancelled"]
PARTIES_PER_EVENT = 4
FIRST_DAY = dt.datetime(2015, 1, 1, 8, tzinfo=dt.UTC)
PRACTICE_BATCH = 5_000
PRACTICE_DATA = Path(__file__).resolve().parent.parent / "tests" / "practices" / "data"


def fill_events(start: int, stop: int, municipalities: dict[int, str], rng: random.Random) -> None:
    """Events ``start``..``stop``-1 with their parties (``municipalities``: id → country) and
    two themes each, in bulk."""
    from citypeers.core.themes import Theme
    from citypeers.events.models import Event, EventParticipant, EventTheme

    events = []
    for index in range(start, stop):
        begins = FIRST_DAY + dt.timedelta(hours=index * 4 + rng.randrange(3))
        events.append(
            Event(
                kind=rng.choice(EVENT_KINDS),
                starts_at=begins,
                ends_at=begins + dt.timedelta(hours=2),
                status=rng.choice(EVENT_STATUSES),
            )
        )
    Event.objects.bulk_create(events, batch_size=5000)
    created = list(Event.objects.order_by("-pk").values_list("pk", flat=True)[: stop - start])
    parties, themes = [], []
    for event_id in created:
        chosen = rng.sample(list(municipalities), PARTIES_PER_EVENT)
        for position, municipality_id in enumerate(chosen):
            parties.append(
                EventParticipant(
                    event_id=event_id,
                    municipality_id=municipality_id,
                    country_id=municipalities[municipality_id],
                    position=position,
                )
            )
        for theme in rng.sample(Theme.values, 2):
            themes.append(EventTheme(event_id=event_id, theme=theme))
    EventParticipant.objects.bulk_create(parties, batch_size=10000)
    EventTheme.objects.bulk_create(themes, batch_size=10000)


class PracticeGenerator:
    """Practices mixing the name, summary and detail of the test collection's practices."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.by_language: dict[str, list[dict]] = {}
        with (PRACTICE_DATA / "practices.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                self.by_language.setdefault(row["language"], []).append(row)

    def practice(self, number: int, municipalities: list[int]):
        """Practice ``number``: one in ten is a draft, the rest published."""
        from citypeers.practices.models import Practice

        rng = self.rng
        language = rng.choice(list(self.by_language))
        rows = self.by_language[language]
        named, summarised, detailed = rng.choice(rows), rng.choice(rows), rng.choice(rows)
        practice = Practice(
            key=f"bench-{number}", name=f"{named['name']} {number % 97}",
            name_en=named["name_en"] or "", language=language,
            status="published" if number % 10 else "draft",
            municipality_id=rng.choice(municipalities), themes=named["themes"],
            summary=summarised["summary"], description=detailed["description"] or "",
            start_year=rng.randint(2005, 2023),
        )  # fmt: skip
        practice.refresh_derived_fields()
        return practice

    def insert(self, total: int, municipalities: list[int]) -> float:
        """Insert ``total`` practices in batches (full-text triggers included); seconds spent."""
        from _setup import timed
        from django.db import transaction

        from citypeers.practices.models import Practice

        def insert_batch(rows):
            with transaction.atomic():
                Practice.objects.bulk_create(rows, batch_size=1000)

        seconds = 0.0
        for start in range(0, total, PRACTICE_BATCH):
            stop = min(total, start + PRACTICE_BATCH)
            rows = [self.practice(n, municipalities) for n in range(start, stop)]
            seconds += timed(insert_batch, rows)[0]
        return seconds


def embed_practices(count: int) -> np.ndarray:
    """Embeddings of the first ``count`` practices, computed by the model."""
    from citypeers.practices.models import Practice
    from citypeers.practices.vectors import get_embedder

    sample = list(Practice.objects.order_by("pk")[:count])
    return get_embedder().embed_passages([practice.embedding_text() for practice in sample])


def store_vectors(computed: np.ndarray) -> None:
    """Give every practice the vector of a computed one plus a little noise.

    A brute-force search costs the same whatever the vectors say, so the figures hold
    without embedding every practice (an hour per 100,000 on one core).
    """
    from django.db import transaction

    from citypeers.practices.engine.embedding import text_digest, to_bytes
    from citypeers.practices.models import Practice
    from citypeers.practices.vectors import get_embedder

    embedder = get_embedder()
    ids = list(Practice.objects.order_by("pk").values_list("pk", flat=True))
    noise = np.random.default_rng(3)
    for start in range(0, len(ids), PRACTICE_BATCH):
        chunk = ids[start : start + PRACTICE_BATCH]
        base = computed[np.arange(start, start + len(chunk)) % len(computed)]
        vectors = base + noise.normal(0, 0.01, base.shape).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        rows = [
            Practice(
                pk=pk,
                embedding=to_bytes(vector),
                embedding_digest=text_digest(str(pk), embedder.name),
            )
            for pk, vector in zip(chunk, vectors, strict=True)
        ]
        # One statement per 500 rows: an update per row costs more than the row.
        with transaction.atomic():
            Practice.objects.bulk_update(rows, ["embedding", "embedding_digest"], batch_size=500)
