"""Which themes a report dealt with: a small logistic model over every candidate theme.

Every theme with any cue in a report is a candidate, described by features any report
has (`themes.theme_features`): the hits of the English and Italian patterns, the
multilingual lexicon's weighed score and its parts from the title, the headings and the
opening, the number of distinct cues, the theme's share of the report's cue mass and its
rank, how many candidates the report has, and whether the report is in a language other
than English or Italian. A candidate over the threshold is kept, and the likeliest always
is. The hand-written decision (`rules`) is computed but is no input: tuned one report at a
time on the older batches, as a feature or as a gate it carried over worse to the batches
read later (leave-one-batch-out, see `bench/_fit_themes.py`, which prints `THRESHOLD`,
`WEIGHTS` and `THEME_BIAS`). Inference is a dot product per candidate.
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
    "candidates",
)
# The features that only say what the hand-written rules decided: not the model's input.
RULES = ("rules", "legacy")

# Fitted by `bench/_fit_themes.py --l2 1` on the nine development batches, the project's
# own reports and the seeds. Summed leave-one-batch-out F1: the rules 7.744; the model
# that only pruned the rules' themes (in use until 5 December) 7.926; this one 8.027.
THRESHOLD = -0.75
WEIGHTS: dict[str, float] = {
    "bias": -3.29,
    "strong": 1.65,
    "weak": -0.09,
    "lexicon": 0.62,
    "headline": 0.16,
    "named": 0.08,
    "title": -0.35,
    "opening": 0.06,
    "distinct": 0.76,
    "share": 1.82,
    "rank": 0.34,
    "other": -0.61,
    "other_lexicon": 0.56,
    "candidates": 0.53,
}
THEME_BIAS: dict[str, float] = {
    "reception": 0.22,
    "housing": 0.87,
    "employment": 0.32,
    "education": -0.40,
    "language": 0.77,
    "health": -0.18,
    "legal": -0.73,
    "children_families": -0.02,
    "inclusion": 0.33,
    "intercultural": 0.12,
    "anti_discrimination": 0.65,
    "communication": -0.62,
    "civil_society": -0.70,
    "governance": 0.07,
    "data": -0.33,
    "crisis_response": -0.36,
}


def score(slug: str, values: dict[str, float]) -> float:
    """The log-odds that a candidate is one of the report's themes."""
    return THEME_BIAS.get(slug, 0.0) + sum(
        WEIGHTS.get(name, 0.0) * value for name, value in values.items()
    )


def decide(candidates: dict[str, dict[str, float]]) -> set[str]:
    """The candidates the model finds likely; never none of them (a report is about
    something, and an empty answer always misses: all but one of 207 development reports
    have a theme), so the likeliest stays even when every cue is faint."""
    scored = {slug: score(slug, values) for slug, values in candidates.items()}
    kept = {slug for slug, z in scored.items() if z >= THRESHOLD}
    return kept or set(sorted(scored, key=lambda slug: -scored[slug])[:1])
