"""Random small rounds never pair a city twice nor break a constraint of the schedule."""

import datetime as dt
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citypeers.matching.rounds import compute_round
from tests.factories import ProgrammeFactory
from tests.matching.round_builders import NOW, ZONES, city, moderator, round_request

pytestmark = pytest.mark.django_db

THEMES = ["housing", "employment", "health", "language"]
# The range holds the switch to summer time (31 March 2030) and Easter Monday is not in it.
FIRST_DAY = dt.date(2030, 3, 27)

cities = st.lists(
    st.tuples(
        st.sampled_from(["IT", "FR", "RO", "PL", "ES"]),
        st.dictionaries(st.sampled_from(THEMES), st.integers(1, 3), max_size=3),
        st.integers(7, 12),  # opens at
        st.integers(3, 8),  # hours open
    ),
    min_size=2,
    max_size=9,
)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cities=cities, days=st.integers(1, 8), capacities=st.lists(st.integers(1, 3), min_size=1,
       max_size=2))  # fmt: skip
def test_random_rounds_keep_every_constraint(cities, days, capacities):
    programme = ProgrammeFactory()
    made = [
        city(f"City {index}", country, programme=programme, challenges=themes,
             opens=dt.time(opens), closes=dt.time(opens + length))
        for index, (country, themes, opens, length) in enumerate(cities)
    ]  # fmt: skip
    hours = {c.pk: (dt.time(o), dt.time(o + length)) for c, (_k, _t, o, length) in zip(
        made, cities, strict=True)}  # fmt: skip
    staff = [(moderator(f"m{programme.pk}-{i}"), per_day) for i, per_day in enumerate(capacities)]

    plan = compute_round(
        round_request(programme, moderators=staff, starts_on=FIRST_DAY,
                      ends_on=FIRST_DAY + dt.timedelta(days=days - 1)),
        now=NOW,
    )  # fmt: skip

    paired = [c.pk for pair in plan.pairs for c in (pair.first, pair.second)]
    sitting = [entry["municipality"] for entry in plan.sitting_out]
    assert len(paired) == len(set(paired))
    assert sorted(paired + sitting) == sorted(c.pk for c in made)
    for pair in plan.pairs:
        assert pair.first.country_id != pair.second.country_id
        assert pair.score > 0
        if pair.starts_at is not None:
            for member in (pair.first, pair.second):
                _assert_open(member, hours[member.pk], pair.starts_at, pair.ends_at)
    _assert_moderators_keep_their_capacity(plan, dict((u.pk, n) for u, n in staff))


def _assert_open(member, office, start, end):
    zone = ZoneInfo(ZONES[member.country_id])
    local_start, local_end = start.astimezone(zone), end.astimezone(zone)
    assert local_start.date() == local_end.date()
    assert local_start.weekday() < 5
    assert local_start.date() not in holidays.country_holidays(member.country_id, years=2030)
    assert office[0] <= local_start.time() and local_end.time() <= office[1]


def _assert_moderators_keep_their_capacity(plan, capacity):
    by_moderator: dict[int, list] = {}
    for pair in plan.pairs:
        if pair.starts_at is not None:
            by_moderator.setdefault(pair.moderator.pk, []).append((pair.starts_at, pair.ends_at))
    for key, meetings in by_moderator.items():
        meetings.sort()
        for (_s, end), (start, _e) in zip(meetings, meetings[1:], strict=False):
            assert end <= start
        days = [start.date() for start, _end in meetings]
        assert max(days.count(day) for day in days) <= capacity[key]
