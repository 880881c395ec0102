"""Organisations on the development batches: gold vs predicted per report, misses and extras.

    python bench/_org_errors.py [BATCH ...]    # default: every development batch

Never pass an unseen batch (they are refused).
"""

import re
import sys

from _setup import setup_django

setup_django("org-errors")

from citypeers.archive.extraction import extract_report, read_report  # noqa: E402
from tests.archive.archive_scoring import scorer, study_batches, study_reports  # noqa: E402


def sentence(text: str, name: str) -> str:
    """The first sentence holding the name (or its first word), shortened."""
    for probe in (name, name.split()[0] if name.split() else name):
        i = text.find(probe)
        if i >= 0:
            start = max(text.rfind(".", 0, i), text.rfind("\n", 0, i)) + 1
            ends = [e for e in (text.find(".", i + len(probe)), text.find("\n", i)) if e >= 0]
            end = min(ends) if ends else len(text)
            return re.sub(r"\s+", " ", text[start : min(end + 1, start + 300)]).strip()
    return "-"


def main(wanted: list[str]) -> None:
    module = scorer()
    for report, path, gold in study_reports(study_batches(wanted)):
        batch = report["batch"]
        text = read_report(path)
        pred = extract_report(text, source=path.name).get("organizations") or []
        g, p = gold["organizations"], list(pred)
        score = module.f1(g, p, module.same_org)
        unused = list(p)
        misses = []
        for item in g:
            hit = next((q for q in unused if module.same_org(item, q)), None)
            if hit is None:
                misses.append(item)
            else:
                unused.remove(hit)
        print(
            f"== {batch} {path.name} f1={score:.2f} gold={len(g)} pred={len(p)} org={gold.get('organizer')!r}"
        )
        for item in misses:
            print(f"  MISS {item['name']!r} [{item.get('kind')}] :: {sentence(text, item['name'])}")
        for item in unused:
            print(
                f"  EXTRA {item['name']!r} [{item.get('kind')}] :: {sentence(text, item['name'])}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
