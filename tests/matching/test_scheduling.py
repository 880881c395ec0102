"""Slots for a round's pairs: office hours, holidays, moderators, time zones, DST."""

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citypeers.matching.hours import OfficeHours
from citypeers.matching.scheduling import City, Moderator, Unplaced, Unscheduled, schedule


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def lisbon(key=1, **fields):
    return City(key=key, country="PT", timezone="Europe/Lisbon", **fields)


def athens(key=2, **fields):
    return City(key=key, country="GR", timezone="Europe/Athens", **fields)


def rome(key, **fields):
    return City(key=key, country="IT", timezone="Europe/Rome", **fields)


def warsaw(key, **fields):
    return City(key=key, country="PL", timezone="Europe/Warsaw", **fields)


ONE = [Moderator(key=10, per_day=4)]


def test_schedule_lisbon_and_athens_meet_when_both_offices_are_open():
    # Lisbon 09:00-17:00 is 09:00-17:00 UTC in winter; Athens 09:00-17:00 is 07:00-15:00.
    result = schedule([(lisbon(), athens())], moderators=ONE,
                      first_day=date(2026, 3, 2), last_day=date(2026, 3, 6))  # fmt: skip

    (meeting,) = result.meetings
    assert (meeting.start, meeting.end) == (utc(2026, 3, 2, 9), utc(2026, 3, 2, 10, 30))
    assert meeting.start.astimezone(ZoneInfo("Europe/Athens")).time() == time(11)
    assert (meeting.pair, meeting.moderator, result.unplaced) == ((1, 2), 10, [])


def test_schedule_follows_the_clocks_across_the_change_to_summer_time():
    # The last Sunday of March 2026 is the 29th: on Monday 30 Lisbon opens at 08:00 UTC.
    moderator = [Moderator(key=10, per_day=1)]
    pairs = [(lisbon(1), athens(2)), (lisbon(3), athens(4))]

    result = schedule(
        pairs, moderators=moderator, first_day=date(2026, 3, 27), last_day=date(2026, 3, 31)
    )

    assert [m.start for m in result.meetings] == [utc(2026, 3, 27, 9), utc(2026, 3, 30, 8)]
    assert {m.start.astimezone(ZoneInfo("Europe/Lisbon")).time() for m in result.meetings} == {
        time(9)
    }


def test_schedule_follows_the_clocks_back_to_winter_time():
    # The last Sunday of October 2026 is the 25th: Warsaw opens at 07:00 UTC before, 08:00 after.
    moderator = [Moderator(key=10, per_day=1)]
    pairs = [(rome(1), warsaw(2)), (rome(3), warsaw(4))]

    result = schedule(
        pairs, moderators=moderator, first_day=date(2026, 10, 23), last_day=date(2026, 10, 27)
    )

    assert [m.start for m in result.meetings] == [utc(2026, 10, 23, 7), utc(2026, 10, 26, 8)]


def test_schedule_skips_a_public_holiday_of_either_country():
    assert date(2026, 4, 3) in holidays.PT(years=2026)  # Good Friday in Portugal, not in Greece

    result = schedule(
        [(athens(), lisbon())],
        moderators=ONE,
        first_day=date(2026, 4, 3),
        last_day=date(2026, 4, 10),
    )

    assert [m.start for m in result.meetings] == [utc(2026, 4, 6, 8)]


def test_schedule_moderator_holds_no_more_meetings_a_day_than_their_capacity():
    moderator = [Moderator(key=10, per_day=1, timezone="Europe/Brussels")]
    pairs = [(rome(1), warsaw(2)), (rome(3), warsaw(4)), (rome(5), warsaw(6))]

    result = schedule(
        pairs, moderators=moderator, first_day=date(2026, 3, 2), last_day=date(2026, 3, 3)
    )

    assert [m.start.date() for m in result.meetings] == [date(2026, 3, 2), date(2026, 3, 3)]
    assert result.unplaced == [Unscheduled(pair=(5, 6), reason=Unplaced.RANGE_EXHAUSTED)]


def test_schedule_two_moderators_hold_two_meetings_at_once():
    moderators = [Moderator(key=10, per_day=2), Moderator(key=11, per_day=2)]
    pairs = [(rome(1), warsaw(2)), (rome(3), warsaw(4)), (rome(5), warsaw(6))]

    result = schedule(
        pairs, moderators=moderators, first_day=date(2026, 3, 2), last_day=date(2026, 3, 2)
    )

    assert [(m.start, m.moderator) for m in result.meetings] == [
        (utc(2026, 3, 2, 8), 10),
        (utc(2026, 3, 2, 8), 11),
        (utc(2026, 3, 2, 9, 30), 10),
    ]


def test_schedule_a_city_in_two_pairs_never_meets_twice_at_once():
    pairs = [(rome(1), warsaw(2)), (rome(1), lisbon(3))]
    moderators = [Moderator(key=10, per_day=4), Moderator(key=11, per_day=4)]

    result = schedule(
        pairs, moderators=moderators, first_day=date(2026, 3, 2), last_day=date(2026, 3, 2)
    )

    assert [m.start for m in result.meetings] == [utc(2026, 3, 2, 8), utc(2026, 3, 2, 9, 30)]


def test_schedule_keeps_out_of_what_a_city_already_has():
    busy = ((utc(2026, 3, 2, 8), utc(2026, 3, 2, 12)),)

    result = schedule([(rome(1, busy=busy), warsaw(2))], moderators=ONE,
                      first_day=date(2026, 3, 2), last_day=date(2026, 3, 2))  # fmt: skip

    assert [m.start for m in result.meetings] == [utc(2026, 3, 2, 12)]


def test_schedule_never_places_a_meeting_before_not_before():
    result = schedule([(rome(1), warsaw(2))], moderators=ONE, first_day=date(2026, 3, 2),
                      last_day=date(2026, 3, 3), not_before=utc(2026, 3, 2, 13, 10))  # fmt: skip

    assert [m.start for m in result.meetings] == [utc(2026, 3, 2, 13, 15)]


def test_schedule_offices_that_never_overlap_give_no_common_hours():
    early = OfficeHours(time(9), time(10))
    result = schedule([(lisbon(hours=early), athens())], moderators=ONE,
                      first_day=date(2026, 1, 5), last_day=date(2026, 1, 9),
                      meeting_minutes=90)  # fmt: skip

    assert result.meetings == []
    assert result.unplaced == [Unscheduled(pair=(1, 2), reason=Unplaced.NO_COMMON_HOURS)]


@pytest.mark.parametrize(
    "moderators", [[], [Moderator(key=10, per_day=0)]], ids=["none", "no capacity"]
)
def test_schedule_without_moderator_capacity_says_so(moderators):
    result = schedule([(rome(1), warsaw(2))], moderators=moderators,
                      first_day=date(2026, 3, 2), last_day=date(2026, 3, 6))  # fmt: skip

    assert result.unplaced == [Unscheduled(pair=(1, 2), reason=Unplaced.NO_MODERATOR)]


def test_schedule_moderator_hours_bound_the_meetings():
    evening = [
        Moderator(key=10, per_day=3, timezone="Europe/Rome", hours=OfficeHours(time(15), time(19)))
    ]

    result = schedule([(rome(1), warsaw(2))], moderators=evening,
                      first_day=date(2026, 3, 2), last_day=date(2026, 3, 2))  # fmt: skip

    assert [m.start for m in result.meetings] == [utc(2026, 3, 2, 14)]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"first_day": date(2026, 3, 9), "last_day": date(2026, 3, 2)},
         "the range ends (2026-03-02) before it starts (2026-03-09)"),
        ({"meeting_minutes": 0}, "meeting length and slot step must be positive minutes"),
        ({"moderators": [Moderator(key=3, per_day=-1)]}, "moderator 3: negative capacity -1"),
        ({"pairs": [(rome(1), rome(1))]}, "municipality 1 cannot meet itself"),
        ({"pairs": [(rome(1), City(key=2, country="PL", timezone="Mars/Olympus"))]},
         "unknown time zone: 'Mars/Olympus'"),
    ],
)  # fmt: skip
def test_schedule_bad_input_names_the_problem(kwargs, message):
    arguments = {"pairs": [(rome(1), warsaw(2))], "moderators": ONE,
                 "first_day": date(2026, 3, 2), "last_day": date(2026, 3, 6)} | kwargs  # fmt: skip
    pairs = arguments.pop("pairs")

    with pytest.raises(ValueError) as error:
        schedule(pairs, **arguments)

    assert str(error.value) == message


ZONES = [("PT", "Europe/Lisbon"), ("GR", "Europe/Athens"), ("IT", "Europe/Rome"),
         ("FI", "Europe/Helsinki"), ("IE", "Europe/Dublin"), ("PL", "Europe/Warsaw")]  # fmt: skip


def random_round(seed):
    rng = random.Random(seed)
    cities = []
    for key in range(24):
        country, timezone = rng.choice(ZONES)
        start = time(rng.choice([8, 9, 10]), rng.choice([0, 30]))
        hours = OfficeHours(start, time(rng.choice([13, 16, 18])),
                            frozenset(rng.sample(range(5), rng.randint(2, 5))))  # fmt: skip
        cities.append(City(key=key, country=country, timezone=timezone, hours=hours))
    pairs = [tuple(rng.sample(cities, 2)) for _ in range(30)]
    moderators = [
        Moderator(key=100 + m, per_day=rng.randint(1, 3), timezone=rng.choice(ZONES)[1])
        for m in range(rng.randint(1, 3))
    ]
    return pairs, moderators


@settings(max_examples=25, deadline=None)
@given(
    st.integers(0, 10_000),
    st.sampled_from([date(2026, 3, 23), date(2026, 10, 21), date(2026, 4, 1)]),
)
def test_schedule_never_breaks_office_hours_holidays_or_capacity(seed, first_day):
    pairs, moderators = random_round(seed)
    last_day = first_day + timedelta(days=9)

    result = schedule(pairs, moderators=moderators, first_day=first_day, last_day=last_day)

    by_key = {city.key: city for pair in pairs for city in pair}
    for meeting in result.meetings:
        for key in meeting.pair:
            city = by_key[key]
            start = meeting.start.astimezone(ZoneInfo(city.timezone))
            end = meeting.end.astimezone(ZoneInfo(city.timezone))
            assert first_day <= start.date() == end.date() <= last_day
            assert start.weekday() in city.hours.weekdays
            assert city.hours.start <= start.time() and end.time() <= city.hours.end
            assert start.date() not in holidays.country_holidays(city.country, years=start.year)
    meetings = result.meetings
    for index, one in enumerate(meetings):
        for other in meetings[index + 1 :]:
            overlap = one.start < other.end and other.start < one.end
            assert not (overlap and set(one.pair) & set(other.pair))
            assert not (overlap and one.moderator == other.moderator)
    for moderator in moderators:
        days = [
            m.start.astimezone(ZoneInfo(moderator.timezone)).date()
            for m in meetings
            if m.moderator == moderator.key
        ]
        assert all(days.count(day) <= moderator.per_day for day in days)
    assert result.meetings
    assert len(result.meetings) + len(result.unplaced) == len(pairs)
