"""The history kept before the one audit trail is carried into it by the migrations."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from citypeers.core.audit import ChangeRow, audit_trail
from citypeers.core.models import AuditEntry
from citypeers.events.models import Event
from citypeers.network.models import CityProfile
from citypeers.practices.models import Practice

BEFORE = [
    ("events", "0005_event_change"),
    ("network", "0001_initial"),
    ("practices", "0002_practice_presented_at"),
]
AFTER = [
    ("events", "0006_audit_trail"),
    ("network", "0002_audit_trail"),
    ("practices", "0003_audit_trail"),
]
AT = dt.datetime(2024, 5, 4, 9, tzinfo=dt.UTC)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def old_rows(apps):
    """An event with its EventChange rows, a profile and a practice with simple-history rows."""
    user = apps.get_model("accounts", "User").objects.create(username="editor")
    apps.get_model("network", "Country").objects.create(code="IT", name_en="Italy")
    bari = apps.get_model("network", "Municipality").objects.create(
        geonames_id=1,
        name="Bari",
        country_id="IT",
        latitude=41,
        longitude=16,
        timezone="Europe/Rome",
    )
    event = apps.get_model("events", "Event").objects.create(
        kind="webinar", title="Old", starts_at=AT, ends_at=AT + dt.timedelta(hours=1)
    )
    change = apps.get_model("events", "EventChange").objects
    change.create(event=event, event_label="Old", action="created", by=user, details={})
    change.create(
        event=event, event_label="New", action="updated", by=user,
        details={"fields": {"title": ["Old", "New"]}},
    )  # fmt: skip
    change.create(
        event=event, event_label="New", action="part_added", by=user,
        details={"part": "eventsession", "id": 9, "label": "Panel"},
    )  # fmt: skip
    profile = apps.get_model("network", "CityProfile").objects.create(municipality=bari)
    history = apps.get_model("network", "HistoricalCityProfile").objects
    for residents, kind, day in ((10, "+", 1), (20, "~", 2)):
        history.create(
            id=profile.pk, municipality_id=bari.pk, foreign_residents=residents, history_type=kind,
            history_date=AT + dt.timedelta(days=day), history_user=user,
            created_at=AT, updated_at=AT,
        )  # fmt: skip
    practice = apps.get_model("practices", "Practice").objects.create(
        name="Desk", municipality=bari
    )
    apps.get_model("practices", "HistoricalPractice").objects.create(
        id=practice.pk, name="Desk", municipality_id=bari.pk, status="draft", history_type="+",
        history_date=AT, history_user=user, created_at=AT, updated_at=AT,
    )  # fmt: skip


@pytest.fixture
def latest_schema_after():
    """Whatever happens in the test, the database ends at the latest migrations."""
    yield
    migrate_to_latest()


def migrate_to_latest():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("latest_schema_after")
def test_old_histories_move_into_the_audit_trail():
    old_rows(migrate(BEFORE))

    migrate(AFTER)
    migrate_to_latest()  # the rest of the project's migrations, so today's models read

    event, profile, practice = (
        Event.objects.get(),
        CityProfile.objects.get(),
        Practice.objects.get(),
    )
    assert [(e.action, e.by.username) for e in audit_trail(event)] == [
        ("part_added", "editor"),
        ("updated", "editor"),
        ("created", "editor"),
    ]
    assert [e.rows for e in audit_trail(event)][:2] == [
        [ChangeRow("Sessions", "—", "Panel")],
        [ChangeRow("Title", "Old", "New")],
    ]
    assert [(e.at, e.changes) for e in audit_trail(profile)] == [
        (AT + dt.timedelta(days=2), {"foreign_residents": [10, 20]}),
        (AT + dt.timedelta(days=1), {"foreign_residents": [None, 10]}),
    ]
    assert [e.changes for e in audit_trail(practice)] == [
        {
            "name": [None, "Desk"],
            "language": [None, "en"],
            "status": [None, "draft"],
            "municipality": [None, "Bari"],
        }
    ]
    assert AuditEntry.objects.count() == 6
