"""The city profiles' history moves from django-simple-history into the one audit trail.

Each historical version becomes an entry with the fields that changed since the version
before it (changes of the challenge and community lists were kept apart and are not
carried over); then the historical tables go.
"""

from decimal import Decimal

from django.db import migrations

FIELDS = (
    "foreign_residents",
    "foreign_residents_share",
    "figures_year",
    "figures_source",
    "services",
    "notes",
)
ACTIONS = {"+": "created", "~": "updated", "-": "deleted"}
BLANK = (None, "")


def kept(value):
    return format(value.normalize(), "f") if isinstance(value, Decimal) else value


def copy_profile_history(apps, schema_editor):
    Historical = apps.get_model("network", "HistoricalCityProfile")
    AuditEntry = apps.get_model("core", "AuditEntry")
    ContentType = apps.get_model("contenttypes", "ContentType")
    names = dict(apps.get_model("network", "Municipality").objects.values_list("pk", "name"))
    profile_type, _created = ContentType.objects.get_or_create(
        app_label="network", model="cityprofile"
    )
    entries, previous = [], {}
    for row in Historical.objects.order_by("id", "history_date", "history_id").iterator():
        before = previous.get(row.id, {})
        after = {name: kept(getattr(row, name)) for name in FIELDS}
        previous[row.id] = after
        changes = {
            name: [before.get(name), after[name]]
            for name in FIELDS
            if before.get(name) != after[name]
            and not (before.get(name) in BLANK and after[name] in BLANK)
        }
        entries.append(
            AuditEntry(
                content_type=profile_type,
                object_id=row.id,
                object_label=names.get(row.municipality_id, "")[:300],
                action=ACTIONS.get(row.history_type, "updated"),
                changes={} if row.history_type == "-" else changes,
                by_id=row.history_user_id,
                at=row.history_date,
            )
        )
    AuditEntry.objects.bulk_create(entries, batch_size=1000)


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0001_initial'),
        ('core', '0001_auditentry'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.RunPython(copy_profile_history, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='historicalorigincommunity',
            name='country',
        ),
        migrations.RemoveField(
            model_name='historicalorigincommunity',
            name='history_user',
        ),
        migrations.RemoveField(
            model_name='historicalorigincommunity',
            name='profile',
        ),
        migrations.RemoveField(
            model_name='historicalprofilechallenge',
            name='history_user',
        ),
        migrations.RemoveField(
            model_name='historicalprofilechallenge',
            name='profile',
        ),
        migrations.DeleteModel(
            name='HistoricalCityProfile',
        ),
        migrations.DeleteModel(
            name='HistoricalOriginCommunity',
        ),
        migrations.DeleteModel(
            name='HistoricalProfileChallenge',
        ),
    ]
