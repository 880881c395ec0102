"""``citypeers match round ...``: matching from the command line."""

from django.core.management.base import BaseCommand

from citypeers.matching.round_command import add_round_arguments, run_round_command


class Command(BaseCommand):
    help = "Compute a round of exchanges for a programme."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        add_round_arguments(
            actions.add_parser("round", help="pair and schedule a programme's opted-in cities")
        )

    def handle(self, *args, **options):
        if options["action"] == "round":
            run_round_command(options, self.stdout)
