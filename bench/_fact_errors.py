"""Event facts on the development batches: gold vs predicted kind, online, location, status.

    python bench/_fact_errors.py [BATCH ...]    # default: every development batch

Prints one line per miss (batch, file, field, gold, predicted). Never pass an unseen batch
(they are refused).
"""

import json
import sys
from collections import Counter

from _setup import setup_django

setup_django("fact-errors")

from citypeers.archive.extraction import extract_report, read_report  # noqa: E402
from tests.archive.archive_scoring import THIRD_PARTY, UNSEEN_BATCHES, scorer  # noqa: E402

UNSEEN = UNSEEN_BATCHES
FACTS = ("kind", "online", "location", "status")


def main(wanted: list[str]) -> None:
    module = scorer()
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    names = set(wanted) - UNSEEN if wanted else None
    counts: Counter[str] = Counter()
    for report in manifest["reports"]:
        batch = report["batch"]
        if batch in UNSEEN or (names and batch not in names):
            continue
        path = THIRD_PARTY / "texts" / report["file"]
        gold = json.loads(
            (THIRD_PARTY / "gold" / (path.stem + ".json")).read_text(encoding="utf-8")
        )
        pred = extract_report(read_report(path), source=path.name)
        for field in FACTS:
            if not module.FIELDS[field](gold, pred):
                counts[field] += 1
                print(
                    f"{batch:<9} {path.name:<60} {field:<9} {gold[field]!r} -> {pred.get(field)!r}"
                )
    print(dict(counts))


if __name__ == "__main__":
    main(sys.argv[1:])
