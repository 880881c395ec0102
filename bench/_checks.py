"""The database side of bench/load.py: the writers' accounts, the integrity check, and the
search for every acknowledged write. Import after Django is set up."""

import sqlite3

from _http import PASSWORD
from _writers import Account
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from citypeers.accounts.enums import Role
from citypeers.accounts.services import create_user
from citypeers.core.models import AuditEntry
from citypeers.documents.models import Document
from citypeers.events.models import Event, FollowUpAction, FollowUpProgress
from citypeers.events.services import add_follow_up
from citypeers.network.models import Affiliation, CityProfile


def writer_accounts(count: int) -> list[Account]:
    """``count`` accounts, each working for its own city, which took part in its own event.

    Even ones are also coordinators (who alone add follow-up actions); the others add
    progress notes to a follow-up action of their event.
    """
    accounts, cities = [], set()
    events = Event.objects.prefetch_related("participants").order_by("pk")
    for event in events[1000 : 1000 + 4 * count]:
        city = event.participants.all()[0].municipality_id
        if city in cities:
            continue
        cities.add(city)
        index = len(accounts)
        role = Role.COORDINATOR if index % 2 == 0 else Role.USER
        name = f"writer{index}"
        user = create_user(
            username=name, email=f"{name}@example.org", password=PASSWORD, role=role,
            validate=False,
        )  # fmt: skip
        Affiliation.objects.create(user=user, municipality_id=city)
        action = add_follow_up(event=event, description="Share the minutes", by=None)
        accounts.append(Account(name, city, event.pk, action.pk, role == Role.COORDINATOR))
        if len(accounts) == count:
            return accounts
    raise RuntimeError("not enough events with distinct cities for the writers")


def integrity() -> str:
    """SQLite's own check of every page and index; on PostgreSQL, rows can be counted."""
    connection.close()
    if connection.vendor == "sqlite":
        with sqlite3.connect(settings.DATABASES["default"]["NAME"]) as db:
            rows = db.execute("PRAGMA integrity_check").fetchall()
        return "PRAGMA integrity_check: " + ", ".join(row[0] for row in rows)
    counts = [
        (model._meta.verbose_name_plural, model.objects.count())
        for model in (FollowUpAction, FollowUpProgress, Document, CityProfile, AuditEntry)
    ]
    return "rows readable: " + ", ".join(f"{count:,} {name}" for name, count in counts)


def present_writes() -> dict[str, set[str]]:
    """The tokens of the writers' writes found in the database (documents with their file)."""
    connection.close()
    profile_type = ContentType.objects.get_for_model(CityProfile)
    notes = set()
    for changes in AuditEntry.objects.filter(content_type=profile_type).values_list(
        "changes", flat=True
    ):
        if "notes" in changes:
            notes.add(changes["notes"][1])
    documents = Document.objects.filter(title__startswith="document-")
    return {
        "action": set(
            FollowUpAction.objects.filter(description__startswith="action-").values_list(
                "description", flat=True
            )
        ),
        "progress": set(
            FollowUpProgress.objects.filter(note__startswith="progress-").values_list(
                "note", flat=True
            )
        ),
        "profile": notes,
        "document": {d.title for d in documents if d.file.storage.exists(d.file.name)},
    }


def lost_writes(acknowledged: dict[str, list[str]]) -> list[str]:
    """Acknowledged writes missing from the database."""
    present = present_writes()
    return sorted(
        token
        for kind, tokens in acknowledged.items()
        for token in tokens
        if token not in present.get(kind, set())
    )
