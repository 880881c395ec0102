from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from citypeers.core.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = "Bring back a snapshot written by `citypeers backup` (checksums are checked first)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the snapshot's folder")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="replace the data this site already holds (otherwise only a fresh install)",
        )

    def handle(self, *args, path, replace, **options):
        try:
            manifest = restore_backup(path=path, replace=replace)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("Snapshot of %(date)s restored: the database and %(count)d file(s).")
                % {"date": manifest["created_at"], "count": len(manifest["files"]) - 1}
            )
        )
