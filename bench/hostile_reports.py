"""Extraction of hostile report texts, as a ratio to an ordinary report of the same size.

Every pattern of the extractor runs in linear time, so a text of long words, digit runs
or long lists costs per character about what an ordinary report costs; each figure is
"seconds per 100,000 characters", measured in this run, and its ratio to the ordinary
report. The project pattern alone once took 28 s on 'A' * 2,000.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from citypeers.archive.extraction import extract_details, load_gazetteer, read_report  # noqa: E402

SIZE = 40_000
HOSTILE = {
    "capitals 'AAAA…'": "A",
    "digits '1111…'": "1",
    "hyphenated 'Ab-Ab-…'": "Ab-",
    "comma list 'Rome, Rome, …'": "Rome, ",
    "titles 'Mr Abc Mr Abc …'": "Mr Abc ",
    "dates '12 March 12 March …'": "12 March ",
    "short lines 'A\\nA\\n…'": "A\n",
}


def seconds_per_100k(text: str) -> float:
    started = time.perf_counter()
    extract_details(text, source="bench.txt", budget_seconds=None)
    return (time.perf_counter() - started) * 100_000 / len(text)


def main() -> int:
    load_gazetteer()
    reports = Path(__file__).resolve().parent.parent / "tests" / "archive" / "reports"
    ordinary = "\n\n".join(read_report(p) for p in sorted(reports.glob("*.txt")))[:SIZE]
    base = seconds_per_100k(ordinary)
    print(f"ordinary reports ({len(ordinary):,} characters): {base:.2f} s per 100,000 characters")
    for name, unit in HOSTILE.items():
        cost = seconds_per_100k(unit * (SIZE // len(unit)))
        print(f"{name}: {cost:.2f} s per 100,000 characters, ratio {cost / base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
