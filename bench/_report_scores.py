"""Per-report field scores of the development batches, saved to compare before and after a change.

    python bench/_report_scores.py save OUT.json [BATCH ...]  # the batches named (say the study
                                                              # ones: the default is every
                                                              # development batch)
    python bench/_report_scores.py diff OLD.json NEW.json [FIELD]

`diff` prints per-batch overall deltas and the reports improved / worsened (overall, or the
one FIELD). The unseen batches are never read.
"""

import json
import pathlib
import sys

from _setup import setup_django

setup_django("report-scores")

from citypeers.archive.extraction import extract_report, read_report  # noqa: E402
from tests.archive.archive_scoring import scorer, study_batches, study_reports  # noqa: E402


def save(out: str, wanted: list[str]) -> None:
    module = scorer()
    table = {}
    for report, path, gold in study_reports(study_batches(wanted)):
        predicted = extract_report(read_report(path), source=path.name)
        scores = {name: fn(gold, predicted) for name, fn in module.FIELDS.items()}
        table[report["file"]] = {"batch": report["batch"], "scores": scores}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(table, f, indent=0)


def batch_means(table: dict) -> dict[str, float]:
    fields: dict[str, dict[str, list[float]]] = {}
    for row in table.values():
        for name, value in row["scores"].items():
            if value is not None:
                fields.setdefault(row["batch"], {}).setdefault(name, []).append(value)
    return {b: sum(sum(v) / len(v) for v in f.values()) / len(f) for b, f in fields.items()}


def diff(old_path: str, new_path: str, field: str | None) -> None:
    old = json.loads(pathlib.Path(old_path).read_text(encoding="utf-8"))
    new = json.loads(pathlib.Path(new_path).read_text(encoding="utf-8"))
    before, after = batch_means(old), batch_means(new)
    for b in before:
        print(f"{b:10s} overall {before[b]:.4f} -> {after[b]:.4f} ({after[b] - before[b]:+.4f})")
    up = down = 0
    for name, row in new.items():
        a, b = old[name]["scores"], row["scores"]
        keys = [field] if field else [k for k in a if a[k] is not None]
        delta = sum((b[k] or 0) - (a[k] or 0) for k in keys)
        changed = {k: (a[k], b[k]) for k in keys if a[k] != b[k]}
        if abs(delta) > 1e-9 or changed:
            up += delta > 1e-9
            down += delta < -1e-9
            pretty = ", ".join(
                f"{k} {x if x is None else round(x, 2)}->{y if y is None else round(y, 2)}"
                for k, (x, y) in changed.items()
            )
            print(
                f"  {'+' if delta > 0 else '-' if delta < 0 else '='} {row['batch']:9s} {name}: {pretty}"
            )
    print(f"reports improved {up}, worsened {down}")


if __name__ == "__main__":
    if sys.argv[1] == "save":
        save(sys.argv[2], sys.argv[3:])
    else:
        diff(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
