from django.core.management.base import BaseCommand, CommandError

from citypeers.documents import demo as documents_demo
from citypeers.events import demo as events_demo
from citypeers.matching import demo as matching_demo
from citypeers.network import demo as network_demo
from citypeers.practices import demo as practices_demo


class Command(BaseCommand):
    help = "Load the demo network, events, practices and documents (idempotent)."

    def handle(self, *args, **options):
        try:
            network_demo.load_demo_data()
            events_demo.load_demo_data()
            practices_demo.load_demo_data()
            documents_demo.load_demo_data()
            matching_demo.load_demo_data()
        except LookupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))
