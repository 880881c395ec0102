"""Computing a round from the database: pairs, reasons, slots, who sits out and why."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from citypeers.events.enums import EventStatus
from citypeers.matching.rounds import SitOut, check_round_request, compute_round
from tests.factories import EventFactory, EventParticipantFactory, ProgrammeFactory
from tests.matching.round_builders import (
    MONDAY,
    NOW,
    TODAY,
    city,
    greedy_trap,
    moderator,
    round_request,
)

pytestmark = pytest.mark.django_db


def _names(plan):
    return {frozenset((pair.first.name, pair.second.name)) for pair in plan.pairs}


def test_small_round_finds_the_optimum_not_the_heaviest_pair():
    programme, _cities = greedy_trap()

    plan = compute_round(round_request(programme), now=NOW)

    assert _names(plan) == {frozenset({"Aville", "Cburg"}), frozenset({"Bton", "Dmadrid"})}
    assert plan.total_score == 12.0
    assert plan.sitting_out == []


def test_pairs_carry_their_reasons_as_data():
    programme, (a, _b, c, _d) = greedy_trap()

    plan = compute_round(round_request(programme), now=NOW)

    pair = next(p for p in plan.pairs if {p.first, p.second} == {a, c})
    assert sorted((r["kind"], r["theme"], r["points"]) for r in pair.reasons) == [
        ("shared_challenge", "health", 3.0),
        ("shared_challenge", "legal", 3.0),
    ]


def test_odd_number_of_cities_one_sits_out_named():
    programme = ProgrammeFactory()
    city("Aville", "IT", programme=programme, challenges={"housing": 1, "health": 1})
    city("Bton", "FR", programme=programme, challenges={"housing": 1, "health": 1})
    third = city("Cburg", "DE", programme=programme, challenges={"housing": 1})

    plan = compute_round(round_request(programme), now=NOW)

    assert _names(plan) == {frozenset({"Aville", "Bton"})}
    assert plan.sitting_out == [{"municipality": third.pk, "reason": SitOut.ODD_ONE_OUT}]


def test_city_with_no_possible_partner_sits_out_with_that_reason():
    programme = ProgrammeFactory()
    city("Aville", "IT", programme=programme, challenges={"housing": 1})
    city("Bton", "FR", programme=programme, challenges={"housing": 1})
    lonely = city("Ccity", "FR", programme=programme, challenges={"health": 1})

    plan = compute_round(round_request(programme), now=NOW)

    assert plan.sitting_out == [{"municipality": lonely.pk, "reason": SitOut.NO_PARTNER}]


def test_empty_profile_is_paired_on_size_and_flagged():
    programme = ProgrammeFactory()
    empty = city("Aville", "IT", programme=programme, population=100_000)
    other = city("Bton", "FR", programme=programme, population=100_000)

    plan = compute_round(round_request(programme), now=NOW)

    assert _names(plan) == {frozenset({"Aville", "Bton"})}
    assert [r["kind"] for r in plan.pairs[0].reasons] == ["comparable_size"]
    assert plan.flagged == [empty.pk, other.pk]


def test_cities_not_opted_in_or_not_enrolled_take_no_part():
    programme, (a, b, c, d) = greedy_trap()
    city("Out", "PL", programme=programme, challenges={"health": 1}, opted_in=False)
    city("Elsewhere", "RO", challenges={"health": 1, "legal": 1})

    plan = compute_round(round_request(programme), now=NOW)

    assert set(plan.cities) == {a.pk, b.pk, c.pk, d.pk}


def test_pairs_are_placed_in_both_office_hours_with_the_moderator():
    programme = ProgrammeFactory()
    city("Aville", "IT", programme=programme, challenges={"housing": 1},
         opens=dt.time(14), closes=dt.time(18))  # fmt: skip
    city("Bucharest-like", "RO", programme=programme, challenges={"housing": 1})
    host = moderator("host")

    plan = compute_round(round_request(programme, moderators=[(host, 2)]), now=NOW)

    pair = plan.pairs[0]
    # Rome opens at 14:00 (13:00 UTC); Bucharest closes at 17:00 (15:00 UTC).
    assert pair.starts_at == dt.datetime(2030, 3, 4, 13, tzinfo=dt.UTC)
    assert pair.ends_at == dt.datetime(2030, 3, 4, 14, 30, tzinfo=dt.UTC)
    assert pair.moderator == host
    assert pair.unplaced_reason == ""


def test_no_feasible_slot_lists_the_pair_with_the_reason():
    programme = ProgrammeFactory()
    city("Aville", "IT", programme=programme, challenges={"housing": 1})
    city("Bton", "FR", programme=programme, challenges={"housing": 1})
    republic_day = dt.date(2030, 6, 2)  # a Sunday: then 3 June, a Monday, is open in both

    plan = compute_round(
        round_request(programme, starts_on=republic_day, ends_on=republic_day), now=NOW
    )

    assert [(p.starts_at, p.unplaced_reason) for p in plan.pairs] == [(None, "no_common_hours")]


def test_moderator_capacity_is_never_exceeded():
    programme = ProgrammeFactory()
    for index, country in enumerate(["IT", "FR", "DE", "ES", "RO", "PL"]):
        city(f"City {index}", country, programme=programme, challenges={"housing": 1})
    host = moderator("host")

    plan = compute_round(round_request(programme, moderators=[(host, 1)], days=1), now=NOW)

    placed = [p for p in plan.pairs if p.starts_at is not None]
    assert len(placed) == 1
    assert sorted(p.unplaced_reason for p in plan.pairs) == ["", "range_exhausted",
                                                             "range_exhausted"]  # fmt: skip


def test_existing_planned_events_keep_their_cities_busy():
    programme = ProgrammeFactory()
    a = city("Aville", "IT", programme=programme, challenges={"housing": 1})
    city("Bton", "FR", programme=programme, challenges={"housing": 1})
    rome = ZoneInfo("Europe/Rome")
    taken = EventFactory(
        starts_at=dt.datetime(2030, 3, 4, 9, tzinfo=rome),
        ends_at=dt.datetime(2030, 3, 4, 12, tzinfo=rome),
        status=EventStatus.PLANNED,
    )
    EventParticipantFactory(event=taken, municipality=a)

    plan = compute_round(round_request(programme), now=NOW)

    assert plan.pairs[0].starts_at == dt.datetime(2030, 3, 4, 12, tzinfo=rome)


def test_pairs_that_met_recently_are_not_paired_again():
    programme, (a, b, c, d) = greedy_trap()
    for first, second in ((a, c), (b, d)):
        event = EventFactory(starts_at=dt.datetime(2029, 5, 6, 9, tzinfo=dt.UTC))
        EventParticipantFactory(event=event, municipality=first)
        EventParticipantFactory(event=event, municipality=second)

    plan = compute_round(round_request(programme), now=NOW)

    assert _names(plan) == {frozenset({"Aville", "Bton"})}


def test_progress_is_reported_up_to_100():
    programme, _cities = greedy_trap()
    seen = []

    compute_round(round_request(programme), now=NOW, progress=lambda p, note: seen.append(p))

    assert seen[-1] == 100
    assert seen == sorted(seen)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"starts_on": dt.date(2030, 2, 25)}, "starts_on",
         "The round cannot start in the past (today is 2030-03-01)."),
        ({"ends_on": MONDAY - dt.timedelta(days=1)}, "ends_on", "The round ends before it starts."),
        ({"moderators": []}, "moderators", "Choose at least one moderator."),
    ],
)  # fmt: skip
def test_bad_requests_are_refused_with_the_field_and_the_reason(change, field, message):
    programme, _cities = greedy_trap()

    with pytest.raises(ValidationError) as refused:
        check_round_request(round_request(programme, **change), today=TODAY)

    assert refused.value.message_dict == {field: [message]}


def test_moderator_with_no_capacity_or_no_coordinator_role_is_refused():
    programme, _cities = greedy_trap()
    tired, member = moderator("tired"), moderator("member", role="user")

    with pytest.raises(ValidationError) as refused:
        check_round_request(
            round_request(programme, moderators=[(tired, 0), (member, 2)]), today=TODAY
        )

    assert refused.value.message_dict == {
        "moderators": [
            "tired can hold no meeting a day: give at least one, or leave them out.",
            "member is not a coordinator: only coordinators moderate rounds.",
        ]
    }


def test_fewer_than_two_open_cities_is_refused():
    programme = ProgrammeFactory(name="Cities Together")
    city("Aville", "IT", programme=programme)
    city("Bton", "FR", programme=programme, opted_in=False)

    with pytest.raises(ValidationError) as refused:
        check_round_request(round_request(programme), today=TODAY)

    assert refused.value.message_dict == {
        "programme": [
            "1 municipality of Cities Together is enrolled and open to exchanges: "
            "a round needs at least two."
        ]
    }
