import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from citypeers.archive.extraction import ReportError, read_report
from citypeers.archive.services import describe_report_error, extract_text


class Command(BaseCommand):
    help = "Extract structured records from meeting-report files and print them as one JSON array."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="report files (text or saved web pages)")
        parser.add_argument(
            "--json", action="store_true", help="print the JSON array (the default)"
        )
        parser.add_argument("--indent", type=int, default=2, help="JSON indentation (0: one line)")

    def handle(self, *args, **options):
        records, failures = [], []
        for path in options["files"]:
            source = path.replace("\\", "/").rsplit("/", 1)[-1]
            try:
                records.append(extract_text(text=read_report(path), source_name=source).record)
            except ReportError as error:
                failures.append(describe_report_error(error))
        indent = options["indent"] or None
        self.stdout.write(json.dumps(records, ensure_ascii=False, indent=indent))
        for failure in failures:
            self.stderr.write(failure)
        if failures:
            raise CommandError(_("%(count)d file(s) could not be read") % {"count": len(failures)})
