from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from citypeers.archive.enums import ImportAction
from citypeers.archive.services import import_report_files, report_paths


class Command(BaseCommand):
    help = "Import meeting reports (files or folders): events, municipalities, people, themes."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="report files or folders of reports")
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would change, write nothing"
        )
        parser.add_argument(
            "--separate-events",
            action="store_true",
            help="give each report an event of its own, even where another report tells of "
            "the same meeting (by default a further report of a meeting joins its event)",
        )

    def handle(self, *args, **options):
        paths = report_paths(options["paths"])
        if not paths:
            raise CommandError(_("no report files found"))
        dry_run = options["dry_run"]
        counts = dict.fromkeys(ImportAction.values, 0)
        show_bar = len(paths) > 1 and options["verbosity"] > 0
        with tqdm(
            total=len(paths), unit="report", desc=_("Importing"), disable=not show_bar
        ) as bar:

            def heard(outcome):
                counts[outcome.action] += 1
                self._report(outcome, dry_run, bar)
                bar.update(1)

            import_report_files(
                paths=paths,
                dry_run=dry_run,
                on_outcome=heard,
                separate_events=options["separate_events"],
            )
        summary = ", ".join(
            f"{count} {ImportAction(action).label}" for action, count in counts.items()
        )
        prefix = _("Dry run, nothing written: ") if dry_run else ""
        self.stdout.write(self.style.SUCCESS(prefix + summary))
        if counts[ImportAction.FAILED]:
            raise CommandError(
                _("%(count)d file(s) failed") % {"count": counts[ImportAction.FAILED]}
            )

    def _report(self, outcome, dry_run, bar):
        if outcome.action == ImportAction.FAILED:
            bar.write(self.style.ERROR(outcome.message), file=self.stderr._out)
            return
        if outcome.action == ImportAction.UNCHANGED and not dry_run:
            return
        label = ImportAction(outcome.action).label
        lines = [f"{outcome.source}: {label}"] + [f"  {change}" for change in outcome.changes]
        for line in lines:
            bar.write(line, file=self.stdout._out)
