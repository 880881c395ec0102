"""Reports reviewed before the review kept the file's line breaks were stored with the
browser's CRLF, so their checksum was not their file's and `citypeers import` of the same
file replaced the reviewed record. Their text gets LF line breaks and its own checksum."""

import hashlib

from django.db import migrations


def unify_line_breaks(apps, schema_editor):
    reports = apps.get_model("archive", "ImportedReport")
    for report in reports.objects.filter(text__contains="\r").only("pk", "text"):
        text = report.text.replace("\r\n", "\n").replace("\r", "\n")
        reports.objects.filter(pk=report.pk).update(
            text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest()
        )


class Migration(migrations.Migration):
    dependencies = [("archive", "0004_reports_of_one_meeting")]

    operations = [migrations.RunPython(unify_line_breaks, migrations.RunPython.noop)]
