"""Extraction outputs of every report, dumped to compare two versions of the extractor.

    python bench/_outputs_identical.py dump OUT.json   # every report's record, by batch
    python bench/_outputs_identical.py diff OLD.json NEW.json

Every third-party batch is extracted, the unseen ones too, so that a change meant to keep
outputs as they are is checked everywhere; `diff` prints only the number of reports whose
output differs in each batch, never a name, a text or a field.
"""

import json
import random
import sys
from pathlib import Path

from archive import COUNT, _cities, report_text  # also sets Django up on a scratch database

from citypeers.archive.extraction import extract_report, read_report
from tests.archive.archive_scoring import OWN_REPORTS, THIRD_PARTY, shared_dir


def _record_text(path: Path) -> str:
    """The record as JSON, or the error raised, so that a new failure counts as a change."""
    try:
        record = extract_report(read_report(path), source=path.name)
    except Exception as error:  # noqa: BLE001 - a changed failure is a changed output
        return f"error: {type(error).__name__}: {error}"
    return json.dumps(record, ensure_ascii=False, default=repr)


def _batches() -> dict[str, list[Path]]:
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    batches: dict[str, list[Path]] = {}
    for entry in manifest["reports"]:
        batches.setdefault(entry["batch"], []).append(THIRD_PARTY / "texts" / entry["file"])
    batches["own"] = sorted(OWN_REPORTS.glob("*.txt"))
    batches["seeds"] = sorted((shared_dir() / "seeds" / "texts").glob("*.txt"))
    return batches


def dump(out: str) -> None:
    table = {
        batch: {path.name: _record_text(path) for path in paths}
        for batch, paths in _batches().items()
    }
    rng = random.Random(7)
    cities = _cities(rng)
    generated = {}
    for n in range(COUNT):
        record = extract_report(report_text(n, rng, cities), source=f"r{n}.txt")
        generated[f"r{n}"] = json.dumps(record, ensure_ascii=False, default=repr)
    table["generated"] = generated
    Path(out).write_text(json.dumps(table, ensure_ascii=False, indent=0), encoding="utf-8")


def diff(old_path: str, new_path: str) -> int:
    old = json.loads(Path(old_path).read_text(encoding="utf-8"))
    new = json.loads(Path(new_path).read_text(encoding="utf-8"))
    total = 0
    for batch in sorted(set(old) | set(new)):
        a, b = old.get(batch, {}), new.get(batch, {})
        differing = sum(1 for name in set(a) | set(b) if a.get(name) != b.get(name))
        total += differing
        print(f"{batch:12s} {len(b):5d} reports, {differing} differing")
    return 1 if total else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        print(f"extracting with {Path(extract_report.__code__.co_filename).parent}")
        dump(sys.argv[2])
    elif sys.argv[1:2] == ["diff"]:
        sys.exit(diff(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
