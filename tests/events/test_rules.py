import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from tests.factories import EventFactory, EventParticipantFactory

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
