"""The events' own history (EventChange) moves into the one audit trail (core.AuditEntry)."""

from django.db import migrations

# The event's list each kind of part is shown under.
PART_RELATIONS = {
    "eventsession": "sessions",
    "eventperson": "people",
    "eventpresentation": "presentations",
}


def changes_of(row, notes: dict, descriptions: dict) -> dict:
    """The old ``details`` as ``{field: [old, new]}``, which the trail keeps."""
    details = row.details or {}
    changes = dict(details.get("fields") or {})
    for key in ("participants", "themes"):
        if key in details:
            changes[key] = details[key]
    if "part" in details:
        relation = PART_RELATIONS.get(details["part"], details["part"])
        label = details.get("label")
        changes[relation] = [None, label] if row.action == "part_added" else [label, None]
    if row.action == "follow_up_added" and details.get("follow_up") in descriptions:
        changes["follow_ups.description"] = [None, descriptions[details["follow_up"]]]
    if "progress" in details and details["progress"] in notes:
        changes["follow_ups.progress"] = [None, notes[details["progress"]]]
    return changes


def copy_event_changes(apps, schema_editor):
    EventChange = apps.get_model("events", "EventChange")
    AuditEntry = apps.get_model("core", "AuditEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    notes = dict(apps.get_model("events", "FollowUpProgress").objects.values_list("pk", "note"))
    descriptions = dict(
        apps.get_model("events", "FollowUpAction").objects.values_list("pk", "description")
    )
    event_type, _created = ContentType.objects.get_or_create(app_label="events", model="event")
    entries = [
        AuditEntry(
            content_type=event_type,
            # A deleted event's entries keep no id: 0 matches no event.
            object_id=row.event_id or 0,
            object_label=row.event_label,
            action=row.action,
            changes=changes_of(row, notes, descriptions),
            by_id=row.by_id,
            at=row.at,
        )
        for row in EventChange.objects.order_by("pk").iterator()
    ]
    AuditEntry.objects.bulk_create(entries, batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0005_event_change"),
        ("core", "0001_auditentry"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(copy_event_changes, migrations.RunPython.noop),
        migrations.DeleteModel(name="EventChange"),
    ]
