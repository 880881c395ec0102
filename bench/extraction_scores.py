"""Extraction scores on the third-party reports, per batch and per field (figures, not tests).

    python bench/extraction_scores.py [BATCH ...]     # default: every development batch

The unseen batches are the measure of generalisation: print them only when measuring, never
while working on the extractor, and then only their aggregate (this script prints nothing else).
The floors that guard against regressions live in tests/archive/test_third_party_reports.py.
"""

import json
import sys
from pathlib import Path

from _setup import setup_django

setup_django("extraction-scores")

from tests.archive.archive_scoring import THIRD_PARTY, UNSEEN_BATCHES, field_scores  # noqa: E402

UNSEEN = UNSEEN_BATCHES


def batches() -> dict[str, list[Path]]:
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    grouped: dict[str, list[Path]] = {}
    for report in manifest["reports"]:
        grouped.setdefault(report["batch"], []).append(THIRD_PARTY / "texts" / report["file"])
    return grouped


def main(wanted: list[str]) -> None:
    grouped = batches()
    names = wanted or [b for b in grouped if b not in UNSEEN]
    unknown = [n for n in names if n not in grouped]
    if unknown:
        sys.exit(f"unknown batch {', '.join(unknown)}; known: {', '.join(grouped)}")
    table = {name: field_scores(THIRD_PARTY / "gold", sorted(grouped[name])) for name in names}
    fields = sorted({f for scores in table.values() for f in scores})
    print(f"{'field':<14}" + "".join(f"{n[:9]:>10}" for n in names))
    for field in fields:
        cells = "".join(f"{table[n].get(field, float('nan')):>10.3f}" for n in names)
        print(f"{field:<14}{cells}")
    overall = [sum(table[n].values()) / len(table[n]) for n in names]
    print(f"{'overall':<14}" + "".join(f"{v:>10.4f}" for v in overall))


if __name__ == "__main__":
    main(sys.argv[1:])
