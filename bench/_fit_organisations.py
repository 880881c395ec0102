"""Fit the weights of the organisations model (archive/extraction/organisation_model.py).

Every candidate body of a report (what `find_organisations` and the record's own steps
name) is one example, labelled by whether the report's gold answer lists a body of that
name (the shared scorer's fuzzy match). The examples come from the development reports
only: the third-party development batches (never an unseen one: UNSEEN_BATCHES), the project's own reports (tests/archive/reports/*.json) and the shared
seeds. A logistic regression with an L2 penalty is fitted by Newton's method, in plain
Python (the same fit as bench/_fit_participation.py).

Leave-one-batch-out (LOBO): for each batch (the third-party development batches, `own` and
`seeds`), fit on the others and score the organisations of the batch left out (per-report
F1, as the shared scorer counts it), beside the rules alone (every candidate kept). The
threshold kept is the one with the best summed LOBO F1; compare penalties by the same sum.

    .venv/bin/python bench/_fit_organisations.py --l2 1 --only lonely_oblique

(`--only` keeps the bias and the features named, `--without` leaves features out, `--show`
prints every candidate with its label and its features.)

prints the LOBO table, then `THRESHOLD` and `WEIGHTS` fitted on all the batches: paste them
over those of organisation_model.py, then check /work/notes/scores.py.
"""

import argparse
import os
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the tests' scorer helpers
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citypeers.config.settings")

import django  # noqa: E402

django.setup()

from _fit_participation import newton as fit  # noqa: E402 (the same Newton fit)
from _fit_participation import print_weights, reports  # noqa: E402

from citypeers.archive.extraction import extract_report, read_report  # noqa: E402
from citypeers.archive.extraction import organisation_model as model  # noqa: E402
from tests.archive.archive_scoring import development_batches, scorer  # noqa: E402

DEVELOPMENT = development_batches()
THRESHOLDS = [x / 4 for x in range(-12, 13)]


def candidates(path: pathlib.Path) -> list[tuple[dict, list[float]]]:
    """(candidate body, feature vector) of a report, as the record hands them to the model."""
    seen = []
    choose = model.choose

    def capture(text, orgs, **kwargs):
        values = model.features(text, orgs, **kwargs)
        seen.extend(
            (org, [v[name] for name in model.FEATURES]) for org, v in zip(orgs, values, strict=True)
        )
        return orgs

    model.choose = capture
    try:
        extract_report(read_report(path), source=path.name)
    finally:
        model.choose = choose
    return seen


def report_f1(sc, gold: list[dict], chosen: list[dict]) -> float:
    return sc.f1(gold, chosen, sc.same_org)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=4.0)
    parser.add_argument("--without", nargs="*", default=[], help="features left out")
    parser.add_argument("--only", nargs="*", default=[], help="the only features used")
    parser.add_argument("--show", action="store_true", help="print every extra candidate")
    parser.add_argument(
        "--batches", nargs="*", default=None, help="third-party batches fitted on (default: all)"
    )
    args = parser.parse_args()
    sc = scorer()
    data = []
    batches_read = tuple(args.batches) if args.batches is not None else DEVELOPMENT
    if set(batches_read) - set(DEVELOPMENT):
        raise SystemExit("only development batches (never an unseen one)")
    for batch, path, gold in reports(batches_read):
        wanted = gold.get("organizations") or []
        rows = [(org, x, any(sc.same_org(g, org) for g in wanted)) for org, x in candidates(path)]
        data.append((batch, wanted, rows))
    chosen = args.only or [n for n in model.FEATURES if n not in args.without]
    keep = [name == "bias" or name in chosen for name in model.FEATURES]
    batches = list(dict.fromkeys(b for b, _g, _r in data))

    def masked(x):
        return [v if k else 0.0 for v, k in zip(x, keep, strict=True)]

    def z(w, x):
        return sum(a * b for a, b in zip(w, masked(x), strict=True))

    rules = {
        b: [report_f1(sc, g, [o for o, _x, _y in r]) for bb, g, r in data if bb == b]
        for b in batches
    }
    lobo: dict[str, dict[float, float]] = {}
    for b in batches:
        w = fit([(masked(x), y) for bb, _g, r in data if bb != b for _o, x, y in r], args.l2)
        lobo[b] = {
            t: _mean(
                [
                    report_f1(sc, g, [o for o, x, _y in r if z(w, x) >= t])
                    for bb, g, r in data
                    if bb == b
                ]
            )  # fmt: skip
            for t in THRESHOLDS
        }
    best = max(THRESHOLDS, key=lambda t: sum(lobo[b][t] for b in batches))
    examples = sum(len(r) for _b, _g, r in data)
    positives = sum(y for _b, _g, r in data for _o, _x, y in r)
    print(f"examples: {examples} ({positives} in gold), l2 {args.l2}, threshold {best}")
    print(f"{'batch':10} {'rules':>6} {'model':>6}")
    for b in batches:
        print(f"{b:10} {_mean(rules[b]):6.3f} {lobo[b][best]:6.3f}")
    print(
        f"{'sum':10} {sum(_mean(rules[b]) for b in batches):6.3f} "
        f"{sum(lobo[b][best] for b in batches):6.3f}"
    )
    if args.show:
        for b, _g, r in data:
            for o, x, y in r:
                names = [n for n, v in zip(model.FEATURES, x, strict=True) if v]
                print(b, int(y), o["name"], names)
    w = fit([(masked(x), y) for _b, _g, r in data for _o, x, y in r], args.l2)
    print_weights(best, model.FEATURES, w)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


if __name__ == "__main__":
    main()
