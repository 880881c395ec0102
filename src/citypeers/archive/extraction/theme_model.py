"""Which themes a report dealt with: a small logistic model over the cues' evidence.

Every theme with any cue in a report is a candidate, described by features any report
has (`themes.theme_features`): the hand-written decision, the hits of the English and
Italian patterns, the multilingual lexicon's weighed score and its parts from the title,
the headings and the opening, the number of distinct cues, the theme's share of the
report's cue mass and its rank, and whether the report is in a language other than
English or Italian. The weights are fitted on the development reports by
`bench/_fit_themes.py` (see its docstring), which prints `THRESHOLD`, `CAP` and `WEIGHTS`.
Inference is a dot product per candidate.
"""

FEATURES = (
    "bias",
    "rules",
    "legacy",
    "strong",
    "weak",
    "lexicon",
    "headline",
    "named",
    "title",
    "opening",
    "distinct",
    "share",
    "rank",
    "other",
    "other_lexicon",
)

# Until fitted: the hand-written decision alone.
THRESHOLD = 0.0
CAP = 16
WEIGHTS: dict[str, float] = {"bias": -1.0, "rules": 2.0}


def score(values: dict[str, float]) -> float:
    """The candidate's log-odds of being one of the report's themes."""
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in values.items())


def decide(candidates: dict[str, dict[str, float]]) -> set[str]:
    """The candidates over the threshold, at most `CAP` of them, the likeliest first."""
    scored = {slug: score(values) for slug, values in candidates.items()}
    kept = sorted((s for s, z in scored.items() if z >= THRESHOLD), key=lambda s: -scored[s])
    return set(kept[:CAP])
