"""Event facts on the development batches: gold vs predicted kind, online, location, status.

    python bench/_fact_errors.py [BATCH ...]    # default: every development batch

Prints one line per miss (batch, file, field, gold, predicted). Never pass an unseen batch
(they are refused).
"""

import sys
from collections import Counter

from _setup import setup_django

setup_django("fact-errors")

from citypeers.archive.extraction import extract_report, read_report  # noqa: E402
from tests.archive.archive_scoring import scorer, study_batches, study_reports  # noqa: E402

FACTS = ("kind", "online", "location", "status")


def main(wanted: list[str]) -> None:
    module = scorer()
    counts: Counter[str] = Counter()
    for report, path, gold in study_reports(study_batches(wanted)):
        batch = report["batch"]
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
