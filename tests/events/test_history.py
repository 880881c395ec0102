"""The audit trail: every events service records who did what, in its own transaction."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from citypeers.events import services
from citypeers.events.enums import ChangeAction
from citypeers.events.models import EventChange, FollowUpAction
from tests.factories import (
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db

START = dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC)


def past_event():
    return EventFactory(starts_at=timezone.now() - dt.timedelta(days=2))


def actions():
    return list(EventChange.objects.order_by("pk").values_list("action", flat=True))


def test_create_event_records_who_created_it(coordinator):
    event = services.create_event(
        kind="webinar", starts_at=START, ends_at=START.replace(hour=11), by=coordinator
    )

    change = EventChange.objects.get()
    assert (change.event, change.action, change.by) == (event, ChangeAction.CREATED, coordinator)
    assert change.event_label == str(event)


def test_update_event_records_the_changed_fields(coordinator):
    event = EventFactory(title="Old")

    services.update_event(event=event, title="New", by=coordinator)

    change = EventChange.objects.get()
    assert (change.action, change.by) == (ChangeAction.UPDATED, coordinator)
    assert change.details == {"fields": {"title": ["Old", "New"]}}


def test_update_event_without_changes_records_nothing(coordinator):
    event = EventFactory(title="Same")

    services.update_event(event=event, title="Same", by=coordinator)

    assert EventChange.objects.count() == 0


def test_conclude_and_cancel_record_their_change(coordinator):
    concluded, cancelled = past_event(), EventFactory()

    services.conclude_event(event=concluded, report="<p>Good</p>", by=coordinator)
    services.cancel_event(event=cancelled, by=coordinator)

    assert actions() == [ChangeAction.CONCLUDED, ChangeAction.CANCELLED]
    assert set(EventChange.objects.values_list("by", flat=True)) == {coordinator.pk}


def test_delete_event_keeps_its_change_with_the_label(coordinator):
    event = EventFactory(title="Gone exchange")

    services.delete_event(event=event, by=coordinator)

    change = EventChange.objects.get()
    assert (change.event, change.event_label, change.action) == (
        None,
        "Gone exchange",
        ChangeAction.DELETED,
    )


def test_parts_and_follow_ups_record_their_changes(coordinator, member, municipality):
    event = EventFactory(
        starts_at=dt.datetime(2030, 10, 8, 7, tzinfo=dt.UTC),
        ends_at=dt.datetime(2030, 10, 8, 16, tzinfo=dt.UTC),
    )
    party = EventParticipantFactory(event=event, municipality=municipality)

    session = services.add_session(
        event=event, title="Panel", kind="panel", starts_at=event.starts_at,
        ends_at=event.ends_at, by=coordinator,
    )  # fmt: skip
    services.add_person(event=event, person=PersonFactory(), by=coordinator)
    services.add_presentation(event=event, participant=party, title="Guide", by=coordinator)
    services.remove_part(part=session, by=coordinator)
    action = services.add_follow_up(event=event, description="Visit", by=coordinator)
    services.update_follow_up(
        action=action, description="Visit Bari", participant=None, due_on=None, done=False,
        by=coordinator,
    )  # fmt: skip
    services.add_follow_up_progress(action=action, note="Booked", by=member)

    assert actions() == [
        ChangeAction.PART_ADDED,
        ChangeAction.PART_ADDED,
        ChangeAction.PART_ADDED,
        ChangeAction.PART_REMOVED,
        ChangeAction.FOLLOW_UP_ADDED,
        ChangeAction.FOLLOW_UP_UPDATED,
        ChangeAction.PROGRESS_ADDED,
    ]
    assert EventChange.objects.filter(event=event).count() == 7
    assert EventChange.objects.order_by("pk").last().by == member


def test_failed_services_record_no_change(coordinator):
    event = past_event()
    action = FollowUpAction.objects.create(event=event, description="Visit")

    for call in (
        lambda: services.create_event(kind="webinar", starts_at=START, ends_at=START),
        lambda: services.update_event(event=event, ends_at=event.starts_at, by=coordinator),
        lambda: services.conclude_event(event=event, report="<script></script>", by=coordinator),
        lambda: services.add_follow_up(event=event, description=" ", by=coordinator),
        lambda: services.update_follow_up(
            action=action, description="", participant=None, due_on=None, done=False
        ),
        lambda: services.add_follow_up_progress(action=action, note="", by=coordinator),
    ):
        with pytest.raises(ValidationError):
            call()

    assert EventChange.objects.count() == 0


def test_cancel_of_a_concluded_event_records_no_change(coordinator):
    event = past_event()
    services.conclude_event(event=event, report="<p>Done</p>", by=coordinator)

    with pytest.raises(ValidationError):
        services.cancel_event(event=event, by=coordinator)

    assert actions() == [ChangeAction.CONCLUDED]


def write_calls(event, party, action, person, coordinator):
    return {
        "add_person": lambda: services.add_person(event=event, person=person, by=coordinator),
        "add_presentation": lambda: services.add_presentation(
            event=event, participant=party, title="Guide", by=coordinator
        ),
        "add_session": lambda: services.add_session(
            event=event,
            title="Panel",
            kind="panel",
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            by=coordinator,
        ),  # fmt: skip
        "add_follow_up": lambda: services.add_follow_up(
            event=event, description="Visit", by=coordinator
        ),
        "update_follow_up": lambda: services.update_follow_up(
            action=action,
            description="Visit",
            participant=None,
            due_on=None,
            done=True,
            by=coordinator,
        ),  # fmt: skip
        "add_follow_up_progress": lambda: services.add_follow_up_progress(
            action=action, note="Done", by=coordinator
        ),
        "update_event": lambda: services.update_event(event=event, title="T", by=coordinator),
        "cancel_event": lambda: services.cancel_event(event=event, by=coordinator),
    }


@pytest.mark.parametrize(
    "name",
    ["add_person", "add_presentation", "add_session", "add_follow_up", "update_follow_up",
     "add_follow_up_progress", "update_event", "cancel_event"],
)  # fmt: skip
def test_write_services_work_inside_one_transaction(coordinator, name):
    event = EventFactory()
    party = EventParticipantFactory(event=event, municipality=MunicipalityFactory())
    action = FollowUpAction.objects.create(event=event, description="Visit")
    call = write_calls(event, party, action, PersonFactory(), coordinator)[name]

    # Inside the test's own transaction, an atomic() block shows as a savepoint.
    with CaptureQueriesContext(connection) as queries:
        call()

    statements = [q["sql"].upper() for q in queries.captured_queries]
    assert any(s.startswith("SAVEPOINT") for s in statements)
    writes = [i for i, s in enumerate(statements) if s.startswith(("INSERT", "UPDATE"))]
    opened = next(i for i, s in enumerate(statements) if s.startswith("SAVEPOINT"))
    assert writes and min(writes) > opened
    assert EventChange.objects.count() == 1


def test_event_page_shows_the_history_to_coordinators_only(client, coordinator, member):
    event = EventFactory()
    services.update_event(event=event, title="Renamed", by=coordinator)
    url = f"/en/events/{event.pk}/"

    as_visitor = client.get(url).content.decode()
    client.force_login(member)
    as_member = client.get(url).content.decode()
    client.force_login(coordinator)
    response = client.get(url)

    assert "History" not in as_visitor and "History" not in as_member
    assert [c.action for c in response.context["changes"]] == [ChangeAction.UPDATED]
    assert "History" in response.content.decode()


def test_event_page_history_lists_the_latest_twenty(coordinator_client, coordinator):
    event = EventFactory()
    for index in range(25):
        services.update_event(event=event, title=f"Title {index}", by=coordinator)

    changes = coordinator_client.get(f"/en/events/{event.pk}/").context["changes"]

    assert len(changes) == 20
    assert changes[0].details == {"fields": {"title": ["Title 23", "Title 24"]}}
