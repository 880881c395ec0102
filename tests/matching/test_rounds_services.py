"""Storing, changing and confirming rounds; the task that computes them."""

import datetime as dt
import re

import pytest
from django.core.exceptions import ValidationError

from citypeers.events.models import Event, EventParticipant
from citypeers.matching.enums import RoundStatus
from citypeers.matching.models import Round, RoundPair
from citypeers.matching.round_tasks import start_computing
from citypeers.matching.rounds import compute_round
from citypeers.matching.services.rounds import (
    confirm_round,
    open_round,
    remove_pair,
    save_round,
    swap_cities,
)
from tests.factories import (
    AffiliationFactory,
    EventFactory,
    EventSeriesFactory,
    ProgrammeFactory,
    UserFactory,
)
from tests.matching.round_builders import NOW, TODAY, city, greedy_trap, round_request

pytestmark = pytest.mark.django_db


def _saved(programme, **options) -> Round:
    request = round_request(programme, **options)
    plan = compute_round(request, now=NOW)
    return save_round(request=request, plan=plan, by=None, today=TODAY)


def _pairs(round_) -> list[tuple]:
    return [
        (p.first.name, p.second.name, p.score, p.starts_at)
        for p in round_.pairs.order_by("starts_at", "pk")
    ]


def _stored(round_) -> tuple:
    round_.refresh_from_db()
    rows = list(round_.pairs.order_by("pk").values())
    return round_.status, round_.sitting_out, rows, Event.objects.count()


def test_saved_round_is_ready_for_review_with_its_pairs():
    programme, _cities = greedy_trap()

    round_ = _saved(programme)

    assert round_.status == RoundStatus.READY
    assert _pairs(round_) == [
        ("Aville", "Cburg", 6.0, dt.datetime(2030, 3, 4, 8, tzinfo=dt.UTC)),
        ("Bton", "Dmadrid", 6.0, dt.datetime(2030, 3, 4, 9, 30, tzinfo=dt.UTC)),
    ]


def test_swap_recomputes_both_pairs_scores_and_slots():
    programme, (a, b, c, d) = greedy_trap()
    round_ = _saved(programme)

    swap_cities(round_=round_, city=c, other=b, by=None, now=NOW)

    assert _pairs(round_) == [
        ("Aville", "Bton", 9.0, dt.datetime(2030, 3, 4, 8, tzinfo=dt.UTC)),
        ("Cburg", "Dmadrid", 0.0, dt.datetime(2030, 3, 4, 9, 30, tzinfo=dt.UTC)),
    ]
    swapped = round_.pairs.get(first=a)
    assert sorted(r["theme"] for r in swapped.reasons) == ["education", "employment", "housing"]


def test_swap_into_a_pair_breaking_a_constraint_is_refused_and_changes_nothing():
    programme = ProgrammeFactory()
    city("Aville", "IT", programme=programme, challenges={"housing": 1})
    second = city("Bton", "FR", programme=programme, challenges={"housing": 1})
    third = city("Cville", "IT", programme=programme, challenges={"health": 1})
    city("Dton", "FR", programme=programme, challenges={"health": 1})
    round_ = _saved(programme)
    before = _stored(round_)

    with pytest.raises(ValidationError) as refused:
        swap_cities(round_=round_, city=second, other=third, by=None, now=NOW)

    assert refused.value.messages == [
        "Aville and Cville cannot meet in this round: they are in the same country and "
        "this round pairs different ones."
    ]
    assert _stored(round_) == before


def test_remove_pair_makes_both_cities_sit_out():
    programme, (a, b, c, d) = greedy_trap()
    round_ = _saved(programme)
    pair = round_.pairs.get(first=a)

    remove_pair(round_=round_, pair_id=pair.pk, by=None)

    round_.refresh_from_db()
    assert _pairs(round_) == [
        ("Bton", "Dmadrid", 6.0, dt.datetime(2030, 3, 4, 9, 30, tzinfo=dt.UTC))
    ]
    assert round_.sitting_out == [
        {"municipality": a.pk, "reason": "removed"},
        {"municipality": c.pk, "reason": "removed"},
    ]


def test_confirm_makes_planned_events_numbered_after_the_series():
    programme, (a, b, c, d) = greedy_trap()
    series = EventSeriesFactory(name_en="Exchanges", programme=programme, kind="peer_exchange")
    EventFactory(series=series, ordinal=1, starts_at=dt.datetime(2029, 5, 6, 9, tzinfo=dt.UTC))
    round_ = _saved(programme)

    events = confirm_round(round_=round_, by=None, now=NOW)

    assert [
        (e.kind, e.format, e.status, e.series_id, e.ordinal, e.starts_at, e.ends_at)
        for e in events
    ] == [
        ("peer_exchange", "online", "planned", series.pk, 2,
         dt.datetime(2030, 3, 4, 8, tzinfo=dt.UTC), dt.datetime(2030, 3, 4, 9, 30, tzinfo=dt.UTC)),
        ("peer_exchange", "online", "planned", series.pk, 3,
         dt.datetime(2030, 3, 4, 9, 30, tzinfo=dt.UTC), dt.datetime(2030, 3, 4, 11, tzinfo=dt.UTC)),
    ]  # fmt: skip
    parties = [
        set(EventParticipant.objects.filter(event=e).values_list("municipality_id", flat=True))
        for e in events
    ]
    assert parties == [{a.pk, c.pk}, {b.pk, d.pk}]
    assert list(round_.pairs.order_by("starts_at").values_list("event_id", flat=True)) == [
        e.pk for e in events
    ]
    round_.refresh_from_db()
    assert round_.status == RoundStatus.CONFIRMED


def test_confirming_twice_is_refused_and_creates_nothing_more():
    programme, _cities = greedy_trap()
    round_ = _saved(programme)
    confirm_round(round_=round_, by=None, now=NOW)
    before = _stored(round_)

    with pytest.raises(ValidationError) as refused:
        confirm_round(round_=round_, by=None, now=NOW)

    assert refused.value.messages == ["This round is already confirmed: its meetings are planned."]
    assert _stored(round_) == before


def test_confirming_a_round_still_computing_is_refused():
    programme, _cities = greedy_trap()
    round_ = open_round(request=round_request(programme), by=None, today=TODAY)

    with pytest.raises(ValidationError) as refused:
        confirm_round(round_=round_, by=None, now=NOW)

    assert refused.value.messages == ["This round is still being computed: wait until it is ready."]
    assert Event.objects.count() == 0


def test_task_computes_the_round_to_100_percent(django_capture_on_commit_callbacks):
    programme, _cities = greedy_trap()

    with django_capture_on_commit_callbacks(execute=True):
        round_ = open_round(request=round_request(programme), by=None)
        start_computing(round_)

    round_.refresh_from_db()
    assert (round_.status, round_.progress, round_.error) == (RoundStatus.READY, 100, "")
    assert RoundPair.objects.filter(round=round_).count() == 2


def test_task_failure_ends_as_failed_with_the_error(django_capture_on_commit_callbacks):
    programme = ProgrammeFactory()
    city("Aville", "IT", programme=programme, challenges={"housing": 1})
    city("Nowhere", "ZZ", programme=programme, challenges={"housing": 1})

    with django_capture_on_commit_callbacks(execute=True):
        round_ = open_round(request=round_request(programme), by=None)
        start_computing(round_)

    round_.refresh_from_db()
    assert round_.status == RoundStatus.FAILED
    assert round_.error == "The round could not be computed: no public holidays known for 'ZZ'"
    assert round_.pairs.count() == 0


def test_confirm_invites_both_cities_members_with_the_ics(
    mailoutbox, django_capture_on_commit_callbacks
):
    programme, (a, _b, c, _d) = greedy_trap()
    officers = {}
    for town in (a, c):
        officers[town.pk] = UserFactory(email=f"{town.pk}@example.org")
        AffiliationFactory(user=officers[town.pk], municipality=town)
    silent = UserFactory(email="silent@example.org", email_notifications=False)
    AffiliationFactory(user=silent, municipality=a)
    round_ = _saved(programme)

    with django_capture_on_commit_callbacks(execute=True):
        confirm_round(round_=round_, by=None, now=NOW)

    assert sorted(m.to[0] for m in mailoutbox) == sorted(u.email for u in officers.values())
    message = mailoutbox[0]
    assert message.subject.startswith("Exchange planned: ")
    assert [(name, kind) for name, _body, kind in message.attachments] == [
        ("meeting.ics", "text/calendar")
    ]
    when = next(line for line in message.body.splitlines() if line.startswith("When:"))
    assert re.fullmatch(r"When: \d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d–\d\d:\d\d \(.+", when)


def test_the_invitation_to_a_meeting_is_in_each_members_language(
    mailoutbox, django_capture_on_commit_callbacks
):
    programme, (a, _b, c, _d) = greedy_trap()
    polish = UserFactory(email="polish@example.org", language="pl")
    AffiliationFactory(user=polish, municipality=a)
    AffiliationFactory(user=UserFactory(email="english@example.org"), municipality=c)
    round_ = _saved(programme)

    with django_capture_on_commit_callbacks(execute=True):
        confirm_round(round_=round_, by=None, now=NOW)

    subjects = {m.to[0]: m.subject.split(":")[0] for m in mailoutbox}
    assert subjects == {
        "polish@example.org": "Zaplanowano wymianę",
        "english@example.org": "Exchange planned",
    }


def test_a_refused_confirmation_invites_no_one(mailoutbox, django_capture_on_commit_callbacks):
    programme, (a, *_others) = greedy_trap()
    AffiliationFactory(user=UserFactory(email="officer@example.org"), municipality=a)
    round_ = _saved(programme)
    confirm_round(round_=round_, by=None, now=NOW)  # its invitations wait for a commit

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        confirm_round(round_=round_, by=None, now=NOW)

    assert mailoutbox == []
