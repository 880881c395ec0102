"""Which themes a report dealt with: the cues' decision, pruned by a small logistic model.

Every theme with any cue in a report is a candidate, described by features any report
has (`themes.theme_features`): the hand-written decision (`rules`), the hits of the
English and Italian patterns, the multilingual lexicon's weighed score and its parts from
the title, the headings and the opening, the number of distinct cues, the theme's share of
the report's cue mass and its rank, and whether the report is in a language other than
English or Italian. A theme the rules take is kept unless the model, over the other
features and a bias per theme, finds it unlikely; the model adds no theme the rules leave
out (leave-one-batch-out, adding lowered the score), unless the rules take none: then
it weighs every candidate. The weights are fitted on the development reports by
`bench/_fit_themes.py` (see its docstring), which prints `THRESHOLD`, `WEIGHTS` and
`THEME_BIAS`. Inference is a dot product per candidate.
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

# Fitted by `bench/_fit_themes.py --l2 1` on the eight development batches, the project's
# own reports and the seeds. Summed leave-one-batch-out F1: rules 7.132; the model over the
# rules' themes 7.159 (l2 3 7.147); weighing every candidate when the rules take none
# 7.291 (l2 0.5 7.288, 2 7.278, 3 7.278); the model alone over every candidate, l2 1,
# 7.275, but lower than the rules on held_out, own and the seeds.
THRESHOLD = -1.25
WEIGHTS: dict[str, float] = {
    "bias": -1.64,
    "strong": 1.19,
    "weak": -0.29,
    "lexicon": 0.46,
    "headline": 0.18,
    "named": -0.01,
    "title": -0.26,
    "opening": 0.19,
    "distinct": 1.05,
    "share": 1.05,
    "rank": -0.03,
    "other": -0.37,
    "other_lexicon": 0.15,
}
THEME_BIAS: dict[str, float] = {
    "reception": 0.32,
    "housing": 0.85,
    "employment": 0.35,
    "education": -0.26,
    "language": 0.79,
    "health": 0.20,
    "legal": -0.88,
    "children_families": -0.36,
    "inclusion": 0.09,
    "intercultural": 0.23,
    "anti_discrimination": 0.37,
    "communication": -1.20,
    "civil_society": -0.62,
    "governance": -0.02,
    "data": 0.25,
    "crisis_response": -0.10,
}


def score(slug: str, values: dict[str, float]) -> float:
    """The log-odds that a theme the rules take is one of the report's themes."""
    return THEME_BIAS.get(slug, 0.0) + sum(
        WEIGHTS.get(name, 0.0) * value for name, value in values.items()
    )


def decide(candidates: dict[str, dict[str, float]]) -> set[str]:
    """The themes the rules take that the model does not find unlikely; never none of
    them (a report is about something: its likeliest theme stays). When the rules take
    none (the cues are all faint: one word of the lexicon in a language without tuned
    patterns), every candidate is weighed alike, and the likeliest stays even then: an
    empty answer always misses (all but one of 207 development reports have a theme)."""
    taken = {slug: score(slug, values) for slug, values in candidates.items() if values["rules"]}
    taken = taken or {slug: score(slug, values) for slug, values in candidates.items()}
    kept = {slug for slug, z in taken.items() if z >= THRESHOLD}
    return kept or set(sorted(taken, key=lambda slug: -taken[slug])[:1])
