import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from citypeers.network.models import Programme
from citypeers.network.services import UnknownMunicipality, enrol_municipalities


class Command(BaseCommand):
    help = "Enrol municipalities, by any of their names, in a programme (all or none)."

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="+", metavar="MUNICIPALITY")
        parser.add_argument("--programme", required=True, help="programme name or short name")
        parser.add_argument("--country", help="ISO 3166-1 alpha-2 code, to tell namesakes apart")
        parser.add_argument("--since", type=dt.date.fromisoformat, help="YYYY-MM-DD")

    def handle(self, *args, names, programme, country, since, **options):
        found = Programme.objects.filter(name=programme) | Programme.objects.filter(
            short_name=programme
        )
        if not found.exists():
            raise CommandError(f"No programme is called “{programme}”.")
        try:
            enrolments = enrol_municipalities(
                programme=found.first(), names=names, country=country, since=since
            )
        except UnknownMunicipality as error:
            raise CommandError(
                f"Not in the directory: {error}. Nothing was enrolled. "
                "Check the spelling, or load the directory with `citypeers load-geodata`."
            ) from error
        for enrolment in enrolments:
            self.stdout.write(f"{enrolment.municipality} ({enrolment.municipality.country_id})")
        self.stdout.write(self.style.SUCCESS(f"{len(enrolments)} enrolled in {programme}."))
