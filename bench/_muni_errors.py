"""Municipalities on the development batches: gold vs extracted per report, misses and extras.

    python bench/_muni_errors.py [BATCH ...]    # default: every development batch
    python bench/_muni_errors.py --errors ...   # only reports with a miss or an extra

Each miss or extra is shown with the first sentence naming it. Never pass an unseen
batch (they are refused).
"""

import re
import sys

from _setup import setup_django

setup_django("muni-errors")

from citypeers.archive.extraction import extract_report, read_report  # noqa: E402
from tests.archive.archive_scoring import scorer, study_batches, study_reports  # noqa: E402


def sentence(text: str, name: str) -> str:
    """The first sentence holding the name (or a stem of its first word), shortened."""
    first = name.split()[0] if name.split() else name
    for probe in (name, first, first[: max(4, len(first) - 3)]):
        i = text.find(probe)
        if i >= 0:
            start = max(text.rfind(". ", 0, i) + 1, text.rfind("\n", 0, i) + 1, 0)
            ends = [e for e in (text.find(". ", i + len(probe)), text.find("\n", i)) if e >= 0]
            end = min(ends) if ends else len(text)
            snippet = text[max(start, i - 200) : min(end + 1, i + 200)]
            return re.sub(r"\s+", " ", snippet).strip()
    return "-"


def label(item: dict) -> str:
    return f"{item.get('name')!r} {item.get('country') or '??'}"


def main(args: list[str]) -> None:
    only_errors = "--errors" in args
    wanted = [a for a in args if not a.startswith("--")]
    module = scorer()
    totals: dict[str, list[float]] = {}
    for report, path, gold in study_reports(study_batches(wanted)):
        batch = report["batch"]
        text = read_report(path)
        pred = extract_report(text, source=path.name).get("municipalities") or []
        g, p = gold["municipalities"], list(pred)
        score = module.f1(g, p, module.same_city)
        totals.setdefault(batch, []).append(score)
        unused = list(p)
        misses = []
        for item in g:
            hit = next((q for q in unused if module.same_city(item, q)), None)
            if hit is None:
                misses.append(item)
            else:
                unused.remove(hit)
        if only_errors and not misses and not unused:
            continue
        print(f"== {batch} {path.name} f1={score:.2f} gold={len(g)} pred={len(p)}")
        print("   gold: " + ", ".join(f"{x['name']} {x.get('country')}" for x in g))
        for item in misses:
            print(f"  MISS  {label(item)} :: {sentence(text, item['name'])}")
        for item in unused:
            print(f"  EXTRA {label(item)} :: {sentence(text, item.get('name') or '')}")
    for batch, values in totals.items():
        print(f"{batch:10s} municipalities {sum(values) / len(values):.3f} over {len(values)}")


if __name__ == "__main__":
    main(sys.argv[1:])
