"""Which themes a report dealt with: the cues' decision, pruned by a small logistic model.

Every theme with any cue in a report is a candidate, described by features any report
has (`themes.theme_features`): the hand-written decision (`rules`), the hits of the
English and Italian patterns, the multilingual lexicon's weighed score and its parts from
the title, the headings and the opening, the number of distinct cues, the theme's share of
the report's cue mass and its rank, and whether the report is in a language other than
English or Italian. A theme the rules take is kept unless the model, over the other
features and a bias per theme, finds it unlikely; the model adds no theme the rules leave
out (leave-one-batch-out, adding lowered the score). The weights are fitted on the
development reports by `bench/_fit_themes.py` (see its docstring), which prints
`THRESHOLD`, `WEIGHTS` and `THEME_BIAS`. Inference is a dot product per candidate.
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
# The features that only say what the rules decided: the gate, not the model's input.
GATE = ("rules", "legacy")

THRESHOLD = -1.0
WEIGHTS: dict[str, float] = {
    "bias": -0.89,
    "strong": 0.98,
    "weak": -0.25,
    "lexicon": 0.35,
    "headline": 0.23,
    "named": -0.07,
    "title": -0.09,
    "opening": 0.11,
    "distinct": 0.89,
    "share": 0.41,
    "rank": 0.05,
    "other": -0.31,
    "other_lexicon": -0.09,
}
THEME_BIAS: dict[str, float] = {
    "reception": 0.33,
    "housing": 0.76,
    "employment": 0.44,
    "education": -0.14,
    "language": 0.73,
    "health": 0.01,
    "legal": -1.09,
    "children_families": -0.30,
    "inclusion": -0.01,
    "intercultural": 0.37,
    "anti_discrimination": 0.30,
    "communication": -0.43,
    "civil_society": -0.60,
    "governance": -0.21,
    "data": 0.08,
    "crisis_response": -0.23,
}


def score(slug: str, values: dict[str, float]) -> float:
    """The log-odds that a theme the rules take is one of the report's themes."""
    return THEME_BIAS.get(slug, 0.0) + sum(
        WEIGHTS.get(name, 0.0) * value for name, value in values.items()
    )


def decide(candidates: dict[str, dict[str, float]]) -> set[str]:
    """The themes the rules take that the model does not find unlikely; never none of
    them (a report is about something: its likeliest theme stays)."""
    taken = {slug: score(slug, values) for slug, values in candidates.items() if values["rules"]}
    kept = {slug for slug, z in taken.items() if z >= THRESHOLD}
    return kept or set(sorted(taken, key=lambda slug: -taken[slug])[:1])
