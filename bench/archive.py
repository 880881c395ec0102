"""Archive throughput: extraction of 1,000 generated meeting reports, then their import.

The rate is the steady one: 20 other generated reports are extracted first, apart, and the
time they take (the patterns compiled and the indexes built on first use) is printed too.

Prints reports per second and the ratio to the target (extraction: 200 reports/s).
Runs on a throw-away SQLite database, never on var/.
"""

import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

from _setup import setup_django

TARGET_EXTRACTION_PER_S = 200
COUNT = 1000
WARM_UP = 20

setup_django("archive")

from citypeers.archive.extraction import (  # noqa: E402
    common_words,
    extract_report,
    load_gazetteer,
    read_report,
)
from citypeers.archive.extraction.gazetteer import load_exonyms  # noqa: E402
from citypeers.archive.extraction.given_names import given_names  # noqa: E402
from citypeers.archive.services import import_report_text  # noqa: E402
from tests.archive.archive_scoring import THIRD_PARTY, development_batches  # noqa: E402

FIRST = ["Anna", "Marco", "Joanna", "Pedro", "Eleni", "Tomasz", "Chiara", "Ioana", "Luis", "Sara"]
LAST = ["Rossi", "Nowak", "García", "Papadopoulou", "Popescu", "Bianchi", "Kowalska", "Silva"]
ROLES = ["Head of the Migrant Integration Office", "Director of Social Services", "Social worker"]
TOPICS = [
    "access to housing for refugees",
    "language courses and cultural mediation",
    "job matching and skills recognition",
    "unaccompanied minors and foster families",
    "COVID-19 emergency measures delivered remotely",
    "fighting racism and hate speech with local media",
]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]  # fmt: skip


def _cities(rng: random.Random) -> list:
    places = [
        p
        for p in load_gazetteer().places.values()
        if p.population > 150_000 and not any(c.isdigit() for c in p.name) and " of " not in p.name
    ]
    rng.shuffle(places)
    return places


def _person(rng: random.Random) -> str:
    return f"{rng.choice(['Mr', 'Ms', 'Dr'])} {rng.choice(FIRST)} {rng.choice(LAST)}"


def report_text(n: int, rng: random.Random, cities: list) -> str:
    a, b = rng.sample(cities, 2)
    when = dt.date(2015, 1, 1) + dt.timedelta(days=3 * n)  # numbers grow with the date
    day, month, year = when.day, when.month, when.year
    people = "; ".join(f"{_person(rng)}, {rng.choice(ROLES)}" for _ in range(rng.randint(1, 4)))
    topics = " and ".join(rng.sample(TOPICS, 2))
    if n % 3 == 0:
        return (
            f"{day} {MONTHS_IT[month - 1]} {year} ore 10.00 - 12.00 (CET)\nIncontro online\n\n"
            f"Il {n + 1}° scambio tra pari si è svolto online il {day} {MONTHS_IT[month - 1]} "
            f"{year} tra il Comune di {a.name} e il Comune di {b.name}, "
            f"con la moderazione dell'OIM.\n\n"
            f"Per {a.name}: {people}.\n\nSi è discusso di {topics}.\n"
        )
    return (
        f"{day} {MONTHS_EN[month - 1]} {year} 10:00-12:00 (CET)\non-line meeting\n\nConcluded\n\n"
        f"The {n + 1}th online peer-to-peer exchange was organized on {day} "
        f"{MONTHS_EN[month - 1]} {year} between the municipalities of {a.name} and {b.name}. "
        f"The meeting, moderated by IOM, addressed {topics}.\n\n"
        f"From {a.name}: {people}.\n\nThe representatives of {b.name} presented the "
        f"“Welcome Desk {n}” for newcomers.\n"
    )


def _seed_texts() -> list[str]:
    """The shared seed reports, when shared/ is beside the repository (or a parent)."""
    for parent in Path(__file__).resolve().parents:
        folder = parent / "shared" / "seeds" / "texts"
        if folder.is_dir():
            return [read_report(p) for p in sorted(folder.glob("*.txt"))]
    return []


def _third_party_texts() -> list[str]:
    """The real reports by other networks and agencies kept with the archive tests, of the
    development batches only: the unseen ones go through the extractor only to be scored."""
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    batches = set(development_batches())
    names = sorted(r["file"] for r in manifest["reports"] if r["batch"] in batches)
    return [read_report(THIRD_PARTY / "texts" / name) for name in names]


def _print_rate(label: str, texts: list[str]) -> None:
    """Extract COUNT reports cycling through `texts` and print the rate."""
    if not texts:
        return
    started = time.perf_counter()
    for n in range(COUNT):
        extract_report(texts[n % len(texts)], source="report.txt")
    elapsed = time.perf_counter() - started
    print(f"extraction of {label} (x{COUNT // len(texts)}): {COUNT / elapsed:.0f} reports/s")


def main() -> int:
    rng = random.Random(7)
    started = time.perf_counter()
    load_gazetteer().town_index()  # the gazetteer and its small towns are read once: not a report's
    # so are a country's English names, for every country the generated reports draw on
    load_exonyms({place.country for place in load_gazetteer().places.values()})
    given_names()  # and the dictionary of given names (about a second), read at the first person
    common_words.load()  # and the word frequencies that tell a town from a word
    print(
        f"gazetteer, small towns, English names, given names and word frequencies loaded once in "
        f"{time.perf_counter() - started:.2f} s"
    )
    cities = _cities(rng)
    texts = [report_text(n, rng, cities) for n in range(COUNT)]
    # the first reports of a process compile the patterns they meet and build indexes on
    # first use: a one-off cost, measured apart, so that the rate is the steady one
    warm_rng = random.Random(8)
    started = time.perf_counter()
    for n in range(WARM_UP):
        extract_report(report_text(n, warm_rng, cities), source="warm.txt")
    print(f"warm-up: {WARM_UP} other reports in {time.perf_counter() - started:.2f} s")

    started, cpu_started = time.perf_counter(), time.process_time()
    records = [extract_report(text, source=f"r{n}.txt") for n, text in enumerate(texts)]
    extraction_s = time.perf_counter() - started
    cpu_s = time.process_time() - cpu_started
    per_s = COUNT / extraction_s
    found = sum(1 for r in records if len(r["municipalities"]) == 2)
    print(f"extraction: {per_s:.0f} reports/s ({COUNT} in {extraction_s:.2f} s), "
          f"target {TARGET_EXTRACTION_PER_S}/s, ratio {per_s / TARGET_EXTRACTION_PER_S:.2f}; "
          f"both municipalities found in {found}/{COUNT}")  # fmt: skip
    # on a busy machine the clock's rate falls with the load; the CPU time's does not
    print(f"extraction by CPU time: {COUNT / cpu_s:.0f} reports/s ({cpu_s:.2f} s)")

    _print_rate("the seed reports", _seed_texts())
    _print_rate("the third-party reports", _third_party_texts())

    started = time.perf_counter()
    outcomes = [import_report_text(text=t, source_name=f"r{n}.txt") for n, t in enumerate(texts)]
    import_s = time.perf_counter() - started
    failed = sum(1 for o in outcomes if o.action == "failed")
    print(
        f"import: {COUNT / import_s:.0f} reports/s ({COUNT} in {import_s:.2f} s, {failed} failed)"
    )

    started = time.perf_counter()
    again = [import_report_text(text=t, source_name=f"r{n}.txt") for n, t in enumerate(texts)]
    again_s = time.perf_counter() - started
    unchanged = sum(1 for o in again if o.action == "unchanged")
    print(f"re-import: {COUNT / again_s:.0f} reports/s ({unchanged}/{COUNT} unchanged)")
    return 0 if per_s >= TARGET_EXTRACTION_PER_S else 1


if __name__ == "__main__":
    sys.exit(main())
