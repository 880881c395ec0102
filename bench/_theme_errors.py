"""Themes on the development batches: gold vs extracted per report, with the candidates.

    python bench/_theme_errors.py [BATCH ...]    # default: every development batch

Per report: its language, the gold themes, the extracted ones, and per candidate theme
(+ gold, - not gold) whether the rules took it and its main features. Never pass an unseen
batch (they are refused).
"""

import sys

from _setup import setup_django

setup_django("theme-errors")

from citypeers.archive.extraction import extract_report, read_report, themes  # noqa: E402
from tests.archive.archive_scoring import study_batches, study_reports  # noqa: E402


def main(wanted: list[str]) -> None:
    totals = {"hit": 0, "miss": 0, "extra": 0, "uncued": 0}
    for report, path, gold in study_reports(study_batches(wanted)):
        batch = report["batch"]
        seen = []
        original = themes.theme_features

        def recording(*args, _original=original, _seen=seen, **kwargs):
            _seen.append(_original(*args, **kwargs))
            return _seen[-1]

        themes.theme_features = recording
        try:
            got = set(extract_report(read_report(path), source=path.name).get("themes") or [])
        finally:
            themes.theme_features = original
        want = set(gold.get("themes") or [])
        candidates = seen[-1] if seen else {}
        totals["hit"] += len(got & want)
        totals["miss"] += len(want - got)
        totals["extra"] += len(got - want)
        totals["uncued"] += len(want - set(candidates))
        print(f"\n{batch} {report['file']} [{report.get('language')}]")
        print(f"  gold: {sorted(want)}\n  got:  {sorted(got)}")
        for slug, v in sorted(candidates.items(), key=lambda kv: -kv[1]["share"]):
            mark = "+" if slug in want else "-"
            took = "T" if slug in got else " "
            print(
                f"   {mark}{took} {slug:20} rules={v['rules']:.0f} strong={v['strong']:.2f} "
                f"weak={v['weak']:.2f} lex={v['lexicon']:.2f} head={v['headline']:.2f} "
                f"title={v['title']:.2f} open={v['opening']:.2f} share={v['share']:.2f}"
            )
        for slug in sorted(want - set(candidates)):
            print(f"   +  {slug:20} (no cue)")
    print(f"\n{totals}")


if __name__ == "__main__":
    main(sys.argv[1:])
