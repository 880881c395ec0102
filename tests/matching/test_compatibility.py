"""Compatibility of two municipalities: score, reasons as data, hard constraints, candidates."""

import math
import random
from datetime import date, time

import pytest

from citypeers.matching.candidates import candidate_edges, profile_table
from citypeers.matching.compatibility import (
    Blocker,
    Profile,
    Reason,
    ReasonKind,
    Rules,
    Weights,
    compatibility,
)
from citypeers.matching.hours import OfficeHours

ON = date(2026, 3, 4)  # a Wednesday in winter time


def city(key, country, **fields):
    return Profile(key=key, country=country, timezone="Europe/Rome", **fields)


def test_compatibility_reasons_name_themes_practices_and_communities():
    florence = city(
        1, "IT", population=360_000, foreign_share=15.0,
        challenges={"housing": 1, "employment": 2}, origins=("RO", "AL"),
    )  # fmt: skip
    cluj = city(
        2, "RO", population=290_000, foreign_share=2.0,
        challenges={"housing": 1}, practices={"employment": (77,)},
    )  # fmt: skip

    result = compatibility(florence, cluj, on=ON)

    size = 1 - abs(math.log10(360_000) - math.log10(290_000))
    assert result.reasons == (
        Reason(ReasonKind.SHARED_CHALLENGE, 3.0, theme="housing", source=1, target=2, priorities=(1, 1)),
        Reason(ReasonKind.MIGRATION_TIE, 2.0, source=1, target=2, country="RO", rank=1),
        Reason(ReasonKind.COMPLEMENTARY_PRACTICE, 2.0 * 2 / 3, theme="employment", source=2, target=1, priorities=(2,), practices=(77,)),
        Reason(ReasonKind.COMPARABLE_SIZE, size),
    )  # fmt: skip
    assert result.score == pytest.approx(3.0 + 2.0 + 4 / 3 + size)
    assert result.blockers == ()


def test_compatibility_priorities_weigh_shared_challenges():
    a = city(1, "IT", challenges={"housing": 1, "language": 3})
    b = city(2, "PL", challenges={"housing": 2, "language": 3})

    result = compatibility(a, b, on=ON, weights=Weights(shared_challenge=9.0))

    assert [(r.theme, r.points) for r in result.reasons] == [("housing", 6.0), ("language", 1.0)]


def test_compatibility_migration_tie_counts_less_for_smaller_communities():
    a = city(1, "IT", origins=("AL", "MA", "RO"))
    b = city(2, "RO")

    (reason,) = compatibility(a, b, on=ON).reasons

    assert (reason.kind, reason.rank, reason.points) == (ReasonKind.MIGRATION_TIE, 3, 2.0 / 3)


def test_compatibility_foreign_share_closeness_fades_over_the_span():
    a = city(1, "IT", foreign_share=10.0)
    b = city(2, "PL", foreign_share=14.0)
    far = city(3, "PL", foreign_share=25.0)

    assert compatibility(a, b, on=ON).score == pytest.approx(0.6)
    assert compatibility(a, far, on=ON).reasons == ()


def test_compatibility_same_country_is_blocked_unless_the_round_allows_it():
    a, b = city(1, "IT", challenges={"housing": 1}), city(2, "IT", challenges={"housing": 1})

    assert compatibility(a, b, on=ON).blockers == (Blocker.SAME_COUNTRY,)
    assert compatibility(a, b, on=ON, rules=Rules(different_countries=False)).blockers == ()


def test_compatibility_blocks_a_city_that_did_not_opt_in():
    a, b = city(1, "IT"), city(2, "PL", opted_in=False)

    assert compatibility(a, b, on=ON).blockers == (Blocker.NOT_OPTED_IN,)


def test_compatibility_office_hours_must_overlap_by_the_meeting_length():
    # Lisbon opens 09:00-10:30 local (UTC+0 in March before the change); Athens 09:00-17:00
    # local is 07:00-15:00 UTC: 90 minutes in common.
    lisbon = Profile(
        key=1, country="PT", timezone="Europe/Lisbon", hours=OfficeHours(time(9), time(10, 30))
    )
    athens = Profile(key=2, country="GR", timezone="Europe/Athens")

    assert compatibility(lisbon, athens, on=ON, rules=Rules(meeting_minutes=90)).blockers == ()
    assert compatibility(lisbon, athens, on=ON, rules=Rules(meeting_minutes=120)).blockers == (
        Blocker.NO_COMMON_HOURS,
    )


def test_compatibility_office_days_must_meet():
    a = city(1, "IT", hours=OfficeHours(weekdays=frozenset({0, 1})))
    b = city(2, "PL", hours=OfficeHours(weekdays=frozenset({3, 4})))

    assert compatibility(a, b, on=ON).blockers == (Blocker.NO_COMMON_HOURS,)


def test_compatibility_common_language_only_when_the_programme_asks():
    a = city(1, "IT", languages=frozenset({"it", "en"}))
    b = city(2, "PL", languages=frozenset({"pl"}))

    assert compatibility(a, b, on=ON).blockers == ()
    assert compatibility(a, b, on=ON, rules=Rules(common_language=True)).blockers == (
        Blocker.NO_COMMON_LANGUAGE,
    )


def test_compatibility_recent_meeting_excludes_in_rounds_and_penalises_suggestions():
    a = city(1, "IT", challenges={"housing": 1})
    b = city(2, "PL", challenges={"housing": 1})
    met = {(1, 2): date(2025, 6, 1)}
    suggestions = Rules(exclude_recent=False)

    in_round = compatibility(a, b, on=ON, met=met)
    suggested = compatibility(a, b, on=ON, met=met, rules=suggestions)
    later = compatibility(a, b, on=date(2027, 6, 1), met=met)

    assert in_round.blockers == (Blocker.MET_RECENTLY,)
    assert suggested.blockers == ()
    assert suggested.score == 3.0 - 5.0
    assert suggested.reasons[-1] == Reason(
        ReasonKind.MET_RECENTLY, -5.0, source=1, target=2, until=date(2027, 6, 1)
    )
    assert later.blockers == ()
    assert later.score == 3.0


def test_profile_is_empty_without_challenges_practices_communities_or_share():
    assert city(1, "IT", population=5000).is_empty
    assert not city(1, "IT", foreign_share=0.0).is_empty


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"challenges": {"housing": 4}}, "municipality 7: priority of 'housing' must be 1, 2 or 3, not 4"),
        ({"foreign_share": 120.0}, "municipality 7: foreign share 120.0 is not 0-100"),
        ({"population": -1}, "municipality 7: negative population -1"),
        ({"timezone": "Europe/Atlantis"}, "unknown time zone: 'Europe/Atlantis'"),
    ],
)  # fmt: skip
def test_profile_bad_input_names_the_municipality_and_the_problem(fields, message):
    with pytest.raises(ValueError) as error:
        Profile(key=7, country="IT", **fields)

    assert str(error.value) == message


def test_weights_refuse_negative_points():
    with pytest.raises(ValueError) as error:
        Weights(migration_tie=-1.0)

    assert str(error.value) == "weight migration_tie must be a non-negative number, not -1.0"


THEMES = ["housing", "employment", "language", "health", "education"]
COUNTRIES = ["IT", "PL", "RO", "PT", "GR"]
ZONES = {"IT": "Europe/Rome", "PL": "Europe/Warsaw", "RO": "Europe/Bucharest",
         "PT": "Europe/Lisbon", "GR": "Europe/Athens"}  # fmt: skip


def random_profiles(count, seed):
    rng = random.Random(seed)
    profiles = []
    for key in range(100, 100 + count):
        country = rng.choice(COUNTRIES)
        profiles.append(
            Profile(
                key=key,
                country=country,
                population=rng.randint(5_000, 2_000_000),
                foreign_share=rng.choice([None, round(rng.uniform(0, 30), 2)]),
                challenges={t: rng.randint(1, 3) for t in rng.sample(THEMES, rng.randint(0, 3))},
                practices={
                    t: (rng.randint(1, 999),) for t in rng.sample(THEMES, rng.randint(0, 2))
                },
                origins=tuple(rng.sample(COUNTRIES + ["MA", "UA"], rng.randint(0, 3))),
                languages=frozenset(rng.sample(["en", "fr", "de"], rng.randint(0, 2))),
                timezone=ZONES[country],
                opted_in=rng.random() > 0.1,
            )
        )
    return profiles


@pytest.mark.parametrize(
    "rules", [Rules(), Rules(common_language=True), Rules(different_countries=False, exclude_recent=False)]
)  # fmt: skip
def test_candidate_edges_are_each_citys_best_partners_scored_as_compatibility_does(rules):
    profiles = random_profiles(120, seed=5)
    met = {(100, 101): date(2026, 1, 10), (102, 140): date(2025, 11, 2)}
    k = 4

    found = candidate_edges(profile_table(profiles, on=ON), on=ON, k=k, rules=rules, met=met)

    scored = {}
    for a in range(len(profiles)):
        for b in range(a + 1, len(profiles)):
            result = compatibility(profiles[a], profiles[b], on=ON, rules=rules, met=met)
            if not result.blockers and result.score > 0:
                scored[a, b] = result.score
    kth = {}
    for a in range(len(profiles)):
        mine = sorted((score for pair, score in scored.items() if a in pair), reverse=True)
        kth[a] = mine[k - 1] if len(mine) >= k else 0.0
    # Ties at the k-th best may go either way; everything above it must be there.
    required = {p for p, s in scored.items() if s > min(kth[p[0]], kth[p[1]]) + 1e-9}
    allowed = {p for p, s in scored.items() if s >= min(kth[p[0]], kth[p[1]]) - 1e-9}
    edges = {(i, j): w for i, j, w in found.edges()}
    assert required <= set(edges) <= allowed
    assert all(edges[pair] == pytest.approx(scored[pair], abs=1e-9) for pair in edges)
