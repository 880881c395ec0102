"""MATCHING_WEIGHTS: read by the score, and checked at start-up with a clear message."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from citypeers.matching.checks import check_matching_weights
from citypeers.matching.compatibility import Weights
from citypeers.matching.profiles import matching_weights


def test_weights_come_from_the_setting(settings):
    settings.MATCHING_WEIGHTS = {"shared_challenge": 5, "rematch_after_days": 365}

    assert matching_weights() == Weights(shared_challenge=5, rematch_after_days=365)
    assert check_matching_weights() == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([1, 2], "MATCHING_WEIGHTS must be a dict of weight names to numbers, not [1, 2]."),
        (
            {"shared": 1},
            "MATCHING_WEIGHTS has unknown weights shared; known: shared_challenge, "
            "complementary_practice, migration_tie, comparable_size, comparable_foreign_share, "
            "size_span, foreign_share_span, origin_ranks, recent_meeting_penalty, "
            "rematch_after_days.",
        ),
        ({"migration_tie": "2"}, "MATCHING_WEIGHTS['migration_tie'] must be a number, not '2'."),
        ({"migration_tie": True}, "MATCHING_WEIGHTS['migration_tie'] must be a number, not True."),
        (
            {"origin_ranks": 2.5},
            "MATCHING_WEIGHTS['origin_ranks'] must be a whole number, not 2.5.",
        ),
        (
            {"comparable_size": -1},
            "MATCHING_WEIGHTS['comparable_size'] must be zero or more, not -1.",
        ),
        (
            {"size_span": float("nan")},
            "MATCHING_WEIGHTS['size_span'] must be zero or more, not nan.",
        ),
        ({"size_span": 0}, "MATCHING_WEIGHTS: size_span and foreign_share_span must be positive."),
    ],
)
def test_bad_weights_stop_the_start_up_naming_the_problem(settings, value, message):
    settings.MATCHING_WEIGHTS = value

    errors = check_matching_weights()
    with pytest.raises(SystemCheckError) as stopped:
        call_command("check")

    assert [(e.id, e.msg) for e in errors] == [("matching.E001", message)]
    assert message in str(stopped.value)
