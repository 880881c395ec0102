from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = (
        "Django's deployment checks and citypeers' own; fails on any warning, such as the "
        "development key, an empty key, DEBUG on or HTTPS not set."
    )
    requires_system_checks = []

    def handle(self, *args, **options):
        # raises SystemCheckError (exit status 1) listing every problem found
        call_command(
            "check", deploy=True, fail_level="WARNING", stdout=self.stdout, stderr=self.stderr
        )
        self.stdout.write(self.style.SUCCESS(_("Every deployment check passed.")))
