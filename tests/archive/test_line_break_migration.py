"""Reports reviewed with the browser's CRLF line breaks get their file's text and checksum
back, so importing the same file again leaves the reviewed record alone."""

import importlib
import pathlib

import pytest
from django.apps import apps

from citypeers.archive.enums import ImportAction
from citypeers.archive.models import ImportedReport
from citypeers.archive.services import import_report_path, import_report_text

pytestmark = pytest.mark.django_db

TEXT = (
    "Peer exchange, 3 May 2023\n\nOfficers of Lyon and Porto met online on 3 May 2023 "
    "to compare their welcome desks."
)
MIGRATION = importlib.import_module("citypeers.archive.migrations.0005_reviewed_text_line_breaks")


def test_crlf_reviewed_report_gets_its_files_checksum(tmp_path: pathlib.Path):
    path = tmp_path / "exchange.txt"
    path.write_text(TEXT, encoding="utf-8")
    saved = import_report_path(path=path)
    assert saved.action == ImportAction.CREATED
    record = dict(saved.report.record, themes=["reception"])  # the coordinator's correction
    crlf = TEXT.replace("\n", "\r\n")
    # as the review saved it before it kept the file's line breaks
    import_report_text(text=crlf, source_name="exchange.txt", record=record)
    before = ImportedReport.objects.get()
    assert "\r\n" in before.text

    MIGRATION.unify_line_breaks(apps, None)

    after = ImportedReport.objects.get()
    assert after.text == TEXT
    assert after.record["themes"] == ["reception"]
    again = import_report_path(path=path)
    assert again.action == ImportAction.UNCHANGED
    assert ImportedReport.objects.get().record["themes"] == ["reception"]


def test_reports_with_lf_line_breaks_are_left_as_they_are():
    import_report_text(text=TEXT, source_name="lf.txt")
    before = ImportedReport.objects.values("text", "sha256", "updated_at").get()

    MIGRATION.unify_line_breaks(apps, None)

    assert ImportedReport.objects.values("text", "sha256", "updated_at").get() == before
