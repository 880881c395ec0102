"""The report's plain text, which the text index reads instead of its HTML.

The index over the HTML is dropped here; ``ensure_fulltext_schema`` (after ``migrate``)
creates the one over ``report_text`` and, on SQLite, fills it from the rows filled here.
"""

from django.db import migrations, models

from citypeers.core.rich_text import plain_text


def drop_report_index(apps, schema_editor):
    """The report's text index, over the HTML (going forward) or over ``report_text``
    (going back: the column cannot go while the index's triggers read it)."""
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for trigger in ("ai", "ad", "au"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS events_event_report_fts_{trigger}")
        schema_editor.execute("DROP TABLE IF EXISTS events_event_report_fts")
    elif vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS events_event_report_trgm")
        schema_editor.execute("DROP INDEX IF EXISTS events_event_report_text_trgm")


def fill_report_text(apps, schema_editor):
    Event = apps.get_model("events", "Event")
    rows = Event.objects.exclude(report="").only("pk", "report")
    changed = []
    for event in rows.iterator(chunk_size=500):
        event.report_text = plain_text(event.report)
        changed.append(event)
    Event.objects.bulk_update(changed, ["report_text"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0007_event_year_inferred"),
    ]

    operations = [
        migrations.RunPython(drop_report_index, migrations.RunPython.noop),
        migrations.AddField(
            model_name="event",
            name="report_text",
            field=models.TextField(blank=True, editable=False, verbose_name="report text"),
        ),
        migrations.RunPython(migrations.RunPython.noop, drop_report_index),
        migrations.RunPython(fill_report_text, migrations.RunPython.noop),
    ]
