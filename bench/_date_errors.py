"""Dates, times, sequence, people and practices on the development batches: gold vs predicted.

    python bench/_date_errors.py [BATCH ...]    # default: every development batch

Prints one line per miss (batch, file, field, gold, predicted). Never pass an unseen batch
(they are refused).
"""

import sys
from collections import Counter

from _setup import setup_django

setup_django("date-errors")

from citypeers.archive.extraction import extract_report, read_report  # noqa: E402
from tests.archive.archive_scoring import scorer, study_batches, study_reports  # noqa: E402

FIELDS = ("dates", "times", "sequence", "people", "practices")
KEYS = {
    "dates": ("start_date", "end_date"),
    "times": ("start_time", "end_time"),
    "sequence": ("sequence",),
}


def show(value, field):
    if field == "people":
        return sorted(p["name"] for p in value or [])
    if field == "practices":
        return [(p["name"], p.get("municipality")) for p in value or []]
    return value


def main(wanted: list[str]) -> None:
    module = scorer()
    counts: Counter[str] = Counter()
    for report, path, gold in study_reports(study_batches(wanted)):
        batch = report["batch"]
        pred = extract_report(read_report(path), source=path.name)
        for field in FIELDS:
            score = module.FIELDS[field](gold, pred)
            if score is None or score >= 1:
                continue
            counts[field] += 1 - score
            if field in KEYS:
                g = tuple(gold[k] for k in KEYS[field])
                p = tuple(pred.get(k) for k in KEYS[field])
            else:
                g, p = show(gold[field], field), show(pred.get(field), field)
            print(f"{batch:<9} {path.name:<60} {field:<9} {score:.2f} {g!r} -> {p!r}")
    print({k: round(v, 2) for k, v in counts.items()})


if __name__ == "__main__":
    main(sys.argv[1:])
