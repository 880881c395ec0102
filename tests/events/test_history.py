"""The audit trail: every events service records who did what, in its own transaction."""

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from citypeers.core.audit import ChangeRow, audit_trail
from citypeers.core.enums import AuditAction
from citypeers.core.formatting import datetime_text
from citypeers.core.models import AuditEntry
from citypeers.events import services
from citypeers.events.models import FollowUpAction
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
    return list(AuditEntry.objects.order_by("pk").values_list("action", flat=True))


def test_create_event_records_who_created_it(coordinator):
    event = services.create_event(
        kind="webinar", starts_at=START, ends_at=START.replace(hour=11), by=coordinator
    )

    change = AuditEntry.objects.get()
    assert (change.object_id, change.action, change.by) == (
        event.pk,
        AuditAction.CREATED,
        coordinator,
    )
    assert change.object_label == str(event)


def test_update_event_records_the_changed_fields(coordinator):
    event = EventFactory(title="Old")

    services.update_event(event=event, title="New", by=coordinator)

    change = AuditEntry.objects.get()
    assert (change.action, change.by) == (AuditAction.UPDATED, coordinator)
    assert change.changes == {"title": ["Old", "New"]}


def test_update_event_without_changes_records_nothing(coordinator):
    event = EventFactory(title="Same")

    services.update_event(event=event, title="Same", by=coordinator)

    assert AuditEntry.objects.count() == 0


def test_conclude_and_cancel_record_their_change(coordinator):
    concluded, cancelled = past_event(), EventFactory()

    services.conclude_event(event=concluded, report="<p>Good</p>", by=coordinator)
    services.cancel_event(event=cancelled, by=coordinator)

    assert actions() == [AuditAction.CONCLUDED, AuditAction.CANCELLED]
    assert set(AuditEntry.objects.values_list("by", flat=True)) == {coordinator.pk}


def test_history_shows_the_publication_moment_as_a_date_and_time(coordinator):
    event = past_event()

    services.conclude_event(event=event, report="<p>Done</p>", by=coordinator)

    rows = {row.label: row for entry in audit_trail(event) for row in entry.rows}
    event.refresh_from_db()
    assert rows["Report published"].new == datetime_text(event.report_published_at)


def test_delete_event_keeps_its_change_with_the_label(coordinator):
    event = EventFactory(title="Gone exchange")
    event_pk = event.pk

    services.delete_event(event=event, by=coordinator)

    change = AuditEntry.objects.get()
    assert (change.object_id, change.object_label, change.action) == (
        event_pk,
        "Gone exchange",
        AuditAction.DELETED,
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
        AuditAction.PART_ADDED,
        AuditAction.PART_ADDED,
        AuditAction.PART_ADDED,
        AuditAction.PART_REMOVED,
        AuditAction.FOLLOW_UP_ADDED,
        AuditAction.FOLLOW_UP_UPDATED,
        AuditAction.PROGRESS_ADDED,
    ]
    assert AuditEntry.objects.filter(object_id=event.pk).count() == 7
    assert AuditEntry.objects.order_by("pk").last().by == member


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

    assert AuditEntry.objects.count() == 0


def test_cancel_of_a_concluded_event_records_no_change(coordinator):
    event = past_event()
    services.conclude_event(event=event, report="<p>Done</p>", by=coordinator)

    with pytest.raises(ValidationError):
        services.cancel_event(event=event, by=coordinator)

    assert actions() == [AuditAction.CONCLUDED]


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
    assert AuditEntry.objects.count() == 1


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
    assert [c.action for c in response.context["changes"]] == [AuditAction.UPDATED]
    assert "History" in response.content.decode()


def test_event_page_history_lists_the_latest_twenty(coordinator_client, coordinator):
    event = EventFactory()
    for index in range(25):
        services.update_event(event=event, title=f"Title {index}", by=coordinator)

    changes = coordinator_client.get(f"/en/events/{event.pk}/").context["changes"]

    assert len(changes) == 20
    assert changes[0].changes == {"title": ["Title 23", "Title 24"]}


def test_event_edit_shows_author_time_and_changed_fields_on_the_page(
    coordinator_client, coordinator
):
    event = EventFactory(title="Old", status="planned")
    before = timezone.now()

    services.update_event(event=event, title="New", by=coordinator)
    services.cancel_event(event=event, by=coordinator)
    page = coordinator_client.get(f"/en/events/{event.pk}/")

    cancelled, updated = page.context["changes"]
    assert before <= updated.at <= timezone.now()
    assert (updated.by, updated.rows) == (coordinator, [ChangeRow("Title", "Old", "New")])
    assert cancelled.rows == [ChangeRow("Status", "Planned", "Cancelled")]
    html = page.content.decode()
    assert "Title: <del>Old</del> → <ins>New</ins>" in html
    assert coordinator.get_username() in html


def test_parts_show_under_the_list_they_belong_to(coordinator):
    event = EventFactory()

    services.add_follow_up(event=event, description="Visit Bari", by=coordinator)

    assert audit_trail(event)[0].rows == [ChangeRow("Follow-up actions: What", "—", "Visit Bari")]


def test_history_shows_a_person_s_role_in_the_reader_s_language(coordinator_client, coordinator):
    event = EventFactory()
    with translation.override("en"):
        services.add_person(
            event=event, person=PersonFactory(name="Marta Vidal"), role="delegate", by=coordinator
        )

    html = coordinator_client.get(f"/it/events/{event.pk}/").content.decode()

    assert "Marta Vidal (Delegato)" in html
    assert "(Delegate)" not in html


def test_history_shows_a_person_kept_as_text_as_it_was_written(coordinator):
    event = EventFactory()
    AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(event),
        object_id=event.pk,
        object_label=str(event),
        action=AuditAction.PART_ADDED,
        changes={"people": [None, "Marta Vidal (Delegate)"]},
    )

    with translation.override("it"):
        rows = audit_trail(event)[0].rows

    assert rows[0].new == "Marta Vidal (Delegate)"
