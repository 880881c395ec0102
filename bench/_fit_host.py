"""Check the host fallback of the record's location, leave-one-batch-out.

When no sentence says where people met, the record places a meeting not said to be online in
the participant the report names most (`places.most_named`), if that place is first named
within `record._HOST_LEAD_CHARS` of the start (and sends no delegation). This script reads
every development report twice, with the fallback on at any distance and off, then scores
every decision of a small grid (how far the first mention may stand, how often the place
must be named, by how many mentions it must lead the next one) per batch on all fields,
and chooses the decision on nine batches to score it on the tenth.

    python bench/_fit_host.py

Never reads an unseen batch.
"""

import itertools
from collections import Counter, defaultdict

from _setup import setup_django

setup_django("fit-host")

from citypeers.archive.extraction import extract_report, places, read_report, record  # noqa: E402
from tests.archive.archive_scoring import development_batches, scorer, study_reports  # noqa: E402

LEADS = (0, 200, 350, 500, 750, 1000, 1500, 10**9)
MIN_MENTIONS = (2, 3)
MARGINS = (1, 2)


def readings() -> list[dict]:
    """Per report: its batch, its field scores with the fallback on and off, and the
    fallback's place (where first named, how often, how often the next place)."""
    module = scorer()
    most_named = places.most_named
    found: dict = {}
    enabled = {"on": True}

    def spy(mentions):
        chosen = most_named(mentions)
        if chosen is not None:
            hosts = {m.place.geonameid for m in mentions if m.place and (m.cued or m.venue)}
            counts = sorted(
                Counter(
                    m.place.geonameid for m in mentions if m.place and m.place.geonameid in hosts
                ).values(),
                reverse=True,
            )
            found.update(start=chosen.start, count=counts[0], second=(counts[1:] or [0])[0])
        return chosen if enabled["on"] else None

    lead = record._HOST_LEAD_CHARS
    places.most_named, record._HOST_LEAD_CHARS = spy, LEADS[-1]
    out = []
    try:
        for entry, path, gold in study_reports(development_batches()):
            text = read_report(path)
            row = {"batch": entry["batch"]}
            for on in (True, False):
                enabled["on"] = on
                found.clear()
                pred = extract_report(text, source=path.name)
                scores = {n: fn(gold, pred) for n, fn in module.FIELDS.items()}
                row["on" if on else "off"] = {n: v for n, v in scores.items() if v is not None}
                if on:
                    row["place"] = dict(found)
            out.append(row)
    finally:
        places.most_named, record._HOST_LEAD_CHARS = most_named, lead
    return out


def batch_scores(rows: list[dict], decision: tuple[int, int, int]) -> dict[str, float]:
    """Overall score per batch (the mean of its field means) under a fallback decision."""
    lead, least, margin = decision
    fields: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        place = row["place"]
        used = (
            place
            and place["start"] < lead
            and place["count"] >= least
            and place["count"] - place["second"] >= margin
        )
        for name, value in row["on" if used else "off"].items():
            fields[row["batch"]][name].append(value)
    return {
        batch: sum(sum(v) / len(v) for v in by_field.values()) / len(by_field)
        for batch, by_field in fields.items()
    }


def main() -> None:
    rows = readings()
    grid = list(itertools.product(LEADS, MIN_MENTIONS, MARGINS))
    table = {decision: batch_scores(rows, decision) for decision in grid}
    batches = sorted(table[grid[0]])
    now = (record._HOST_LEAD_CHARS, 2, 1)
    print(f"{'batch left out':15} {'chosen on the others':22} {'its score':>9} {'now':>7}")
    held = []
    for batch in batches:
        best = max(grid, key=lambda d: (sum(table[d][b] for b in batches if b != batch), d == now))
        held.append(table[best][batch])
        print(f"{batch:15} {best!s:22} {table[best][batch]:9.4f} {table[now][batch]:7.4f}")
    print(f"\nleave-one-batch-out mean {sum(held) / len(held):.4f}; "
          f"the decision in use {now}: {sum(table[now].values()) / len(batches):.4f} on all batches")  # fmt: skip
    for decision in sorted(grid, key=lambda d: -sum(table[d].values()))[:5]:
        print(f"  {decision!s:22} {sum(table[decision].values()) / len(batches):.4f}")


if __name__ == "__main__":
    main()
