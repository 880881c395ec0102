"""People's roles on the development batches: per person whose role misses, gold vs predicted.

    python bench/_role_errors.py [BATCH ...]    # default: every development batch

A miss is a gold person found by name whose predicted role shares fewer than half the gold
role's words (the scorer's rule), or a gold person not found at all (NOPERSON).
Never pass an unseen batch (they are refused).
"""

import sys

from _setup import setup_django

setup_django("role-errors")

from citypeers.archive.extraction import extract_report, read_report  # noqa: E402
from tests.archive.archive_scoring import scorer, study_batches, study_reports  # noqa: E402


def main(wanted: list[str]) -> None:
    module = scorer()
    for report, path, gold in study_reports(study_batches(wanted)):
        batch = report["batch"]
        pred = extract_report(read_report(path), source=path.name).get("people") or []
        lines = []
        for g in gold["people"]:
            p = next((q for q in pred if module.same_person(g, q)), None)
            if p is None:
                lines.append(f"  NOPERSON {g['name']!r} role={g.get('role')!r}")
                continue
            gw = set(module.fold(g.get("role")).split())
            pw = set(module.fold(p.get("role")).split())
            if not (gw and len(gw & pw) >= len(gw) / 2):
                lines.append(f"  ROLE {g['name']!r} gold={g.get('role')!r} pred={p.get('role')!r}")
        if lines:
            print(f"== {batch} {path.name}")
            print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
