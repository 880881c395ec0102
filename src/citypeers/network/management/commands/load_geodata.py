from django.core.management.base import BaseCommand
from tqdm import tqdm

from citypeers.core.geonames import MIN_POPULATION
from citypeers.network.geodata import eu_cities, load_geodata


class Command(BaseCommand):
    help = (
        f"Load countries and every EU municipality of {MIN_POPULATION:,} inhabitants or more "
        "(idempotent)."
    )

    def handle(self, *args, **options):
        total = len(eu_cities())
        with tqdm(
            total=total, unit="city", desc="Municipalities", disable=options["verbosity"] == 0
        ) as bar:
            summary = load_geodata(progress=bar.update)
        self.stdout.write(
            self.style.SUCCESS(
                f"{summary.countries} countries; municipalities: "
                f"{summary.municipalities_created} created, "
                f"{summary.municipalities_updated} already present; {summary.names} names indexed."
            )
        )
