"""Exchange requests step by step: what each service writes and what it refuses."""

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from citypeers.core.models import AuditEntry
from citypeers.events.models import Event, EventSeries
from citypeers.matching.models import ExchangeRequest
from citypeers.matching.services import requests as services
from tests.factories import EventFactory
from tests.matching.exchange_world import build_exchange, next_week_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(settings):
    return build_exchange(settings)


def stored() -> dict:
    """Everything a step may write: requests, their trail, events, e-mails sent."""
    return {
        "requests": list(ExchangeRequest.objects.order_by("pk").values()),
        "trail": list(AuditEntry.objects.order_by("pk").values("object_id", "action")),
        "events": list(Event.objects.order_by("pk").values("pk", "status", "ordinal")),
        "mails": [m.subject for m in mail.outbox],
    }


def trail(request) -> list[str]:
    return [
        entry.action
        for entry in AuditEntry.objects.filter(
            content_type__model="exchangerequest", object_id=request.pk
        ).order_by("pk")
    ]


def refusal(call) -> dict:
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value.message_dict


# --- the flow ---------------------------------------------------------------------------


def test_asking_records_the_request_in_the_requesters_programme(world):

    request = world.ask(themes=["housing"])

    row = ExchangeRequest.objects.get(pk=request.pk)
    assert (row.requester, row.wanted, row.status, row.themes, row.message) == (
        world.florence,
        world.cluj,
        "open",
        ["housing"],
        "Housing first?",
    )
    assert (row.programme, row.created_by) == (world.programme, world.florence_officer)
    assert trail(request) == ["requested"]


def test_a_request_on_themes_needs_no_city(world):

    request = world.ask(wanted=None, themes=["housing", "employment"])

    assert (request.wanted, request.themes, request.status) == (
        None,
        ["housing", "employment"],
        "open",
    )


def test_invitation_carries_the_slot_and_the_length(world):
    request = world.ask()

    world.invite(request, starts_at=next_week_at(8, 30))

    row = ExchangeRequest.objects.get(pk=request.pk)
    assert (row.status, row.invited, row.proposed_start, row.meeting_minutes) == (
        "invited",
        world.cluj,
        next_week_at(8, 30),
        90,
    )
    assert trail(request) == ["requested", "invited"]


def test_acceptance_plans_the_meeting_as_the_next_of_the_programmes_series(world):
    EventFactory(series=world.series, ordinal=7, starts_at=next_week_at(8) - dt.timedelta(days=30))

    request = world.accepted()

    event = Event.objects.get(pk=request.event_id)
    parties = [p.municipality for p in event.participants.order_by("position")]
    assert (event.kind, event.format, event.status) == ("peer_exchange", "online", "planned")
    assert (event.series, event.ordinal, event.programme) == (world.series, 8, world.programme)
    assert parties == [world.florence, world.cluj]
    assert (event.starts_at, event.ends_at) == (
        next_week_at(8),
        next_week_at(9, 30),
    )
    assert (request.status, request.answer) == ("accepted", "Gladly.")
    assert trail(request) == ["requested", "invited", "accepted"]


def test_a_programme_without_a_series_of_exchanges_gets_one(world):
    world.series.delete()

    request = world.accepted()

    series = EventSeries.objects.get(programme=world.programme)
    assert (series.name_en, series.kind) == ("ADM: online peer-to-peer exchange", "peer_exchange")
    assert (request.event.series, request.event.ordinal) == (series, 1)


def test_declining_keeps_the_answer_and_plans_nothing(world):
    request = world.invite(world.ask())

    services.decline_invitation(request=request, answer="Not this year.", by=world.cluj_officer)

    row = ExchangeRequest.objects.get(pk=request.pk)
    assert (row.status, row.answer, row.event) == ("declined", "Not this year.", None)
    assert Event.objects.count() == 0
    assert trail(request) == ["requested", "invited", "declined"]


def test_the_requester_withdraws_an_open_request(world):
    request = world.ask()

    services.withdraw_request(request=request, by=world.florence_officer)

    assert ExchangeRequest.objects.get(pk=request.pk).status == "withdrawn"
    assert trail(request) == ["requested", "withdrawn"]


def test_a_withdrawn_request_frees_the_pair_for_a_new_one(world):
    services.withdraw_request(request=world.ask(), by=world.florence_officer)

    again = world.ask(message="Second try")

    assert ExchangeRequest.objects.filter(status="open").get() == again


# --- undo -------------------------------------------------------------------------------


def test_undoing_an_acceptance_cancels_the_meeting_and_waits_for_an_answer_again(world):
    request = world.accepted()
    event = request.event

    services.undo_last_step(request=request, by=world.coordinator)

    row = ExchangeRequest.objects.get(pk=request.pk)
    assert (row.status, row.event, row.answer, row.invited) == ("invited", None, "", world.cluj)
    assert Event.objects.get(pk=event.pk).status == "cancelled"
    assert trail(request) == ["requested", "invited", "accepted", "undone"]


def test_undoing_an_invitation_gives_the_request_back_to_the_coordinator(world):
    request = world.invite(world.ask())

    services.undo_last_step(request=request, by=world.coordinator)

    row = ExchangeRequest.objects.get(pk=request.pk)
    assert (row.status, row.invited, row.proposed_start) == ("open", None, None)


@pytest.mark.parametrize(("step", "back_to"), [("decline", "invited"), ("withdraw", "open")])
def test_undo_goes_back_one_step(world, step, back_to):
    request = world.ask()
    if step == "decline":
        world.invite(request)
        services.decline_invitation(request=request, answer="No", by=world.cluj_officer)
    else:
        services.withdraw_request(request=request, by=world.florence_officer)

    services.undo_last_step(request=request, by=world.coordinator)

    assert ExchangeRequest.objects.get(pk=request.pk).status == back_to


def test_undoing_a_withdrawal_is_refused_when_the_pair_has_a_new_request(world):
    old = world.ask()
    services.withdraw_request(request=old, by=world.florence_officer)
    world.ask(message="Second try")
    before = stored()

    errors = refusal(lambda: services.undo_last_step(request=old, by=world.coordinator))

    assert errors["__all__"][0].startswith(
        "Florence and Cluj-Napoca already have an exchange request in progress"
    )
    assert stored() == before


def test_a_concluded_meeting_cannot_be_undone(world):
    request = world.accepted()
    Event.objects.filter(pk=request.event_id).update(status="concluded")
    before = stored()

    errors = refusal(lambda: services.undo_last_step(request=request, by=world.coordinator))

    assert errors == {
        "__all__": ["The meeting has already taken place and is concluded: it stays."]
    }
    assert stored() == before


# --- bad input ---------------------------------------------------------------------------


def test_a_request_to_ones_own_city_is_refused(world):
    before = stored()

    errors = refusal(lambda: world.ask(wanted=world.florence))

    assert errors == {"wanted": ["Florence cannot ask for an exchange with itself."]}
    assert stored() == before


def test_a_request_with_neither_city_nor_theme_is_refused(world):
    before = stored()

    errors = refusal(lambda: world.ask(wanted=None, themes=[]))

    assert errors == {"themes": ["Choose a municipality or at least one theme for the exchange."]}
    assert stored() == before


def test_an_unknown_theme_is_named(world):
    before = stored()

    errors = refusal(lambda: world.ask(themes=["housing", "astrology"]))

    assert errors == {"themes": ["Unknown theme: astrology."]}
    assert stored() == before


@pytest.mark.parametrize("direction", ["same", "reverse", "as invited"])
def test_a_second_live_request_for_the_same_pair_is_refused(world, direction):
    first = world.ask(wanted=None if direction == "as invited" else world.cluj, themes=["housing"])
    if direction == "as invited":
        world.invite(first)
    before = stored()

    if direction == "reverse":
        call = lambda: services.create_request(  # noqa: E731 (one call, named for refusal())
            requester=world.cluj, wanted=world.florence, by=world.cluj_officer
        )
    else:
        call = lambda: world.ask()  # noqa: E731
    errors = refusal(call)

    pair = {"same": ("Florence", "Cluj-Napoca"), "as invited": ("Florence", "Cluj-Napoca")}
    first_name, second_name = pair.get(direction, ("Cluj-Napoca", "Florence"))
    assert errors == {
        "__all__": [
            f"{first_name} and {second_name} already have an exchange request in progress; "
            "it must be answered or withdrawn before a new one. "
            f"(asked on {first.created_at.day} {first.created_at:%B %Y})"
        ]
    }
    assert stored() == before


def test_inviting_the_requester_itself_is_refused(world):
    request = world.ask()
    before = stored()

    errors = refusal(lambda: world.invite(request, invited=world.florence))

    assert errors == {"invited": ["The requesting municipality cannot be invited to meet itself."]}
    assert stored() == before


def test_a_proposed_start_in_the_past_is_refused(world):
    request = world.ask()
    before = stored()

    errors = refusal(
        lambda: world.invite(request, starts_at=timezone.now() - dt.timedelta(hours=1))
    )

    assert errors == {"starts_at": ["The proposed start has already passed: choose a later time."]}
    assert stored() == before


@pytest.mark.parametrize(
    ("status", "step", "message"),
    [
        (
            "open",
            "accept",
            "Only an invitation waiting for an answer can be answered; this request is "
            "“Waiting for the coordinator”. Nothing was changed.",
        ),
        (
            "accepted",
            "decline",
            "Only an invitation waiting for an answer can be answered; this request is "
            "“Accepted”. Nothing was changed.",
        ),
        (
            "invited",
            "invite",
            "Only a request waiting for the coordinator can be sent as an invitation; this one "
            "is “Invitation sent”. Nothing was changed.",
        ),
        (
            "invited",
            "withdraw",
            "Only a request waiting for the coordinator can be withdrawn; this one is "
            "“Invitation sent”. Nothing was changed.",
        ),
        (
            "open",
            "undo",
            "There is no step to undo: the request is “Waiting for the coordinator”. "
            "Nothing was changed.",
        ),
    ],
)
def test_a_step_the_status_does_not_allow_is_refused(world, status, step, message):
    request = world.ask()
    if status in {"invited", "accepted"}:
        world.invite(request)
    if status == "accepted":
        services.accept_invitation(request=request, by=world.cluj_officer)
    steps = {
        "accept": lambda: services.accept_invitation(request=request, by=world.cluj_officer),
        "decline": lambda: services.decline_invitation(request=request, by=world.cluj_officer),
        "invite": lambda: world.invite(request, invited=world.bari),
        "withdraw": lambda: services.withdraw_request(request=request, by=world.florence_officer),
        "undo": lambda: services.undo_last_step(request=request, by=world.coordinator),
    }
    before = stored()

    errors = refusal(steps[step])

    assert errors == {"__all__": [message]}
    assert stored() == before


def test_a_stale_copy_of_the_request_cannot_be_answered_twice(world):
    request = world.invite(world.ask())
    stale = ExchangeRequest.objects.get(pk=request.pk)
    services.decline_invitation(request=request, answer="No", by=world.cluj_officer)
    before = stored()

    refusal(lambda: services.accept_invitation(request=stale, by=world.cluj_officer))

    assert stored() == before
    assert stale.status == "invited"


def test_an_invitation_whose_time_has_passed_cannot_be_accepted(world):
    request = world.invite(world.ask())
    ExchangeRequest.objects.filter(pk=request.pk).update(
        proposed_start=timezone.now() - dt.timedelta(minutes=5)
    )
    before = stored()

    errors = refusal(lambda: services.accept_invitation(request=request, by=world.cluj_officer))

    assert errors == {
        "__all__": ["The proposed time has already passed: the coordinator must propose another."]
    }
    assert stored() == before
