"""Helpers for the extraction score tests: where the shared seeds are, and the scorer."""

import importlib.util
import json
import pathlib

from citypeers.archive.extraction import extract_report, read_report
from tests.paths import REPO, shared_dir

OWN_REPORTS = REPO / "tests" / "archive" / "reports"
THIRD_PARTY = OWN_REPORTS / "third_party"
# The batches that measure generalisation: extractor work never reads their texts or gold.
UNSEEN_BATCHES = frozenset({"unopened", "unvisited", "untrodden"})
__all__ = ["OWN_REPORTS", "THIRD_PARTY", "UNSEEN_BATCHES", "development_batches", "shared_dir"]


def development_batches() -> tuple[str, ...]:
    """The third-party batches extractor work may study, in the manifest's order."""
    manifest = json.loads((THIRD_PARTY / "sources.json").read_text(encoding="utf-8"))
    batches = dict.fromkeys(r["batch"] for r in manifest["reports"])
    return tuple(b for b in batches if b not in UNSEEN_BATCHES)


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
