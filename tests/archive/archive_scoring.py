"""Helpers for the extraction score tests: where the shared seeds are, and the scorer."""

import importlib.util
import json
import pathlib
from collections.abc import Iterable, Iterator

from citypeers.archive.extraction import extract_report, read_report
from tests.paths import REPO, shared_dir

OWN_REPORTS = REPO / "tests" / "archive" / "reports"
THIRD_PARTY = OWN_REPORTS / "third_party"
# The batches that measure generalisation: extractor work never reads their texts or gold.
UNSEEN_BATCHES = frozenset({"unvisited", "unsurveyed"})
# The batch nobody reads, not even in aggregate, until the end measure of the work.
NEVER_READ = frozenset({"unsurveyed"})
# The batches a change must not lower, read only in aggregate (bench/extraction_scores.py):
# a debug script reads them only when named.
VALIDATION_BATCHES = frozenset({"sealed", "untouched", "unread", "unvisited"})
__all__ = [
    "NEVER_READ",
    "OWN_REPORTS",
    "THIRD_PARTY",
    "UNSEEN_BATCHES",
    "VALIDATION_BATCHES",
    "development_batches",
    "shared_dir",
    "study_batches",
    "study_report",
    "study_reports",
]


def development_batches() -> tuple[str, ...]:
    """The third-party batches extractor work may study, in the manifest's order."""
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    batches = dict.fromkeys(r["batch"] for r in manifest["reports"])
    return tuple(b for b in batches if b not in UNSEEN_BATCHES)


def study_batches(wanted: Iterable[str] = ()) -> tuple[str, ...]:
    """The batches a debug script was asked for (every development batch but the
    validation ones when none is named); naming an unseen batch stops the script."""
    wanted = tuple(wanted)
    if set(wanted) & UNSEEN_BATCHES:
        raise SystemExit("an unseen batch: refused")
    return wanted or tuple(b for b in development_batches() if b not in VALIDATION_BATCHES)


def _study_entry(entry: dict) -> tuple[dict, pathlib.Path, dict]:
    path = THIRD_PARTY / "texts" / entry["file"]
    gold = json.loads((THIRD_PARTY / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    return entry, path, gold


def study_reports(batches: Iterable[str]) -> Iterator[tuple[dict, pathlib.Path, dict]]:
    """(manifest entry, text path, gold record) of every report of the batches, in the
    manifest's order. An unseen batch is refused before any file is opened."""
    batches = frozenset(batches)
    if batches & UNSEEN_BATCHES:
        raise SystemExit("an unseen batch: refused")
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    for entry in manifest["reports"]:
        if entry["batch"] in batches:
            yield _study_entry(entry)


def study_report(name: str) -> tuple[dict, pathlib.Path, dict]:
    """(manifest entry, text path, gold record) of one third-party report, by file name;
    a report of an unseen batch is refused before its files are opened."""
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    entry = next(r for r in manifest["reports"] if r["file"] == name)
    if entry["batch"] in UNSEEN_BATCHES:
        raise SystemExit("an unseen batch's report: refused")
    return _study_entry(entry)


def scorer():
    path = shared_dir() / "tools" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def field_scores(gold_dir: pathlib.Path, report_paths: list[pathlib.Path]) -> dict[str, float]:
    """Mean score per field over the reports, exactly as the shared scorer computes it."""
    module = scorer()
    gold = {}
    for path in sorted(gold_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        gold[record["source"]] = record
    wanted = {p.name for p in report_paths}
    gold = {source: record for source, record in gold.items() if source in wanted}
    output = {p.name: extract_report(read_report(p), source=p.name) for p in report_paths}
    table: dict[str, list[float]] = {name: [] for name in module.FIELDS}
    for source, g in gold.items():
        predicted = output.get(source, {})
        for name, fn in module.FIELDS.items():
            value = fn(g, predicted)
            if value is not None:
                table[name].append(value)
    return {name: sum(v) / len(v) for name, v in table.items() if v}
