"""Who may see and act on an exchange request: the policy's two forms agree, and each
step is for the right people at the right time."""

import random

import pytest
from django.contrib.auth.models import AnonymousUser

from citypeers.matching.enums import RequestStatus
from citypeers.matching.models import ExchangeRequest
from citypeers.matching.rules import request_parties
from citypeers.matching.services import requests as services
from tests.generated_network import build_network, disagreements
from tests.matching.exchange_world import build_exchange

pytestmark = pytest.mark.django_db


def generated_requests(network, seed: int) -> list[ExchangeRequest]:
    """Requests between the network's municipalities, with or without a wanted or an
    invited city, at every status (written straight to the table: the rule reads rows)."""
    rng = random.Random(seed)
    cities = network.municipalities
    rows = []
    for i in range(10):
        requester, wanted, invited = rng.sample(cities, 3)
        rows.append(
            ExchangeRequest.objects.create(
                requester=requester,
                wanted=wanted if rng.random() < 0.6 else None,
                invited=invited if rng.random() < 0.5 else None,
                themes=[] if i % 3 else ["housing"],
                status=rng.choice([RequestStatus.ACCEPTED, RequestStatus.DECLINED]),
            )
        )
    return rows


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_request_parties_predicate_and_query_agree(seed, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    network = build_network(seed, documents=False)
    requests = generated_requests(network, seed)

    assert disagreements(request_parties, requests, network.users) == []


@pytest.fixture
def world(settings):
    return build_exchange(settings)


def allowed(permission: str, request, users: dict) -> dict[str, bool]:
    return {name: user.has_perm(permission, request) for name, user in users.items()}


def people(world) -> dict:
    return {
        "visitor": AnonymousUser(),
        "requester": world.florence_officer,
        "invited": world.cluj_officer,
        "third city": world.bari_officer,
        "coordinator": world.coordinator,
    }


def test_a_request_is_seen_by_its_parties_and_the_coordinators(world):
    request = world.invite(world.ask(wanted=None, themes=["housing"]))

    assert allowed("matching.see_request", request, people(world)) == {
        "visitor": False,
        "requester": True,
        "invited": True,
        "third city": False,
        "coordinator": True,
    }


def test_the_wanted_city_sees_the_request_before_it_is_invited(world):
    request = world.ask()

    assert world.cluj_officer.has_perm("matching.see_request", request)
    assert not world.cluj_officer.has_perm("matching.answer_request", request)


def test_only_the_invited_city_answers_and_only_while_invited(world):
    request = world.invite(world.ask())
    before = allowed("matching.answer_request", request, people(world))
    services.decline_invitation(request=request, answer="No", by=world.cluj_officer)

    after = allowed("matching.answer_request", request, people(world))

    assert before == {
        "visitor": False,
        "requester": False,
        "invited": True,
        "third city": False,
        "coordinator": False,
    }
    assert set(after.values()) == {False}


def test_only_the_requester_withdraws_and_only_while_open(world):
    request = world.ask()
    while_open = allowed("matching.withdraw_request", request, people(world))
    world.invite(request)

    once_invited = allowed("matching.withdraw_request", request, people(world))

    assert [name for name, yes in while_open.items() if yes] == ["requester"]
    assert set(once_invited.values()) == {False}


def test_only_coordinators_invite_and_undo(world):
    request = world.ask()
    invite_while_open = allowed("matching.invite_peer", request, people(world))
    undo_while_open = allowed("matching.undo_request", request, people(world))
    world.invite(request)

    invite_once_invited = allowed("matching.invite_peer", request, people(world))
    undo_once_invited = allowed("matching.undo_request", request, people(world))

    assert [name for name, yes in invite_while_open.items() if yes] == ["coordinator"]
    assert [name for name, yes in undo_once_invited.items() if yes] == ["coordinator"]
    assert set(undo_while_open.values()) == set(invite_once_invited.values()) == {False}


def test_members_ask_for_exchanges_and_others_do_not(world, organisation_member):
    users = {**people(world), "organisation member": organisation_member}

    assert allowed("matching.ask_for_exchange", None, users) == {
        "visitor": False,
        "requester": True,
        "invited": True,
        "third city": True,
        "coordinator": False,
        "organisation member": False,
    }
