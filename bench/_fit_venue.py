"""Fit the weights of the venue model (archive/extraction/venue_model.py).

Every report whose text does not say the meeting was online is one choice: among its
candidate places, or no venue. The right answer is the place whose reported name is the
gold `location`, or no venue when the gold has none; a report whose gold venue is none of
its candidates teaches nothing and is left out of the fit (it still counts, as a miss, in
the scores). The reports are the development ones: the third-party batches (never `blind`),
the project's own reports (tests/archive/reports/*.json) and the shared seeds. A
conditional logit ("no venue" scores zero) with an L2 penalty is fitted by Newton's
method, in plain Python.

Leave-one-batch-out (LOBO): for each batch, fit on the others and score the location of
the batch left out (share of reports right, as the shared scorer counts it), beside the
hand-written rules the model replaces (a venue phrasing, else the participant named most).

    .venv/bin/python bench/_fit_venue.py --l2 2

prints the LOBO table, then `WEIGHTS` fitted on all batches: paste them over those of
venue_model.py, then check `scores.py`.
"""

import argparse
import json
import math
import pathlib
import sys

from citypeers.archive.extraction import attendance, load_gazetteer, places, read_report, record
from citypeers.archive.extraction import venue_model as model
from citypeers.archive.extraction.kind import event_kind
from citypeers.archive.extraction.text import normalise_text

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the tests' scorer helpers

from tests.archive.archive_scoring import scorer, shared_dir  # noqa: E402 (after the path)

DEVELOPMENT = ("first", "held_out", "fresh", "newest", "latest", "final")


def reports() -> list[tuple[str, pathlib.Path, dict]]:
    """(batch, text path, gold record) of every development report."""
    out = []
    third = REPO / "tests" / "archive" / "reports" / "third_party"
    for entry in json.loads((third / "sources.json").read_text())["reports"]:
        if entry["batch"] in DEVELOPMENT:
            path = third / "texts" / entry["file"]
            gold = third / "gold" / f"{path.stem}.json"
            out.append((entry["batch"], path, json.loads(gold.read_text())))
    own = REPO / "tests" / "archive" / "reports"
    for gold in sorted(own.glob("*.json")):
        found = json.loads(gold.read_text())
        out.append(("own", own / found["source"], found))
    seeds = shared_dir() / "seeds"
    for gold in sorted((seeds / "gold").glob("*.json")):
        found = json.loads(gold.read_text())
        out.append(("seeds", seeds / "texts" / found["source"], found))
    return out


def choice(gaz, key, path: pathlib.Path, gold: dict):
    """(candidate rows [(features, right)], no venue right, rules right, online) for a report."""
    text = normalise_text(read_report(path))
    ctx = record._Context(text, gaz)
    partners = {m.place.geonameid for m in ctx.mentions if m.partner and m.place}
    kind = event_kind(text, authorities=len(partners | set(ctx.confirmed)))
    wanted = key(gold.get("location"))
    online = attendance.event_online(text, has_location=False, kind=kind)
    english = places.looks_english(text)

    def name(mention) -> str:
        return ctx.names.get(mention.place.geonameid) or places.display_name(
            mention, gaz, english=english
        )

    found = model.place_features(
        text,
        ctx.mentions,
        ctx.location,
        gaz.months,
        confirmed=ctx.confirmed,
        in_person=online is False,
        kind=kind,
    )
    rows = [([v[f] for f in model.FEATURES], key(name(m)) == wanted) for m, v in found]
    # the hand-written rules
    venue = ctx.location or attendance.event_location(text, ctx.mentions, gaz.months)
    said = name(venue) if venue and venue.place else None
    if online:
        said = None
    elif said is None and (venue := places.most_named(ctx.mentions)):
        said = ctx.names.get(venue.place.geonameid, venue.place.name)
    return rows, wanted == key(None), key(said) == wanted, bool(online)


def fit(choices: list, l2: float, steps: int = 40) -> list[float]:
    """Conditional-logit weights (Newton's method; the bias is penalised like the rest)."""
    size = len(model.FEATURES)
    w = [0.0] * size
    for _ in range(steps):
        grad = [l2 * w[j] for j in range(size)]
        hess = [[(l2 if i == j else 0.0) for j in range(size)] for i in range(size)]
        for rows, none_right in choices:
            zs = [sum(a * b for a, b in zip(w, x, strict=True)) for x, _y in rows]
            top = max([0.0, *zs])
            es = [math.exp(z - top) for z in zs]
            total = math.exp(-top) + sum(es)
            ps = [e / total for e in es]
            mean = [sum(p * x[j] for p, (x, _y) in zip(ps, rows, strict=True)) for j in range(size)]
            target = next((x for x, y in rows if y), None)
            for j in range(size):
                grad[j] += mean[j] - (target[j] if target else 0.0)
            for p, (x, _y) in zip(ps, rows, strict=True):
                if p < 1e-9:
                    continue
                for j in range(size):
                    if x[j]:
                        for k in range(size):
                            if x[k]:
                                hess[j][k] += p * x[j] * x[k]
            for j in range(size):
                if mean[j]:
                    for k in range(size):
                        hess[j][k] -= mean[j] * mean[k]
        for j in range(size):
            hess[j][j] += 1e-6
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


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


def right(w: list[float], rows: list, none_right: bool, online: bool) -> bool:
    """Whether the model's choice (or, said online, no venue) is the gold venue."""
    if online:
        return none_right
    best, best_z = None, 0.0
    for x, y in rows:
        z = sum(a * b for a, b in zip(w, x, strict=True))
        if z > best_z:
            best, best_z = y, z
    return none_right if best is None else best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=2.0)
    parser.add_argument("--without", nargs="*", default=[], help="features left out")
    args = parser.parse_args()
    gaz, key = load_gazetteer(), scorer().city_key
    data = [(batch, *choice(gaz, key, path, gold)) for batch, path, gold in reports()]
    keep = [name not in args.without for name in model.FEATURES]
    data = [(b, [(_masked(x, keep), y) for x, y in rows], n, r, o) for b, rows, n, r, o in data]
    learnable = [(b, rows, n) for b, rows, n, _r, o in data if not o and (n or any(y for _x, y in rows))]
    batches = sorted({b for b, *_rest in data})
    print(f"reports: {len(data)}, choices: {len(learnable)}, l2 {args.l2}")
    print(f"{'batch':10} {'n':>4} {'rules':>6} {'model':>6}")
    totals = [0.0, 0.0]
    for b in batches:
        w = fit([(rows, n) for bb, rows, n in learnable if bb != b], args.l2)
        mine = [(rows, n, r, o) for bb, rows, n, r, o in data if bb == b]
        rules = sum(r for _rows, _n, r, _o in mine) / len(mine)
        lobo = sum(right(w, rows, n, o) for rows, n, _r, o in mine) / len(mine)
        totals[0] += rules
        totals[1] += lobo
        print(f"{b:10} {len(mine):4} {rules:6.3f} {lobo:6.3f}")
    print(f"{'sum':10} {'':4} {totals[0]:6.3f} {totals[1]:6.3f}")
    w = fit([(rows, n) for _b, rows, n in learnable], args.l2)
    print("\nWEIGHTS: dict[str, float] = {")
    for name, value in zip(model.FEATURES, w, strict=True):
        if value:
            print(f'    "{name}": {value:.2f},')
    print("}")


def _masked(x: list[float], keep: list[bool]) -> list[float]:
    return [v if k else 0.0 for v, k in zip(x, keep, strict=True)]


if __name__ == "__main__":
    main()
