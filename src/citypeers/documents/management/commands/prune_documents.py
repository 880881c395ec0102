import datetime as dt

from django.core.management.base import BaseCommand

from citypeers.documents.services import prune_stray_files


class Command(BaseCommand):
    help = "Delete stored document files that no document row points to (older than an hour)."

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=int, default=60, help="minimum age of a stray file")

    def handle(self, *args, minutes: int, **options):
        removed = prune_stray_files(older_than=dt.timedelta(minutes=minutes))
        for name in removed:
            self.stdout.write(f"removed {name}")
        self.stdout.write(self.style.SUCCESS(f"{len(removed)} stray file(s) removed."))
