"""Where people met: a choice among the places a report names, or none.

Every place the report names (all its mentions together) is a candidate venue; "no venue"
(the report names none, or only as background, or names several) is one more. Each place
gets a few features that any report has: the venue phrasings of `places` and `attendance`
(a host, a dateline, "took place in X", a place in a sentence about the meeting or about
another one), whether it takes part, how often and where it is said, how many other places
are said in such a sentence. A conditional logit gives each place a score, "no venue"
scoring zero: the venue is the best place when its score is above zero. The weights are
fitted on the development reports by `bench/_fit_venue.py` (see its docstring), which prints
this module's `WEIGHTS`. Inference is a dot product per place.
"""

import math

from . import attendance

FEATURES = (
    "bias",
    "phrase",
    "host",
    "meeting",
    "another",
    "cued",
    "most_named",
    "tied",
    "mentions",
    "opening",
    "title",
    "first_ranked",
    "rivals",
    "in_person",
    "study_visit",
    "large",
    "implausible",
)

WEIGHTS: dict[str, float] = {}

_OPENING = 300


def place_features(
    text: str, mentions, location, months, *, confirmed, in_person: bool, kind: str | None
) -> list[tuple[object, dict[str, float]]]:
    """(the mention that names it best, feature values) for each candidate place, in the
    order the report first names them."""
    by_place: dict[int, list] = {}
    for mention in mentions:
        if mention.place:
            by_place.setdefault(mention.place.geonameid, []).append(mention)
    if not by_place:
        return []
    counts = {gid: sum(1 for m in said if m.cued) for gid, said in by_place.items()}
    most = max(counts.values())
    tied = sum(1 for c in counts.values() if c == most) > 1
    most_named = (
        next(m.place.geonameid for m in mentions if m.place and counts[m.place.geonameid] == most)
        if most >= 2
        else None
    )
    phrase = location.place.geonameid if location is not None and location.place else None
    ranks = {gid: [attendance.venue_rank(text, m, months) for m in said] for gid, said in by_place.items()}
    best = min(min(r) for r in ranks.values())
    first_ranked = next(
        (gid for gid, r in ranks.items() if min(r) == best), None
    ) if best < attendance.NOT_A_VENUE else None
    rivals = sum(1 for r in ranks.values() if min(r) < 2)
    first_line = text.find("\n")
    out = []
    for gid, said in by_place.items():
        rank = min(ranks[gid])
        values = dict.fromkeys(FEATURES, 0.0)
        values["bias"] = 1.0
        values["phrase"] = float(gid == phrase)
        values["host"] = float(rank == 0)
        values["meeting"] = float(rank == 1)
        values["another"] = float(rank == 2)
        values["cued"] = float(gid in confirmed)
        values["most_named"] = float(gid == most_named)
        values["tied"] = float(gid == most_named and tied)
        values["mentions"] = math.log(len(said))
        values["opening"] = float(said[0].start < _OPENING)
        values["title"] = float(first_line < 0 or said[0].start < first_line)
        values["first_ranked"] = float(gid == first_ranked)
        values["rivals"] = float(max(0, rivals - (rank < 2)))
        values["in_person"] = float(in_person)
        values["study_visit"] = float(kind == "study_visit")
        values["large"] = float(said[0].place.population >= 1_000_000)
        values["implausible"] = sum(1 for m in said if m.implausible and not m.cues) / len(said)
        shown = next((m for m in said if m is location), None) or min(
            said, key=lambda m: ranks[gid][said.index(m)]
        )
        out.append((shown, values))
    return out


def score(values: dict[str, float]) -> float:
    """The log-odds of a place against no venue."""
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in values.items())


def choose(candidates: list[tuple[object, dict[str, float]]]):
    """The mention of the venue, or None: the best-scored place, when it beats no venue."""
    best, best_score = None, 0.0
    for mention, values in candidates:
        z = score(values)
        if z > best_score:
            best, best_score = mention, z
    return best
