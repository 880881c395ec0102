"""Fit the weights of the participation model (archive/extraction/participation_model.py).

Every candidate place of a report is one example, labelled by whether the report's gold
answer lists it among the municipalities. The examples come from the development reports
only: the third-party development batches (never an unseen one: UNSEEN_BATCHES), the
project's own reports (tests/archive/reports/*.json) and the shared seeds. A logistic
regression with an L2 penalty is fitted by Newton's method, in plain Python.

With `--backing` (the model in use) the cues keep their verdict and the model, over the
features that are not cues, only adds places without one whose name is unlikely to be a
plain word; without it, the cue families are features too and the model decides alone.

Leave-one-batch-out (LOBO): for each batch, fit on the others and score
the municipalities of the batch left out (per-report F1, as the shared scorer counts it),
beside the hand-written rules (a place with a close cue takes part). The threshold kept is
the one with the best summed LOBO F1; compare penalties by the same sum.

    .venv/bin/python bench/_fit_participation.py --backing --l2 100

prints the LOBO table, then `THRESHOLD` and `WEIGHTS` fitted on all the batches: paste
them over those of participation_model.py, then check `score.sh dev|own|seeds`.
"""

import argparse
import json
import math
import pathlib
import sys

from citypeers.archive.extraction import load_gazetteer, places, read_report
from citypeers.archive.extraction import participation_model as model
from citypeers.archive.extraction.text import normalise_text

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the tests' scorer helpers

from tests.archive.archive_scoring import (  # noqa: E402 (after the path)
    development_batches,
    scorer,
    shared_dir,
    study_reports,
)

DEVELOPMENT = development_batches()
THRESHOLDS = [x / 4 for x in range(-12, 17)]


def reports(development: tuple[str, ...] = DEVELOPMENT) -> list[tuple[str, pathlib.Path, dict]]:
    """(batch, text path, gold record) of every development report."""
    out = [(entry["batch"], path, gold) for entry, path, gold in study_reports(development)]
    own = REPO / "tests" / "archive" / "reports"
    for gold in sorted(own.glob("*.json")):
        record = json.loads(gold.read_text())
        out.append(("own", own / record["source"], record))
    seeds = shared_dir() / "seeds"
    for gold in sorted((seeds / "gold").glob("*.json")):
        record = json.loads(gold.read_text())
        out.append(("seeds", seeds / "texts" / record["source"], record))
    return out


def examples(gaz, scoring, path: pathlib.Path, gold: dict) -> tuple[list, int]:
    """([(feature vector, label)] for the report's candidate places, gold municipalities)."""
    text = normalise_text(read_report(path))
    mentions, location, excluded = places.candidates(text, gaz)
    english = places.looks_english(text)
    wanted = gold.get("municipalities") or []
    out = []
    for geonameid, values in model.place_features(
        text, mentions, excluded, location, gaz.months
    ).items():
        said = max((m for m in mentions if m.place and m.place.geonameid == geonameid),
                   key=lambda m: len(m.surface))  # fmt: skip
        names = {said.place.name, places.display_name(said, gaz, english=english)}
        label = any(
            scoring.same_city(g, {"name": n, "country": said.place.country})
            for g in wanted
            for n in names
        )
        out.append(([values[name] for name in model.FEATURES], label))
    return out, len(wanted)


EXCLUDED = model.FEATURES.index("excluded")


def fit(rows: list, l2: float, steps: int = 30) -> list[float]:
    """Logistic regression weights (Newton's method; the bias is not penalised). Places
    that the report says did not take part (`excluded`) are left out: a rule decides them."""
    return newton([(x, y) for x, y in rows if not x[EXCLUDED]], l2, steps)


def newton(rows: list, l2: float, steps: int = 30) -> list[float]:
    """Logistic regression weights of (feature vector, label) rows, the first feature the
    bias (not penalised), by Newton's method."""
    size = len(rows[0][0])
    w = [0.0] * size
    for _ in range(steps):
        grad = [l2 * w[j] if j else 0.0 for j in range(size)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(size)] for i in range(size)]
        for x, y in rows:
            z = sum(a * b for a, b in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            for j, xj in enumerate(x):
                if xj:
                    grad[j] += (p - y) * xj
                    for k, xk in enumerate(x):
                        if xk:
                            hess[j][k] += p * (1 - p) * xj * xk
        w, done = newton_step(w, hess, grad, 1e-6)
        if done:
            break
    return w


def newton_step(w: list[float], hess, grad: list[float], tolerance: float):
    """(w after one Newton step, whether the step was below `tolerance`)."""
    for j in range(len(w)):
        hess[j][j] += 1e-6
    step = _solve(hess, grad)
    return [a - b for a, b in zip(w, step, strict=True)], max(map(abs, step)) < tolerance


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b (Gaussian elimination with partial pivoting)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def report_f1(rows: list, gold_count: int, chosen) -> float:
    """The report's municipalities F1 when the candidates `chosen` says yes to are given."""
    return set_f1([y for x, y in rows if chosen(x)], gold_count)


def set_f1(predicted: list[bool], gold_count: int) -> float:
    """The scorer's set F1 of a report's field, given which predicted items are right."""
    hits = sum(predicted)
    if not predicted and not gold_count:
        return 1.0
    if not hits:
        return 0.0
    return 2 * hits / (len(predicted) + gold_count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--without", nargs="*", default=[], help="features left out (prefixes)")
    parser.add_argument("--backing", action="store_true", help="generic features back the cues")
    args = parser.parse_args()
    gaz, score = load_gazetteer(), scorer()
    data = [(batch, *examples(gaz, score, path, gold)) for batch, path, gold in reports()]
    left_out = tuple(args.without) + (("cue_", "cued") if args.backing else ())
    keep = [name == "excluded" or not name.startswith(left_out) for name in model.FEATURES]
    masked = [(b, [(_masked(x, keep), y, x[CUED]) for x, y in rows], n) for b, rows, n in data]
    batches = sorted({batch for batch, _rows, _n in data})
    rules = {b: [report_f1(r, n, lambda x: x[CUED]) for bb, r, n in data if bb == b]
             for b in batches}  # fmt: skip
    lobo: dict[str, dict[float, float]] = {}
    for b in batches:
        w = fit([(x, y) for bb, rows, _n in masked if bb != b for x, y, _c in rows], args.l2)
        lobo[b] = {}
        for t in [(t, h) for t in THRESHOLDS for h in THRESHOLDS]:
            scores = [
                report_f1([(x, y) for x, y, _c in rows], n,
                          _decision(w, t, {id(x): c for x, _y, c in rows}, args.backing))
                for bb, rows, n in masked if bb == b
            ]  # fmt: skip
            lobo[b][t] = sum(scores) / len(scores)
    best = max(lobo[batches[0]], key=lambda t: sum(lobo[b][t] for b in batches))
    print(f"examples: {sum(len(r) for _b, r, _n in data)}, l2 {args.l2}, thresholds {best}")
    in_use = {b: [report_f1(r, n, _in_use) for bb, r, n in data if bb == b] for b in batches}
    print(f"{'batch':10} {'rules':>6} {'in use':>6} {'model':>6}")
    for b in batches:
        print(f"{b:10} {sum(rules[b]) / len(rules[b]):6.3f} "
              f"{sum(in_use[b]) / len(in_use[b]):6.3f} {lobo[b][best]:6.3f}")  # fmt: skip
    means = [sum(v) / len(v) for v in (rules, in_use) for v in [sum(v.values(), [])]]
    print(f"{'sum':10} {sum(sum(rules[b]) / len(rules[b]) for b in batches):6.3f} "
          f"{sum(sum(in_use[b]) / len(in_use[b]) for b in batches):6.3f} "
          f"{sum(lobo[b][best] for b in batches):6.3f}   (per-report means: {means[0]:.3f} "
          f"{means[1]:.3f})")  # fmt: skip
    w = fit([(x, y) for _b, rows, _n in masked for x, y, _c in rows], args.l2)
    print_weights(best, model.FEATURES, w)


def print_weights(thresholds, features, weights: list[float]) -> None:
    """`THRESHOLD`s and `WEIGHTS` as a model module writes them, to paste over its own."""
    if isinstance(thresholds, tuple):
        print(f"\nTHRESHOLD = {thresholds[0]}\nVENUE_THRESHOLD = {thresholds[1]}")
    else:
        print(f"\nTHRESHOLD = {thresholds}")
    print("WEIGHTS: dict[str, float] = {")
    for name, value in zip(features, weights, strict=True):
        if value:
            print(f'    "{name}": {value:.2f},')
    print("}")


CUED = model.FEATURES.index("cued")


def _masked(x: list[float], keep: list[bool]) -> list[float]:
    return [v if k else 0.0 for v, k in zip(x, keep, strict=True)]


def _decision(w: list[float], thresholds, cued: dict[int, float], backing: bool):
    """A candidate takes part: not excluded, and the model says so (or, backing, a cue);
    `thresholds` is (ordinary, likely venue), as in `participation_model.threshold`."""

    def took_part(x: list[float]) -> bool:
        if x[EXCLUDED]:
            return False
        if backing and cued[id(x)]:
            return True
        values = dict(zip(model.FEATURES, x, strict=True))
        threshold = thresholds[1] if model.likely_venue(values) else thresholds[0]
        return (not backing or model.may_join(values)) and _z(w, x) >= threshold

    return took_part


def _in_use(x: list[float]) -> bool:
    """The decision of the module's own weights and thresholds (fitted before), for a place
    read alone: the higher bar of a venue among cued parties (`threshold`'s `others_cued`)
    needs the report's other places, which a sample row does not hold."""
    values = dict(zip(model.FEATURES, x, strict=True))
    if values["excluded"] and not values["cued"]:
        return False
    if values["cued"]:
        return True
    return model.may_join(values) and model.score(values) >= model.threshold(values)


def _z(w: list[float], x: list[float]) -> float:
    return sum(a * b for a, b in zip(w, x, strict=True))


if __name__ == "__main__":
    main()
