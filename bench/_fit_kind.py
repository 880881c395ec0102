"""Compare the kind's scored rules with a learned decision, leave-one-batch-out.

The reports are the development ones of bench/_fit_participation.py (the
third-party development batches, never an unseen one, the project's own reports and the
seeds). For each batch left out:

- rules: the weights of archive/extraction/kind.py re-chosen on the other batches from a
  small grid, then scored on the batch left out;
- model: a conditional logit over the same cues (per kind: named and hinted cues in the
  title, the opening and the body, faded with their distance from the start; a per-kind
  bias and a per-kind vote of three or more authorities), fitted by Newton's method with
  an L2 penalty on the other batches.

A format of kind `other` named in the lead decides before both. The figure is the share
of reports whose kind is right (the scorer's kind field).

    .venv/bin/python bench/_fit_kind.py --l2 3
"""

import argparse
import itertools
import math

from _fit_participation import newton_step, reports

from citypeers.archive.extraction import cues, extract_report, read_report, record
from citypeers.archive.extraction import kind as rules

KINDS = ("consultation", "study_visit", "peer_exchange", "workshop", "webinar", "training", "other")
GRID = {
    "_HINT_WEIGHT": (0.1, 0.2, 0.4),
    "_TITLE_WEIGHT": (3.0, 5.0, 8.0),
    "_OPENING_WEIGHT": (2.0, 3.0, 4.0),
    "_NARROW_WEIGHT": (0.4, 0.6, 0.8),
    "_MANY_AUTHORITIES_WEIGHT": (0.1, 0.3),
}


def examples() -> list[dict]:
    """Per report: its batch, gold kind, normalised text and the authorities the record
    counted when it asked for the kind."""
    asked: dict = {}
    kind_of = record.kind_of

    def spy(text: str, *, authorities: int = 0):
        asked.update(text=text, authorities=authorities)
        return kind_of(text, authorities=authorities)

    record.kind_of = spy
    try:
        out = []
        for batch, path, gold in reports():
            extract_report(read_report(path), source=path.name)
            out.append(dict(asked, batch=batch, gold=gold.get("kind")))
        return out
    finally:
        record.kind_of = kind_of


def rule_kind(report: dict) -> str:
    return rules.event_kind(report["text"], authorities=report["authorities"]) or "consultation"


def features(report: dict) -> list[dict[str, float]] | None:
    """Per kind, its features; None when a format of kind `other` in the lead decides."""
    folded = cues.plain(report["text"])
    if any(
        not rules._about_another_meeting(folded, m.start())
        for m in rules._OTHER_FORMAT.finditer(folded, 0, rules._LEAD_CHARS)
    ):
        return None
    title_end = folded.find("\n") % (len(folded) + 1)
    if title_end > rules._TITLE_MAX_CHARS:
        title_end = 0
    many = float(report["authorities"] >= 3)
    per_kind: dict[str, dict[str, float]] = {
        k: {} if k == "consultation" else {f"bias_{k}": 1.0, f"many_{k}": many} for k in KINDS
    }
    for start, group in rules._cues(folded):
        if rules._about_another_meeting(folded, start):
            continue
        tier, kind = group.split("_", 1)
        place = (
            "title"
            if start < title_end
            else "opening"
            if start < title_end + rules._OPENING_CHARS
            else "body"
        )
        row = per_kind[kind]
        row[f"{tier}_{place}"] = row.get(f"{tier}_{place}", 0.0) + 1 / (
            1 + start / rules._FADE_CHARS
        )
    return [per_kind[k] for k in KINDS]


def fit(rows: list, names: list[str], l2: float, steps: int = 40) -> list[float]:
    """Conditional logit weights of (per-kind features, gold index) rows, Newton's method."""
    index = {name: i for i, name in enumerate(names)}
    w = [0.0] * len(names)
    for _ in range(steps):
        grad = [l2 * v for v in w]
        hess = [[l2 if i == j else 0.0 for j in range(len(w))] for i in range(len(w))]
        for options, gold in rows:
            xs = [[(index[k], v) for k, v in f.items()] for f in options]
            zs = [sum(w[i] * v for i, v in x) for x in xs]
            top = max(zs)
            es = [math.exp(z - top) for z in zs]
            ps = [e / sum(es) for e in es]
            mean = [0.0] * len(w)
            for p, x in zip(ps, xs, strict=True):
                for i, v in x:
                    mean[i] += p * v
                    for j, u in x:
                        hess[i][j] += p * v * u
            for i, v in xs[gold]:
                grad[i] -= v
            for i, m in enumerate(mean):
                grad[i] += m
                for j, n in enumerate(mean):
                    hess[i][j] -= m * n
        w, done = newton_step(w, hess, grad, 1e-7)
        if done:
            break
    return w


def model_kind(w: list[float], names: list[str], options) -> str:
    index = {name: i for i, name in enumerate(names)}
    scores = [sum(w[index[k]] * v for k, v in f.items()) for f in options]
    return KINDS[max(range(len(KINDS)), key=scores.__getitem__)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--l2", type=float, default=3.0)
    args = parser.parse_args()
    data = examples()
    batches = sorted({r["batch"] for r in data})
    feats = [features(r) for r in data]
    names = sorted({k for options in feats if options for f in options for k in f})
    kept = {name: getattr(rules, name) for name in GRID}
    combos = list(itertools.product(*GRID.values()))
    right = []
    for combo in combos:
        for name, value in zip(GRID, combo, strict=True):
            setattr(rules, name, value)
        right.append([rule_kind(r) == r["gold"] for r in data])
    for name, value in kept.items():
        setattr(rules, name, value)
    now = [rule_kind(r) == r["gold"] for r in data]

    def share(hits, batch) -> float:
        picked = [h for h, r in zip(hits, data, strict=True) if r["batch"] == batch]
        return sum(picked) / len(picked)

    print(f"{'batch':10} {'rules':>6} {'rules LOBO':>11} {'model LOBO':>11}")
    totals = [0.0, 0.0, 0.0]
    rows: dict[str, list[float]] = {}
    for batch in batches:
        best = max(right, key=lambda hits: sum(share(hits, b) for b in batches if b != batch))
        train = [
            (options, KINDS.index(r["gold"]))
            for options, r in zip(feats, data, strict=True)
            if options and r["batch"] != batch
        ]
        w = fit(train, names, args.l2)
        model = [
            (model_kind(w, names, options) if options else "other") == r["gold"]
            for options, r in zip(feats, data, strict=True)
        ]
        row = rows[batch] = [share(now, batch), share(best, batch), share(model, batch)]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"{batch:10} {row[0]:6.3f} {row[1]:11.3f} {row[2]:11.3f}")
    print(f"{'sum':10} {totals[0]:6.3f} {totals[1]:11.3f} {totals[2]:11.3f}")
    third = [b for b in batches if b not in ("own", "seeds")]
    means = [sum(col) / len(third) for col in zip(*(rows[b] for b in third), strict=True)]
    print(f"{'mean':10} {means[0]:6.3f} {means[1]:11.3f} {means[2]:11.3f}   (the {len(third)} "
          "third-party batches; the leave-one-batch-out columns estimate unseen reports)")  # fmt: skip
    overall = [sum(share(hits, b) for b in batches) for hits in right]
    best_combos = [c for c, v in zip(combos, overall, strict=True) if v >= max(overall) - 1e-9]
    in_use = tuple(kept.values()) in best_combos
    print(f"\nbest summed share on every batch {max(overall):.3f}, {len(best_combos)} weightings "
          f"of the grid reach it; the weights in use {'do' if in_use else 'do not'}")  # fmt: skip
    if not in_use:
        print("e.g. " + ", ".join(f"{n} = {v}" for n, v in zip(GRID, best_combos[0], strict=True)))


if __name__ == "__main__":
    main()
