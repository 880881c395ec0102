from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from citypeers.core.backups import BackupError, create_backup


class Command(BaseCommand):
    help = "Write a consistent snapshot of the running site: database, media files, checksums."

    def add_arguments(self, parser):
        parser.add_argument("path", help="a new (or empty) folder for the snapshot")

    def handle(self, *args, path, **options):
        try:
            manifest = create_backup(path=path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("Snapshot written to %(path)s: the database and %(count)d file(s).")
                % {"path": path, "count": len(manifest["files"]) - 1}
            )
        )
