"""Fit the weights of the themes model (archive/extraction/theme_model.py).

Every theme with any cue in a report is one example, labelled by whether the report's gold
answer lists it among the themes. The examples come from the development reports only: the
third-party development batches (never an unseen one), the project's own reports
(tests/archive/reports/*.json) and the shared seeds. A logistic regression with an L2
penalty (the bias is not penalised) and a bias per theme is fitted by Newton's method, in
plain Python.

By default (the model in use since 5 December, nine batches) every candidate is an example
and the model decides alone, without the features that only repeat the hand-written
decision (`theme_model.RULES`): the rules were tuned on the older batches one report at a
time and carry over worse. Summed LOBO F1, l2 1: 8.027 against 7.926 for the model that
only prunes the rules' themes (`--gated`, the model until then) and 7.744 for the rules;
final .626 blind .627 sealed .654 untouched .722 against .589 .583 .576 .655, but own .853
and seeds .879 against .911 and .968 (the project's own texts, written to the rules).
With the rules as features (`--rules`) 7.937; l2 0.3 7.968, l2 3 8.008; without the
`candidates` feature 7.970; capping the themes at four or five lowers it (7.747, 7.857).

Leave-one-batch-out (LOBO): for each batch, fit on the others and score the themes of the
batch left out (per-report set F1, as the shared scorer counts it; a gold theme without any
cue is a miss), beside the hand-written rules. The threshold kept is the one with the best
summed LOBO F1; compare penalties and feature sets by the same sum.

    DEBUG=1 .venv/bin/python bench/_fit_themes.py --l2 1 [--batches first held_out ...]

(`--batches` fits on the named development batches only, the project's own reports and the
seeds always with them: the batches a session keeps for validation stay out of the fit. On 7
December, fitted on the nine study batches of that day, the refit's LOBO sum was 7.952 and
its LOBO F1 on unopened .593 and untrodden .643, against .615 and .639 for the model in use,
which had never seen them: not adopted.)

prints the LOBO table, then `THRESHOLD`, `WEIGHTS` and `THEME_BIAS` fitted on all the
batches: paste them over those of theme_model.py, then check bench/extraction_scores.py.

Two other decisions print their LOBO table only (a model over every candidate): `--add`
keeps the rules' themes over one threshold and adds the others over a second (5 December,
l2 0.3: 7.330 against the then default's 7.291, lower on held_out and newest); `--expected`
takes the top candidates of the best expected F1, 2 * (sum of their probabilities) / (their
number + the sum over all candidates) (l2 0.3: 7.347; on short texts whose candidates are
all faint it takes them all). Not in use; see the report of 5 December.
"""

import argparse
import json
import math
import os
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the tests' scorer helpers
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citypeers.config.settings")

import django  # noqa: E402

django.setup()

from citypeers.archive.extraction import extract_report, read_report, themes  # noqa: E402
from citypeers.archive.extraction import theme_model as model  # noqa: E402

sys.path.insert(0, str(REPO / "bench"))
from _fit_participation import DEVELOPMENT, newton, reports, set_f1  # noqa: E402

from tests.archive.archive_scoring import study_batches  # noqa: E402

THRESHOLDS = [x / 4 for x in range(-12, 13)]


def examples(path: pathlib.Path, gold: dict) -> tuple[list, int]:
    """([(slug, feature values, label)] for the report's candidate themes, gold count):
    the features as the extractor computes them inside `extract_report`."""
    seen = []
    original = themes.theme_features

    def recording(*args, **kwargs):
        seen.append(original(*args, **kwargs))
        return seen[-1]

    themes.theme_features = recording
    try:
        extract_report(read_report(path), source=path.name)
    finally:
        themes.theme_features = original
    wanted = set(gold.get("themes") or [])
    rows = [(slug, values, slug in wanted) for slug, values in seen[-1].items()]
    return rows, len(wanted)


def vector(slug: str, values: dict, names: list[str]) -> list[float]:
    """The features `names`, then a one-hot of the theme (its own bias)."""
    return [values.get(n, 0.0) for n in names] + [float(slug == t) for t in themes.theme_slugs()]


def kept(scored: list[tuple[float, bool, bool]], threshold: float, alone: bool) -> list[bool]:
    """Labels of the candidates kept: (`alone`, as `theme_model.decide`) every candidate over
    the threshold, never none of them; or (`--gated`) the rules' themes the model does not
    find unlikely, and when the rules take none, every candidate weighed alike."""
    if alone:
        chosen = [y for z, y, _rules in scored if z >= threshold]
        return chosen or [y for _z, y, _r in sorted(scored, key=lambda t: -t[0])[:1]]
    taken = [(z, y) for z, y, rules in scored if rules] or [(z, y) for z, y, _r in scored]
    chosen = [y for z, y in taken if z >= threshold]
    return chosen or [y for _z, y in sorted(taken, key=lambda t: -t[0])[:1]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=3.0)
    parser.add_argument("--without", nargs="*", default=[], help="features left out")
    parser.add_argument("--gated", action="store_true", help="the model prunes the rules' themes")
    parser.add_argument("--rules", action="store_true", help="the rules' verdict is a feature")
    parser.add_argument("--add", action="store_true", help="the model may add themes too")
    parser.add_argument("--expected", action="store_true", help="the set of best expected F1")
    parser.add_argument("--cache", help="a file keeping the examples between runs")
    parser.add_argument(
        "--batches", nargs="*", default=list(DEVELOPMENT), help="the batches to fit on"
    )
    args = parser.parse_args()
    cache = pathlib.Path(args.cache) if args.cache else None
    if cache and cache.exists():
        data = json.loads(cache.read_text())
    else:
        chosen = study_batches(args.batches)
        data = [(batch, *examples(path, gold)) for batch, path, gold in reports(chosen)]
        if cache:
            cache.write_text(json.dumps(data))
    alone = not args.gated
    left_out = (*args.without, *(() if args.rules else model.RULES))
    names = [n for n in model.FEATURES if n not in left_out]
    rows = [(b, [(vector(s, v, names), y, v["rules"]) for s, v, y in r], n) for b, r, n in data]
    batches = [*dict.fromkeys(b for b, _r, _n in data)]
    rules = {b: [set_f1([y for _x, y, r in rs if r], n) for bb, rs, n in rows if bb == b]
             for b in batches}  # fmt: skip
    lobo: dict[str, dict[float, float]] = {}
    for b in batches:
        w = newton(_training(rows, b, alone), args.l2)
        lobo[b] = {
            t: _mean([set_f1(kept([(_z(w, x), y, r) for x, y, r in rs], t, alone), n)
                      for bb, rs, n in rows if bb == b])
            for t in THRESHOLDS
        }  # fmt: skip
    if args.add:
        _adding(rows, batches, args.l2, rules)
        return
    if args.expected:
        _expected(rows, batches, args.l2, rules)
        return
    best = max(THRESHOLDS, key=lambda t: sum(lobo[b][t] for b in batches))
    examples_count = sum(len(r) for _b, r, _n in rows)
    print(f"examples: {examples_count}, l2 {args.l2}, threshold {best}")
    print(f"{'batch':10} {'reports':>7} {'rules':>6} {'model':>6}")
    for b in batches:
        print(f"{b:10} {len(rules[b]):7} {_mean(rules[b]):6.3f} {lobo[b][best]:6.3f}")
    print(f"{'sum':10} {'':7} {sum(_mean(rules[b]) for b in batches):6.3f} "
          f"{sum(lobo[b][best] for b in batches):6.3f}")  # fmt: skip
    w = newton(_training(rows, None, alone), args.l2)
    print(f"\nTHRESHOLD = {best}")
    print("WEIGHTS: dict[str, float] = {")
    for name, value in zip(names, w[: len(names)], strict=True):
        if round(value, 2):
            print(f'    "{name}": {value:.2f},')
    print("}\nTHEME_BIAS: dict[str, float] = {")
    for slug, value in zip(themes.theme_slugs(), w[len(names) :], strict=True):
        if round(value, 2):
            print(f'    "{slug}": {value:.2f},')
    print("}")


def _adding(rows: list, batches: list[str], l2: float, rules: dict) -> None:
    """LOBO of a model over every candidate (with `rules` as a feature) that keeps the
    rules' themes over one threshold and adds the others over a second one."""
    pairs = [(t, a) for t in THRESHOLDS for a in THRESHOLDS if a >= t]
    lobo: dict[str, dict] = {}
    for b in batches:
        w = newton(_training(rows, b, True), l2)
        scored = [([(_z(w, x), y, r) for x, y, r in rs], n) for bb, rs, n in rows if bb == b]
        lobo[b] = {(t, a): _mean([set_f1(_two(s, t, a), n) for s, n in scored]) for t, a in pairs}
    best = max(pairs, key=lambda p: sum(lobo[b][p] for b in batches))
    print(f"add mode, l2 {l2}, thresholds {best}")
    for b in batches:
        print(f"{b:10} {_mean(rules[b]):6.3f} {lobo[b][best]:6.3f}")
    print(f"{'sum':10} {sum(_mean(rules[b]) for b in batches):6.3f} "
          f"{sum(lobo[b][best] for b in batches):6.3f}")  # fmt: skip


def _expected(rows: list, batches: list[str], l2: float, rules: dict) -> None:
    """LOBO of a model over every candidate whose probabilities choose the top themes of
    the best expected F1 (2 * sum of the chosen p / (chosen + expected gold count))."""
    extras = [x / 4 for x in range(0, 9)]
    lobo: dict[str, dict] = {}
    for b in batches:
        w = newton(_training(rows, b, True), l2)
        scored = [
            ([(1 / (1 + math.exp(-_z(w, x))), y) for x, y, _r in rs], n)
            for bb, rs, n in rows
            if bb == b
        ]
        lobo[b] = {e: _mean([set_f1(_best_expected(s, e), n) for s, n in scored]) for e in extras}
    best = max(extras, key=lambda e: sum(lobo[b][e] for b in batches))
    print(f"expected-F1 mode, l2 {l2}, uncued gold {best}")
    for b in batches:
        print(f"{b:10} {_mean(rules[b]):6.3f} {lobo[b][best]:6.3f}")
    print(f"{'sum':10} {sum(_mean(rules[b]) for b in batches):6.3f} "
          f"{sum(lobo[b][best] for b in batches):6.3f}")  # fmt: skip


def _best_expected(scored: list, uncued: float) -> list[bool]:
    ranked = sorted(scored, key=lambda t: -t[0])
    gold = sum(p for p, _y in ranked) + uncued
    best, size, running = -1.0, 1, 0.0
    for k, (p, _y) in enumerate(ranked, start=1):
        running += p
        value = 2 * running / (k + gold)
        if value > best:
            best, size = value, k
    return [y for _p, y in ranked[:size]]


def _two(scored: list, keep: float, add: float) -> list[bool]:
    chosen = [y for z, y, r in scored if z >= (keep if r else add)]
    return chosen or [y for _z, y, _r in sorted(scored, key=lambda t: -t[0])[:1]]


def _training(rows: list, left_out: str | None, alone: bool) -> list:
    """(features, label) of the candidates of every batch but `left_out`: all of them
    (`alone`), or those the rules take, which the model may prune."""
    return [(x, y) for b, rs, _n in rows if b != left_out for x, y, r in rs if alone or r]


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


def _z(w: list[float], x: list[float]) -> float:
    return sum(a * b for a, b in zip(w, x, strict=True))


if __name__ == "__main__":
    main()
