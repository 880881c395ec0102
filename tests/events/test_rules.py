import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from citypeers.events.models import FollowUpAction
from citypeers.events.rules import event_parties, follow_up_parties, report_readers
from tests.factories import EventFactory, EventParticipantFactory
from tests.generated_network import build_network, disagreements

pytestmark = pytest.mark.django_db


def test_see_report_needs_a_published_report_or_the_right_to_edit(member, coordinator):
    draft = EventFactory()
    published = EventFactory(report_published_at=timezone.now() - dt.timedelta(days=1))

    assert not AnonymousUser().has_perm("events.see_report", draft)
    assert not member.has_perm("events.see_report", draft)
    assert coordinator.has_perm("events.see_report", draft)
    assert AnonymousUser().has_perm("events.see_report", published)


def test_see_follow_up_progress_is_for_participants_and_coordinators(
    member, outsider, coordinator, municipality
):
    event = EventFactory()
    EventParticipantFactory(event=event, municipality=municipality)

    allowed = [
        user.has_perm("events.see_follow_up_progress", event)
        for user in (AnonymousUser(), outsider, member, coordinator)
    ]

    assert allowed == [False, False, True, True]


def test_see_history_is_for_coordinators_only(member, coordinator):
    event = EventFactory()

    assert (
        member.has_perm("events.see_history", event),
        coordinator.has_perm("events.see_history", event),
    ) == (False, True)


# --- one policy, two forms ---------------------------------------------------------

SEEDS = [1, 2, 3]


@pytest.mark.parametrize("seed", SEEDS)
def test_event_parties_predicate_and_query_agree(seed):

    network = build_network(seed, documents=False)

    assert disagreements(event_parties, network.events, network.users) == []


@pytest.mark.parametrize("seed", SEEDS)
def test_report_readers_predicate_and_query_agree(seed):
    network = build_network(seed, documents=False)
    for event in network.events[::2]:
        event.report_published_at = timezone.now()
        event.save()

    assert disagreements(report_readers, network.events, network.users) == []


@pytest.mark.parametrize("seed", SEEDS)
def test_follow_up_parties_predicate_and_query_agree(seed):

    network = build_network(seed, documents=False)
    actions = [
        FollowUpAction.objects.create(event=event, description="Share the guide")
        for event in network.events
    ]

    assert disagreements(follow_up_parties, actions, network.users) == []


def test_rules_table_over_roles(roles, member):
    event = EventFactory()
    EventParticipantFactory(event=event, municipality=member.affiliations.get().municipality)
    permissions = ["events.see_meeting_link", "events.change_event", "events.cancel_event"]

    table = {
        role: [user.has_perm(permission, event) for permission in permissions]
        for role, user in roles.items()
    }

    assert table == {
        "visitor": [False, False, False],
        "member of the city": [True, False, False],
        "member of another city": [False, False, False],
        "member of an organisation": [False, False, False],
        "coordinator": [True, True, True],
        "admin": [True, True, True],
    }


@pytest.mark.parametrize(
    ("status", "cancel", "conclude"),
    [("planned", True, True), ("concluded", False, True), ("cancelled", False, False)],
)
def test_cancel_and_conclude_depend_on_status(coordinator, status, cancel, conclude):
    event = EventFactory(status=status)

    assert (
        coordinator.has_perm("events.cancel_event", event),
        coordinator.has_perm("events.conclude_event", event),
    ) == (cancel, conclude)
