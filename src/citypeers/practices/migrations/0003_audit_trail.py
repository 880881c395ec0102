"""The practices' history moves from django-simple-history into the one audit trail.

Each historical version becomes an entry with the fields that changed since the version
before it (a related row by its label, as the services now record it); then the
historical table goes.
"""

from django.db import migrations

FIELDS = (
    "key", "name", "name_en", "language", "status", "themes", "target_groups", "summary",
    "description", "start_year", "end_year", "funding", "results", "links",
)  # fmt: skip
RELATED = ("municipality", "organisation", "contact")
ACTIONS = {"+": "created", "~": "updated", "-": "deleted"}
BLANK = (None, "", [], {})


def labels(apps) -> dict:
    """Labels of the rows a practice points to, as ``str()`` gives them."""
    organisations = {
        pk: short or name
        for pk, short, name in apps.get_model("network", "Organisation").objects.values_list(
            "pk", "short_name", "name"
        )
    }
    return {
        "municipality": dict(
            apps.get_model("network", "Municipality").objects.values_list("pk", "name")
        ),
        "organisation": organisations,
        "contact": dict(apps.get_model("network", "Person").objects.values_list("pk", "name")),
    }


def copy_practice_history(apps, schema_editor):
    Historical = apps.get_model("practices", "HistoricalPractice")
    AuditEntry = apps.get_model("core", "AuditEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    practice_type, _created = ContentType.objects.get_or_create(
        app_label="practices", model="practice"
    )
    names = labels(apps)
    entries, previous = [], {}
    for row in Historical.objects.order_by("id", "history_date", "history_id").iterator():
        before = previous.get(row.id, {})
        after = {name: getattr(row, name) for name in FIELDS}
        after.update(
            {name: names[name].get(getattr(row, f"{name}_id")) for name in RELATED}
        )
        previous[row.id] = after
        changes = {
            name: [before.get(name), value]
            for name, value in after.items()
            if before.get(name) != value and not (before.get(name) in BLANK and value in BLANK)
        }
        entries.append(
            AuditEntry(
                content_type=practice_type,
                object_id=row.id,
                object_label=(row.name or "")[:300],
                action=ACTIONS.get(row.history_type, "updated"),
                changes={} if row.history_type == "-" else changes,
                by_id=row.history_user_id,
                at=row.history_date,
            )
        )
    AuditEntry.objects.bulk_create(entries, batch_size=1000)


class Migration(migrations.Migration):

    dependencies = [
        ('practices', '0002_practice_presented_at'),
        ('network', '0001_initial'),
        ('core', '0001_auditentry'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.RunPython(copy_practice_history, migrations.RunPython.noop),
        migrations.DeleteModel(
            name='HistoricalPractice',
        ),
    ]
