"""Practices on the study batches: gold vs extracted per report, with each missed name's
sentence.

    python bench/_practice_errors.py [BATCH ...]    # default: the study batches

Never pass an unseen batch (they are refused).
"""

import sys

from _setup import setup_django

setup_django("practice-errors")

from citypeers.archive.extraction import extract_report, read_report  # noqa: E402
from citypeers.archive.extraction.text import fold  # noqa: E402
from tests.archive.archive_scoring import scorer, study_batches, study_reports  # noqa: E402


def _sentence(text: str, name: str) -> str:
    """The first sentence holding `name` (folded), or '' when the text never spells it."""
    key = fold(name)
    for line in text.split("\n"):
        for piece in line.split(". "):
            if key and key in fold(piece):
                return piece.strip()[:300]
    return ""


def main(wanted: list[str]) -> None:
    module = scorer()
    totals = {"hit": 0, "miss": 0, "extra": 0}
    for report, path, gold in study_reports(study_batches(wanted)):
        text = read_report(path)
        got = extract_report(text, source=path.name).get("practices") or []
        want = gold.get("practices") or []
        unused = list(got)
        missed = []
        for g in want:
            match = next((p for p in unused if module.same_practice(g, p)), None)
            if match is None:
                missed.append(g)
            else:
                unused.remove(match)
        totals["hit"] += len(want) - len(missed)
        totals["miss"] += len(missed)
        totals["extra"] += len(unused)
        if not missed and not unused:
            continue
        score = module.FIELDS["practices"](gold, {"practices": got})
        print(f"\n{report['batch']} {report['file']} [{report.get('language')}] f1={score:.2f}")
        for g in missed:
            names = [g["name"], *g.get("aliases", [])]
            where = next((s for s in (_sentence(text, n) for n in names) if s), "")
            print(f"  MISS {names} ({g.get('municipality')})\n       | {where}")
        for p in unused:
            print(f"  EXTRA {p['name']!r} ({p.get('municipality')})")
    print(f"\n{totals}")


if __name__ == "__main__":
    main(sys.argv[1:])
