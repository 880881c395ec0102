"""Municipalities named in a report: gazetteer look-up gated by context cues."""

import bisect
import functools
import itertools
import math
import operator
import statistics
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from citypeers.core.geonames import geonames_cities, geonames_city

from . import kind, participation, participation_model, unlisted
from . import patterns as rx
from .common_words import is_common_word, is_english_word, is_function_word
from .gazetteer import (
    EUROPE,
    FAR_LARGER,
    ROMANCE_ARTICLES,
    ROMANCE_LINKS,
    WORLD_MIN_POPULATION,
    Gazetteer,
    Place,
    english_exonym,
    english_tag,
    script_of,
    scripted_key,
)
from .given_names import given_names, is_given_name
from .inflection import MIN_LENGTH, base_forms, greek_demonym_stems, polish_name_forms
from .text import AND_ALTERNATIVES, AUTHORITY_BEFORE_NAME, AUTHORITY_HEADS, fold
from .theme_cues import language_of

_TOKEN = rx.compile(r"[\p{L}\p{M}]+(?:['’-](?!s\b)[\p{L}\p{M}]+)*")  # not an English possessive's s
_JOINERS = frozenset({" ", "-", "'", "’"})
_PARTICLE_CAPITAL = rx.compile(r"\p{Ll}{1,5}['’-]\p{Lu}")
_CONNECTORS = {
    "de",
    "del",
    "della",
    "di",
    "da",
    "la",
    "le",
    "am",
    "an",
    "der",
    "sur",
    "sul",
    "nell",
    "el",
    "y",
    "i",
    "en",
    "upon",
    "on",
    "san",
    "sankt",
    # names beyond Europe: "Kafr ash Shaykh", "Ribeirão das Neves"
    "al",
    "ash",
    "as",
    "ad",
    "das",
    "dos",
    "do",
}

_MUNI_NOUN = (
    r"(?:municipalit(?:y|ies)|city|cities|town|towns|villages?|comune|comuni|città|citta|"
    r"municipios?|municipi|ayuntamientos|pueblos?|"
    r"municipalité|ville|stadt|gemeente|ayuntamiento|câmara municipal|mayor|mayors|deputy mayor|"
    # the city hall's name in Latin America, Portugal, Brazil, France, Catalonia, Galicia
    r"alcald[ií]a|municipalidad|intendencia|prefeitura|mairie|ajuntament|concello|"
    # a town's executive and councillors: "la giunta di Como", "la regidora de Puebla"
    r"giunta(?: comunale)?|regidor(?:a|es|as)?|edil(?:es)?|"
    # French, Portuguese and Dutch plurals: "les villes de", "os municípios de", "de steden"
    r"villes|communes?|municipalités|municípios?|cidades?|gemeenten|steden|stad|maires?|"
    r"sindac[oa]|vice-?sindac[oa]|borough|metropolitan city|città metropolitana|"
    r"alcalde|alcaldesa|alcaldes|ciudad|ciudades|bürgermeister(?:in)?|oberbürgermeister(?:in)?|"
    # Maltese: city, cities, local council(s), mayor
    r"belt|bliet|kunsilli? lokali|sindku)"
)
_LEFT_NOUN = rx.compile(
    rf"(?:(?P<adj>[\p{{L}}]+)\s+)?{_MUNI_NOUN}\s+"
    r"(?:(?:of|di|de|du|del|della|von|van)\s+|ta[’']\s*)(?:the\s+)?$|"
    r"\b(?:municipalities|cities|towns|villages|comuni|città|municipios|ciudades|städte|bliet|"
    r"gemeinden|kommunen|miasta|gminy|orașe|orașele|municipiile|partner cities|le "
    r"città)\s*(?:[:(–—]|\s-\s|,)\s*(?:the\s+|namely\s+|i\.e\.\s+)?$",
    regex.I | regex.REVERSE,
)
_LABELS = {
    "date",
    "time",
    "format",
    "status",
    "venue",
    "location",
    "place",
    "speakers",
    "summary",
    "organiser",
    "organizer",
    "data",
    "ora",
    "orario",
    "luogo",
    "stato",
    "sede",
    "relatori",
    "programme",
    "agenda",
    "title",
}
# Staff of authorities "from" a list of places: "officials from Bremen, Kassel and Erfurt";
# "from" alone ("a speaker from X") tells an origin, not an authority.
_PARTY_NOUN_FROM = rx.compile(
    r"(?:representatives|delegations|officers|officials|practitioners|civil servants|mayors|"
    r"rappresentanti|delegazioni|funzionari|sindaci)\s+(?:from|da)\s+(?:the\s+)?$",
    regex.I | regex.REVERSE,
)
_NEXT_LIST_ITEM = rx.compile(r"^\s*(?:,|and\b|e\b)\s*(?-i:\p{Lu})\p{L}+", regex.I)
_LEFT_PARTY = rx.compile(
    r"(?:representatives?|rappresentant[ei]|delegations?|delegazion[ei]|experts?|esperti|"
    r"participants?|partecipanti|speakers?|relatori|practitioners?|officers?|operatori|"
    r"officials?|colleagues?|staff|team|partners?)"
    r"\s+(?:of|from|di|da|del|della)\s+(?:the\s+)?$|(?:^|\n)\s*(?:from|"
    r"for|da|per|di)\s+(?:the\s+)?$|"
    # a town's staff in the other languages: "técnicos de X", "funcionarios del Ayuntamiento
    # de" aside, "funcționari din X", "pracownicy z X", "Fachleute aus X", "στελέχη από"
    r"(?:técnic[oa]s|funcionari[oa]s|representantes|delegaciones|expert[oa]s|"
    r"funcționari(?:i)?|funcţionari(?:i)?|reprezentan[țţ]i(?:i)?|exper[țţ]i(?:i)?|"
    r"speciali[șş]ti(?:i)?|delega[țţ]i(?:i)?|"
    r"fachleute|mitarbeitende|expertinnen|experten|vertreter(?:innen)?|"
    r"pracowni\p{L}+|urzędni\p{L}+|ekspert\p{L}+|przedstawiciel\p{L}+|"
    r"στελέχη|υπάλληλοι|εκπρόσωποι|εμπειρογνώμονες)"
    r"\s+(?:de|del|desde|din|aus|z|ze|από)\s+(?:(?:la|el|την|τον|το)\s+)?$",
    regex.I | regex.REVERSE,
)
# "Livadia (Greece)", and after an acronym's brackets "Livadia (K.E.DH.L.) (Greece)".
# "Gagny/Frankreich": a town and its country joined by a slash, as lists of partner towns
# write them.
_RIGHT_COUNTRY = rx.compile(
    r"^\s*(?P<aside>\([^()\n]{1,20}\)\s*)?\((?P<country>[^()]{2,40})\)|"
    r"^/(?P<country>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)(?![\p{L}/])"
)
_RIGHT_NOUN = rx.compile(
    # a city's local (support) group of a network project: "Patras LSG", "the Lyon ULG"
    r"^\s+(?:City Council|City Hall|Municipality|municipality|Council|Municipal Council|"
    r"LSG|ULG|Local Support Group|URBACT Local Group|Local Group|"
    r"representatives|delegation|team|officials|city administration|municipal administration|"
    # English names an authority's head or member before the person: "Leeds Mayor Ann
    # Smith", "the Cardiff councillor", "Perth Regional Council", "Tulsa City government"
    r"(?:Deputy |Vice[- ]|Lord )?Mayor|[Cc]ouncill?ors?|Regional Council|Shire Council|"
    # England's and Wales' district councils: "Ashford Borough Council", "Fenland District
    # Council" (a county council's is a county: see `participation`)
    r"(?:Metropolitan )?Borough Council|District Council|Town Council|"
    r"(?:City )?[Gg]overnment|"
    # German, after the city's adjective: "der Kölner Oberbürgermeister", "der Berliner Bezirk
    # Mitte" (a district is its city), "die Leipziger Stadtverwaltung"
    r"(?:Ober)?[Bb]ürgermeister(?:in)?|(?:Stadt)?[Bb]ezirk|Stadtteil|Stadtverwaltung|Senat|"
    r"Stadtrat|Delegation)\b(?!['’]s)"
)
# A title's first word is no place before its head ("Vice Mayor", "Deputy Mayor").
_TITLE_WORDS = frozenset({"vice", "deputy", "lord", "acting", "former", "first"})
# GeoNames also lists a town under its authority's name ("Stadt Aue", "Comune di Bra").
_AUTHORITY_HEAD = rx.compile(rf"^(?:{AUTHORITY_HEADS})\s+")
_RIGHT_LIST_HEAD = rx.compile(r"^\s*(?:delegation\s*)?:")
_LIST_GLUE = rx.compile(
    r"^\s*(?:\([^()]{2,40}\))?\s*(?:,|\band\b|\be\b|\by\b|&|\bet\b)\s*(?:the\s+|"
    r"il\s+|la\s+)?(?:(?:city|municipality|comune|town) of\s+|(?:comune|"
    r"città) di\s+)?$",
    regex.I,
)
# "Roma, Luca Bergamo": a list item followed by another capitalised word is a person's name.
# So does one followed by a connector and a capitalised word ("Garda de Coastă", "Guardia di
# Finanza"): a longer name that only starts with a place's.
_NAME_GOES_ON = rx.compile(
    r"^ (?:(?:de|del|della|di|da|du|des|von|van|der|do|dos) )?(?!(?:City|Municipality|Municipal|"
    r"Council|Town|Government|Metropolitan|Region|Province|County|District|Comune|Città)\b)"
    r"\p{Lu}\p{Ll}"
)
_EVENT_VERB = rx.compile(
    r"\b(?:took place|takes place|will take place|was held|is held|will "
    r"be held|held|hosted|gathered|met|convened|brought together|welcomed|"
    r"si è svolt[oa]|si svolgerà|si terrà|si è tenut[oa]|ha avuto luogo|"
    r"ospitat[oa]|tenutosi|tenutasi|riunit[ie]|ha riunito|ha accolto|organi[sz]ed|organizzat[oa]|ha organizzato)\b",
    regex.I,
)
_LOC_PREP = rx.compile(
    r"(?:\bin|\bat|\ba|\bad|\bpresso)\s+(?:the city of\s+|la città di\s+)?$",
    regex.I | regex.REVERSE,
)
_VISIT_TO = rx.compile(
    r"(?:\bvisit(?:ed)?\s+(?:to\s+)?|\bvisita (?:di studio )?a\s+|\bhosted "
    r"by the (?:city|municipality) of\s+|\bospitat[oa] dal comune di\s+|"
    r"^\s*(?:study visit|visita di studio|visita)\s*[-–—:|]\s*)$",
    regex.I | regex.REVERSE,
)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    surface: str
    place: Place | None = None
    cued: bool = False
    country: str | None = None
    location: bool = False
    candidates: tuple = field(default_factory=tuple)
    inflected: bool = False  # named in a case form ("w Bytowie")
    partner: bool = False  # listed among a project's partner authorities
    cues: set[str] = field(default_factory=set)  # the families of close cues found
    implausible: bool = False  # the words around it, cues aside, make it no municipality
    misspelt: bool = False  # found by a close spelling: the gazetteer's name is the right one
    venue: bool = False  # said only as where the parties met ("met in Brussels", "a Roma")
    # an authority the gazetteer lacks, named by its own noun ("Δήμος Παιονίας"): its name
    # and the noun's language, until `_place_unlisted` gives it a country
    authority: unlisted.Named | None = None

    part_of: int | None = None  # the place it names a compass part of ("Δυτικής Λέσβου")


@functools.lru_cache(maxsize=4)
def _tokens(text: str) -> tuple[tuple, tuple[str, ...]]:
    """The text's word matches and their words, read once for the mentions and the countries."""
    tokens = tuple(_TOKEN.finditer(text))
    return tokens, tuple(t.group() for t in tokens)


def find_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Every span of capitalised words that names a place in the gazetteer (longest first)."""
    tokens, words = _tokens(text)
    upper = [w[0].isupper() for w in words]
    # "nell'Emilia", "d'Elsa", "ez-Zor": a particle joined to a capitalised word may end a name
    capital = [
        u or (not w.isalpha() and _PARTICLE_CAPITAL.match(w) is not None)  # a joined word
        for u, w in zip(upper, words, strict=True)
    ]
    connectors = gaz.connectors
    starts, ends = [t.start() for t in tokens], [t.end() for t in tokens]
    joined = [
        text[end:start] in _JOINERS or (text[end:start] == ". " and word in _SAINT_SHORT)
        for end, start, word in zip(ends[:-1], starts[1:], words, strict=False)
    ]
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        if not upper[i]:
            i += 1
            continue
        extent = 1
        while (
            extent < min(gaz.max_words, len(tokens) - i)
            and joined[i + extent - 1]
            and (
                capital[i + extent]
                or words[i + extent] in connectors
                or words[i + extent].lower() in _CONNECTORS
            )
        ):
            extent += 1
        found = None
        for length in range(extent, 0, -1):
            if not capital[i + length - 1]:
                continue
            surface = text[starts[i] : ends[i + length - 1]]
            entry = _surface_entry(gaz, surface)
            if entry is None:
                break  # a country or a month
            cands, european, generic = entry
            if cands and (found is None or european):
                found = Mention(starts[i], ends[i + length - 1], surface, candidates=cands)
                if european or not generic:
                    break  # "Valencia City Council": Valencia ES, not Valencia City PH
            if found is not None and found.end > ends[i + length - 1]:
                break  # only the name without its generic word may stand for it, not "Salt"
        if found is not None and found.end < ends[i + extent - 1]:
            found = _fuller_mention(text, tokens, i, extent, found)
            town = _town_mention(text, gaz, tokens, i, extent)
            if town is not None and town.end > found.end:
                found = town  # "Castel Nuovo di Sopra", a small town, not "Castel" alone
        if found is None and fold(words[i]) in gaz.countries:
            found = _city_named_as_country(text, gaz, tokens[i])
        if found is None:
            found = _town_mention(text, gaz, tokens, i, extent)
            if found is not None and found.end == ends[i]:
                # a small town's other spelling only, or a larger place's case form: the
                # case form ("burmistrzowie Nysy": Nysa, not a village once spelt "Nysy"),
                # and so for a village's own name when the place is far larger ("burmistrz
                # Wieliczki": the town of Wieliczka, not the village of Wieliczki)
                larger = _case_form_of_a_larger_place(gaz, tokens[i])
                if larger is not None and (
                    not any(main for _place, main in found.candidates)
                    or larger.candidates[0][0].population
                    > FAR_LARGER * found.candidates[0][0].population
                ):
                    found = larger
        if found is None and extent >= 2 and text[ends[i] : starts[i + 1]] == " ":
            found = _polish_pair_mention(text, gaz, tokens[i], tokens[i + 1])
            if found is None and (side := _GREEK_DIRECTION.match(words[i])):
                found = _greek_direction_mention(
                    text, gaz, side.lastgroup, tokens[i], tokens[i + 1]
                )
        if found is None and extent >= 2:
            found = _greek_pair_mention(text, gaz, tokens[i], tokens[i + 1])
        if found is None:
            found = _inflected_mention(gaz, tokens[i])
        if found is None:
            found = _small_town_case_form(text, gaz, tokens[i])
        # the three Greek readings below take a Greek word alone: no word of another script
        # is worth their searches of the text before it
        greek = found is None and script_of(words[i]) == "greek"
        if greek and _GREEK_ARTICLE_BEFORE.search(text, max(0, starts[i] - 6), starts[i]):
            found = _short_greek_case_form(gaz, tokens[i])
        if (
            greek
            and found is None
            and _GREEK_MUNICIPALITY.search(text, max(0, starts[i] - 12), starts[i])
        ):
            found = _demonym_mention(gaz, tokens[i])
        if (
            greek
            and found is None
            and _GREEK_ITEM_START.search(text, max(0, starts[i] - 40), starts[i])
        ):
            found = _greek_listed_town(text, gaz, tokens, i)
        if found is None:
            found = _unlisted_mention(text, gaz, starts[i])
        if found is not None and _function_word_alias(found):
            found = None  # "Der Bürgermeister": the article, not Győr's other name "Der"
        if found:
            mentions.append(found)
            while i < len(tokens) and starts[i] < found.end:
                i += 1
        else:
            i += 1
    return _without_wholes_of_parts(mentions)


def _function_word_alias(mention: Mention) -> bool:
    """One word as frequent as an article or a pronoun ("Der", "Les", "Una") that no place has
    for its main name: the word, capitalised at a sentence's start, not a place's other name."""
    return (
        " " not in mention.surface
        and not any(main for _place, main in mention.candidates)
        and is_function_word(mention.surface)
    )


def _without_wholes_of_parts(mentions: list[Mention]) -> list[Mention]:
    """The mentions less those of a place the report also names a compass part of ("Λέσβος"
    beside "Δυτικής Λέσβου"): the whole island or region, not the municipality."""
    wholes = {m.part_of for m in mentions if m.part_of is not None}
    if not wholes:
        return mentions
    return [
        m
        for m in mentions
        if m.part_of is not None
        or not m.candidates
        or not all(p.geonameid in wholes for p, _main in m.candidates)
    ]


# A Greek municipality's head ("Δήμος", "δήμαρχος", "δημάρχους"), then the genitives of the
# municipalities it governs, each perhaps followed by its mayor's name: "τους δημάρχους
# Ρεθύμνου, Ανωγείων Σωκράτη Κεφαλογιάννη, Αγίου Βασιλείου και Αμαρίου".
_GREEK_HEAD = (
    r"(?<![\p{L}])(?:[Δδ]ήμ\p{L}*|(?:[Αα]ντι)?[Δδ][ηή]μ[αά]ρχ\p{L}*)\s+(?:(?:του|της|των)\s+)?"
)
_GREEK_ITEM_START = rx.compile(rf"(?:,\s*|(?<![\p{{L}}])και\s+|{_GREEK_HEAD})$", regex.REVERSE)
_GREEK_HEAD_LIST = rx.compile(
    rf"(?:{_GREEK_HEAD}(?:\p{{Lu}}[\p{{Greek}}\p{{M}}'’.-]*(?:\s*,\s*|\s+και\s+|\s+))*)$",
    regex.REVERSE,
)
_GREEK_LIST_REACH = 160


def _greek_listed_town(text: str, gaz: Gazetteer, tokens, i: int) -> Mention | None:
    """A Greek or Cypriot town the gazetteer or its small towns know, named in the genitive
    after a municipality's or a mayor's noun or as an item of the list that follows one
    ("δημάρχους Ρεθύμνου, Ανωγείων ..., Αγίου Βασιλείου ..."): one word, or a saint's two."""
    first = tokens[i]
    if script_of(first.group()) != "greek" or is_given_name(first.group()):
        return None
    if not _GREEK_HEAD_LIST.search(text, max(0, first.start() - _GREEK_LIST_REACH), first.start()):
        return None
    spans = [(first,)]
    if i + 1 < len(tokens) and unlisted.greek_nominatives(first.group()) == ("αγιος",):
        spans.insert(0, (first, tokens[i + 1]))
    for words in spans:
        if text[words[0].end() : words[-1].start()] not in ("", " "):
            continue
        forms = [unlisted.greek_nominatives(w.group()) for w in words]
        if not all(forms):
            continue
        options = tuple(
            " ".join(unlisted.greek_latin(w).capitalize() for w in chosen)
            for chosen in itertools.product(*forms)
        )
        for country in ("GR", "CY"):
            place = _listed_option(gaz, options, country)
            if place is not None:
                start, end = words[0].start(), words[-1].end()
                return Mention(
                    start, end, text[start:end], candidates=((place, True),), inflected=True
                )
    return None


def _unlisted_mention(text: str, gaz: Gazetteer, start: int) -> Mention | None:
    """An authority no place of the gazetteer names, after its own noun (see `unlisted`)."""
    named = unlisted.named_authority(text, start)
    if named is None:
        return None
    named = _without_its_country(text, named, gaz)
    # "the mayor of the Turkish district", "Δήμων Ελλάδας", "los municipios de Costa Rica"
    if fold(" ".join(named.words)) in gaz.countries or any(
        fold(w) in gaz.countries or fold(w) in gaz.months for w in named.words
    ):
        return None
    if len(named.words) > 1 and _opens_with_a_given_name(named.words[0]):
        return None  # "la comuna Ana Pérez": a person after a noun of another language
    if named.language != "el" and any(
        _known_in(gaz, " ".join(named.words[k:]), named.language)
        for k in range(1, len(named.words))
    ):
        return None  # "Miasto Stołeczne Warszawa": a known place's name ends the words
    return Mention(named.start, named.end, text[named.start : named.end], authority=named)


def _known_in(gaz: Gazetteer, surface: str, language: str) -> bool:
    """Whether the gazetteer knows a place of that name in a country of the noun's language
    (a city of 50,000 or more, for an English noun)."""
    entry = _surface_entry(gaz, surface)
    countries = _NOUN_COUNTRIES.get(language)
    return entry is not None and any(
        p.country in countries if countries else p.population >= _LARGE_ENOUGH
        for p, _main in entry[0] or ()
    )


# "St. Louis", "St. Gallen", "Ste. Foy": a saint's short title, with its full stop, is part
# of the name ("St Gallen", "Saint-Denis" join without one).
_SAINT_SHORT = frozenset({"St", "Ste", "Sta", "Sto", "Mt", "Ft", "Αγ"})


# Capitalised words and phrases recur from report to report ("The", "Mr", "Lisbon"): their
# look-ups in the gazetteer are kept (a gazetteer never changes once built).
_SURFACE_CACHE_SIZE = 100_000


@functools.lru_cache(maxsize=_SURFACE_CACHE_SIZE)
def _surface_entry(gaz: Gazetteer, surface: str) -> tuple[tuple, bool, bool] | None:
    """None for a country or a month name; else the candidates, whether one is European,
    and whether the name ends in a generic word ("City", "Town")."""
    key = fold(surface)
    if key in gaz.countries or key in gaz.months:
        return None
    cands = _names_for(gaz, surface, key)
    if not cands:
        return (cands, False, False)
    return (cands, _european(cands), key.rsplit(" ", 1)[-1] in _GENERIC_LAST)


def _fuller_mention(text: str, tokens, i: int, extent: int, found: Mention) -> Mention:
    """ "Roquetas del Mar": the span goes on with a connector and words that, with the name
    found, spell its place's full name but for a letter: the mention is the whole span."""
    place = found.candidates[0][0]
    full = fold(place.name)
    if full.count(" ") <= found.surface.count(" ") or not full.startswith(fold(found.surface)):
        return found
    start = tokens[i].start()
    for length in range(extent, 1, -1):
        end = tokens[i + length - 1].end()
        if end <= found.end:
            break
        if _official_form_of(text[start:end], place.name):
            return Mention(start, end, text[start:end], candidates=found.candidates)
    return found


@functools.lru_cache(maxsize=_SURFACE_CACHE_SIZE)
def _town_candidates(gaz: Gazetteer, surface: str) -> tuple:
    """The small towns a Latin-script phrase names (kept, like `_surface_entry`); none for a
    country's or a month's name ("Malta", "Moldova"), as in the larger places' index."""
    key = fold(surface)
    if key in gaz.countries or key in gaz.months:
        return ()
    if not _LATIN_NAME.match(surface):
        return ()
    towns = gaz.small_towns(surface)
    if " " in key or surface.isascii():
        return towns
    return tuple(c for c in towns if _spelt(surface, c[0]))  # "Lână" is no Lány


def _town_mention(text: str, gaz: Gazetteer, tokens, i: int, extent: int) -> Mention | None:
    """A small town's name (longest first), only where a close cue may follow: after an
    authority's noun or a list's glue, or before a bracket or a list's glue."""
    start = tokens[i].start()
    # the name first (a look-up), the cue only for a town's name (a pattern on the text)
    for length in range(extent, 0, -1):
        end = tokens[i + length - 1].end()
        surface = text[start:end]
        cands = _town_candidates(gaz, surface)
        if cands:
            break
    else:
        return None
    if not _TOWN_LEFT.search(text, max(0, start - 40), start):
        for length in range(extent, 0, -1):
            if _TOWN_RIGHT.match(text, tokens[i + length - 1].end()):
                break
        else:
            return None
    return Mention(start, end, surface, candidates=cands)


# "la ciudad de México", "the City of Luxembourg": a city that bears its country's name.
_CITY_OF = rx.compile(
    r"(?:(?<![\p{L}])(?i:ciudad|città|citta|city|cidade|ville|stadt|miasto|orașul)\s+"
    r"(?i:de|di|del|do|of|de la)\s+(?:the\s+)?)$",
    regex.REVERSE,
)


def _city_named_as_country(text: str, gaz: Gazetteer, token) -> Mention | None:
    """The city a country's name after a city noun names: the whole phrase when the gazetteer
    knows it ("Ciudad de México"), else a place whose own name is the country's."""
    cue = _CITY_OF.search(text, max(0, token.start() - 20), token.start())
    if cue is None:
        return None
    phrase = text[cue.start() : token.end()]
    cands = gaz.names.get(fold(phrase))
    if cands:
        return Mention(cue.start(), token.end(), phrase, candidates=cands)
    cands = tuple(c for c in gaz.names.get(fold(token.group()), ()) if c[1])
    if cands:
        return Mention(token.start(), token.end(), token.group(), candidates=cands)
    return None


_GLUE_WORDS = rf"{AND_ALTERNATIVES}|&"
_TOWN_LEFT = rx.compile(
    rf"(?:(?:[,;]|\b(?:{_GLUE_WORDS}))\s*|(?i:\b(?:of|di|de|del|della|von|from|da|aus|din|z)\s+|"
    rf"\b(?:{AUTHORITY_BEFORE_NAME})\s+))$",
    regex.REVERSE,
)
_TOWN_RIGHT = rx.compile(
    rf"\s*(?:\(|[,;]|(?:{_GLUE_WORDS})\b|(?:City Council|Municipality|Town Council|Council)\b)"
)


_GREEK_MUNICIPALITY = rx.compile(r"(?:(?<![\p{L}])[Δδ]ήμ\p{L}*\s+)$", regex.REVERSE)
_GREEK_COUNTRIES = frozenset({"GR", "CY"})


def _demonym_mention(gaz: Gazetteer, token) -> Mention | None:
    """ "Δήμος Ιωαννιτών": the municipality named by its people (see `greek_demonym_stems`)."""
    surface = token.group()
    if script_of(surface) != "greek":
        return None
    for stem in greek_demonym_stems(fold(surface)):
        cands = _greek_places_starting(gaz, f"greek:{stem}")
        if cands:
            return Mention(token.start(), token.end(), surface, candidates=cands, inflected=True)
    return None


@functools.lru_cache(maxsize=4096)
def _greek_places_starting(gaz: Gazetteer, prefix: str) -> tuple:
    """Greek and Cypriot places whose Greek name starts with `prefix`, the most populous first."""
    keys = _greek_keys(gaz)
    at = bisect.bisect_left(keys, prefix)
    found: dict[int, tuple] = {}
    while at < len(keys) and keys[at].startswith(prefix):
        for place, main in gaz.scripted[keys[at]]:
            if place.country in _GREEK_COUNTRIES:
                found.setdefault(place.geonameid, (place, main))
        at += 1
    return tuple(sorted(found.values(), key=lambda c: -c[0].population))


@functools.lru_cache(maxsize=4)
def _greek_keys(gaz: Gazetteer) -> list[str]:
    return sorted(k for k in gaz.scripted if k.startswith("greek:"))


def _inflected_mention(gaz: Gazetteer, token) -> Mention | None:
    """ "w Bytowie", "της Θεσσαλονίκης": a European place named in a case form."""
    surface = token.group()
    cands = _inflected_candidates(gaz, surface)
    if cands:
        return Mention(token.start(), token.end(), surface, candidates=cands, inflected=True)
    return None


# A Greek article right before a word: "τον Βόλο", "στο Άργο", "της Κω".
_GREEK_ARTICLE_BEFORE = rx.compile(
    r"(?:(?<![\p{L}])(?:σ?τ(?:ον|ο|ην|η|ου|ης))\s+)$", regex.REVERSE | regex.I
)


def _short_greek_case_form(gaz: Gazetteer, token) -> Mention | None:
    """ "τον Βόλο": a Greek or Cypriot place in a case form too short for `base_forms`'
    usual length, asked only after an article, which marks the word a noun."""
    surface = token.group()
    if script_of(surface) != "greek":
        return None
    cands = tuple(
        c
        for c in _european_at_a_base_form(gaz, fold(surface), "greek", min_length=4)
        if c[0].country in _GREEK_COUNTRIES
    )
    if cands:
        return Mention(token.start(), token.end(), surface, candidates=cands, inflected=True)
    return None


def _small_town_case_form(text: str, gaz: Gazetteer, token) -> Mention | None:
    """ "burmistrz Michałowa", "wójt Korycina": a small town in a case form, right after
    its head or its authority's noun, which marks the word a town's name (a small town's
    name met by chance in a case form is too likely without it)."""
    surface = token.group()
    towns = _towns_at_a_base_form(gaz, surface)
    if not towns:
        return None
    if not participation.NOUN_BEFORE.search(text, max(0, token.start() - 60), token.start()):
        return None
    return Mention(token.start(), token.end(), surface, candidates=towns, inflected=True)


@functools.lru_cache(maxsize=_SURFACE_CACHE_SIZE)
def _towns_at_a_base_form(gaz: Gazetteer, surface: str) -> tuple:
    """The small towns a Latin-script word's base forms name, the most populous first
    ("Michałowa": Michałowo before a smaller Michałów); none for an everyday word ("el
    concejal de Cultura": a portfolio). Kept by word: most words are asked again and again."""
    if not _LATIN_NAME.match(surface):
        return ()
    towns = sorted(
        (town for base in base_forms(fold(surface), greek=False) for town in gaz.small_towns(base)),
        key=lambda town: -town[0].population,
    )
    if not towns or is_common_word(surface):
        return ()
    return tuple(towns)


def _case_form_of_a_larger_place(gaz: Gazetteer, token) -> Mention | None:
    """A short word in a case form of a European place of the main index ("Nysy", "Nysa"),
    however short: asked only of a word that names small towns by another spelling alone."""
    surface = token.group()
    if not _LATIN_NAME.match(surface):
        return None
    cands = _european_at_a_base_form(gaz, fold(surface), min_length=4)
    if cands:
        return Mention(token.start(), token.end(), surface, candidates=cands, inflected=True)
    return None


def _polish_pair_mention(text: str, gaz: Gazetteer, first, second) -> Mention | None:
    """ "w Zielonej Górze", "z Nowego Sącza": a Polish city of two words, both declined."""
    start, end = first.start(), second.end()
    surface = text[start:end]
    cands = _polish_candidates(gaz, fold(surface)) if _LATIN_NAME.match(surface) else None
    if cands:
        return Mention(start, end, surface, candidates=cands, inflected=True)
    return None


# Greek municipalities of the 2011 reform named for a part of an island or a region, by a
# compass adjective that declines with it ("Δήμος Δυτικής Λέσβου", "Νοτίου Πηλίου"): in
# English, the direction and the place's English name ("West Lesbos", "North Corfu").
_GREEK_DIRECTION = rx.compile(
    r"(?:(?P<west>[Δδ]υτικ)|(?P<east>[Αα]νατολικ)|(?P<north>[Ββ][οό]ρει)|(?P<south>[Νν][οό]τι)|"
    r"(?P<central>[Κκ]εντρικ))(?:[ηήοόαά]ς?|ού|ου)$"
)
_DIRECTION_ENGLISH = {
    "west": "West",
    "east": "East",
    "north": "North",
    "south": "South",
    "central": "Central",
}


def _greek_direction_mention(
    text: str, gaz: Gazetteer, side: str, direction, name
) -> Mention | None:
    """ "Δυτικής Λέσβου": a Greek or Cypriot place named with its compass part, as one
    municipality of its own (the place alone is another one, or an island)."""
    surface = name.group()
    if script_of(surface) != "greek":
        return None
    entry = _surface_entry(gaz, surface)
    cands = (entry[0] if entry else ()) or _inflected_candidates(gaz, surface) or ()
    cands = [p for p, _main in cands if p.country in _GREEK_COUNTRIES]
    if not cands:
        return None
    base = max(cands, key=lambda p: p.population)
    english = f"{_DIRECTION_ENGLISH[side]} {english_exonym(base) or base.name}"
    place = Place(
        _unlisted_id(english, base.country), english, base.country, base.population, base.timezone
    )
    start, end = direction.start(), name.end()
    return Mention(
        start,
        end,
        text[start:end],
        candidates=((place, True),),
        inflected=True,
        part_of=base.geonameid,
    )


# Greek declines both words of a saint's town ("Αγίου Νικολάου", Άγιος Νικόλαος) and
# shortens the saint's title ("Αγ. Νικολάου").
_GREEK_SAINT_SHORT = ("agios", "agia", "agioi")


def _greek_pair_mention(text: str, gaz: Gazetteer, first, second) -> Mention | None:
    """ "Αγίου Δομετίου", "Αγ. Νικολάου": a Greek or Cypriot place of two words, both declined."""
    start, end = first.start(), second.end()
    if text[first.end() : second.start()] not in (" ", ". "):
        return None
    if script_of(first.group()) != "greek" or script_of(second.group()) != "greek":
        return None
    cands = _greek_pair_candidates(gaz, fold(first.group()), fold(second.group()))
    if cands:
        return Mention(start, end, text[start:end], candidates=cands, inflected=True)
    return None


@functools.lru_cache(maxsize=_SURFACE_CACHE_SIZE)
def _greek_pair_candidates(gaz: Gazetteer, one: str, two: str) -> tuple | None:
    heads = _GREEK_SAINT_SHORT if one == "ag" else (one, *base_forms(one, greek=True))
    for head in heads:
        for tail in (two, *base_forms(two, greek=True)):
            cands = tuple(
                c
                for c in gaz.scripted.get(f"greek:{head} {tail}", ())
                if c[0].country in _GREEK_COUNTRIES
            )
            if cands:
                return cands
    return None


@functools.lru_cache(maxsize=_SURFACE_CACHE_SIZE)
def _polish_candidates(gaz: Gazetteer, key: str) -> tuple | None:
    """The Polish places a declined name of two parts, or a declined compound, names."""
    for form in polish_name_forms(key, first_words=_polish_first_words(gaz)):
        cands = tuple(c for c in gaz.names.get(form, ()) if c[0].country == "PL")
        if cands:
            return cands
    return None


@functools.lru_cache(maxsize=4)
def _polish_first_words(gaz: Gazetteer) -> frozenset[str]:
    """The first words of the gazetteer's Polish names of several words: a declined pair
    whose first word has no nominative among them names no Polish place (`_polish_candidates`)."""
    return frozenset(
        name.partition(" ")[0]
        for name, cands in gaz.names.items()
        if " " in name and any(c[0].country == "PL" for c in cands)
    )


@functools.lru_cache(maxsize=_SURFACE_CACHE_SIZE)
def _inflected_candidates(gaz: Gazetteer, surface: str) -> tuple | None:
    key = fold(surface)
    if key in gaz.countries:
        return None
    if "-" in surface:  # "w Bielsku-Białej": both parts declined
        if not _LATIN_NAME.match(surface):
            return None
        return _polish_candidates(gaz, key) or _european_at_a_last_base_form(gaz, key)
    script = script_of(surface)
    if script is None and not _LATIN_NAME.match(surface):
        return None
    cands = _european_at_a_base_form(gaz, key, script)
    if cands:
        return cands
    if script is None:  # "z Białegostoku": a declined compound
        return _polish_candidates(gaz, key) or _other_slavic_spelling(gaz, key)
    return _greek_named_in_latin(gaz, key) if script == "greek" else None


def _european_at_a_base_form(
    gaz: Gazetteer, key: str, script: str | None = None, *, min_length: int = MIN_LENGTH
) -> tuple:
    """The European places named by the first base form of the folded `key` that names any
    (`inflection.base_forms`), or ()."""
    index = gaz.scripted if script else gaz.names
    for base in base_forms(key, greek=script == "greek", min_length=min_length):
        found = index.get(f"{script}:{base}" if script else base, ())
        cands = tuple(c for c in found if c[0].country in EUROPE)
        if cands:
            return cands
    return ()


# Polish digraphs and the single letters other Slavic spellings write for them, folded
# ("cz" for "č", as "Bucza" for "Buča").
_POLISH_DIGRAPHS = (("cz", "c"), ("sz", "s"), ("rz", "r"))
# A case form matched through another spelling names a city of this size only.
_OTHER_SPELLING_SIZE = 20_000


def _other_slavic_spelling(gaz: Gazetteer, key: str) -> tuple:
    """A city beyond Poland said in a Polish case form of a Polish spelling GeoNames does
    not keep, where it keeps the Czech-style one ("mer Buczy": Bucza, GeoNames' "Buča"),
    or ()."""
    if not any(digraph in key for digraph, _letter in _POLISH_DIGRAPHS):
        return ()
    for base in base_forms(key, greek=False):
        for digraph, letter in _POLISH_DIGRAPHS:
            base = base.replace(digraph, letter)
        cands = tuple(
            c
            for c in gaz.names.get(base, ())
            if c[0].country in EUROPE
            and c[0].country != "PL"
            and c[0].population >= _OTHER_SPELLING_SIZE
        )
        if cands:
            return cands
    return ()


def _european_at_a_last_base_form(gaz: Gazetteer, key: str) -> tuple:
    """The European places a hyphenated name declined in its last part alone names
    ("z Iwano-Frankiwska": Iwano-Frankiwsk, "din Ivano-Frankivskului"), or ()."""
    head, _, last = key.rpartition(" ")
    for base in base_forms(last, greek=False, min_length=4):
        cands = tuple(c for c in gaz.names.get(f"{head} {base}", ()) if c[0].country in EUROPE)
        if cands:
            return cands
    return ()


# A transliterated Greek word meets small towns' names by chance; large cities' seldom.
_GREEK_IN_LATIN_SIZE = 100_000


def _greek_named_in_latin(gaz: Gazetteer, key: str) -> tuple | None:
    """A large European city a Greek report names in a Greek form GeoNames does not keep
    ("Μιλάνου", "Γένοβας"): its transliteration, as said or in a nominative, with beta
    read as b or as v, is one of the city's Latin names ("Milano", "Genova"). Short words
    are left out: too many plain Greek words spell a place's name by chance."""
    if len(key) < MIN_LENGTH:
        return None
    for base in (key, *base_forms(key, greek=True)):
        for form in dict.fromkeys((base, base.replace("b", "v"))):
            cands = tuple(
                c
                for c in gaz.names.get(form, ())
                if c[0].country in EUROPE and c[0].population >= _GREEK_IN_LATIN_SIZE
            )
            if cands:
                return cands
    return None


_GENERIC_LAST = frozenset({"city", "town"})


def _european(cands) -> bool:
    return any(place.country in EUROPE for place, _main in cands)


def _names_for(gaz: Gazetteer, surface: str, key: str):
    """A Latin name from the Latin index, a Greek or Cyrillic one from its own."""
    found = (
        gaz.names.get(key)
        if _LATIN_NAME.match(surface)
        else gaz.scripted.get(scripted_key(surface))
    )
    if found and " " not in key and not surface.isascii() and _LATIN_NAME.match(surface):
        # a word whose accents no name of a small place carries ("Plăți" is no Platý): the
        # letters folded alike are another language's word
        found = tuple(c for c in found if c[0].population >= _LARGE_ENOUGH or _spelt(surface, c[0]))
    if found and " " in key and all(is_english_word(w) for w in key.split()):
        # a place beyond Europe named by a phrase of everyday English words only under one
        # of its other names, even one tagged English, is that name's translation ("White
        # House", Casablanca); its own name stands ("Cape Town", "Salt Lake City")
        found = tuple(c for c in found if c[0].country in EUROPE or c[1])
    if found and " " not in key:
        # a one-word alias of a place beyond Europe is far more often a word or an acronym
        # of a European report ("Anci", "Culture") than that place's other name, unless it
        # is the place's English name ("Zanzibar" for Zanzibar City); nor is a word whose
        # accents the place's name lacks ("Länder", not Lander VE)
        found = tuple(
            c
            for c in found
            if c[0].country in EUROPE
            or (
                (c[1] or fold(english_tag(c[0]) or "") == key or _spelt_otherwise(key, c[0]))
                and (surface.isascii() or not c[0].name.isascii())
            )
        )
    return found


# A large city's name in another spelling ("Tangiers", "Tanger" for Tangier): its opening
# letters said, and hardly more or fewer letters.
_SPELLING_STEM = 5
_SPELLING_SLACK = 2
_SPELT_OTHERWISE_MIN_POPULATION = 500_000


def _spelt_otherwise(key: str, place: Place) -> bool:
    """Whether a one-word alias is the city's own name spelt otherwise, not another word."""
    name = fold(place.name)
    return (
        place.population >= _SPELT_OTHERWISE_MIN_POPULATION
        and len(name) >= _SPELLING_STEM
        and key[:_SPELLING_STEM] == name[:_SPELLING_STEM]
        and abs(len(key) - len(name)) <= _SPELLING_SLACK
    )


_LARGE_ENOUGH = 50_000


def _spelt(surface: str, place: Place) -> bool:
    """Whether the place's name or one of its alternate names carries its accents where the
    surface does (another accent on the same letter is a slip: "Cieszanòw" for Cieszanów;
    "Plăți" and Platý accent other letters)."""
    said = _accented(surface)
    if said == _accented(place.name):
        return True
    record = geonames_city(place.geonameid) or {}
    return any(said == _accented(a) for a in record.get("alternatenames", ()))


def _accented(word: str) -> tuple[bool, ...]:
    """Which letters of a word are not plain ASCII (its length kept)."""
    return tuple(not c.isascii() for c in unicodedata.normalize("NFC", word))


def _cue(
    text: str, mention: Mention, gaz: Gazetteer, previous: Mention | None
) -> tuple[set[str], str | None]:
    """The close cues of a mention (a family's name each) and the country they tell."""
    left = text[max(0, mention.start - 70) : mention.start]
    right = text[mention.end : mention.end + 50]
    country = None
    cues: set[str] = set()
    m = _RIGHT_COUNTRY.match(right)
    if m and gaz.country_code(m.group("country")):
        # the country tells which namesake; it cues a participant only right after the name
        country = gaz.country_code(m.group("country"))
        if not m.group("aside"):
            cues.add("country")
    m = _LEFT_NOUN.search(left)
    if m:
        cues.add("noun")
        if m.group("adj") and gaz.country_code(m.group("adj")):
            country = country or gaz.country_code(m.group("adj"))
    if _LEFT_PARTY.search(left) and (
        _RIGHT_LIST_HEAD.match(right)
        or not left.rstrip().endswith(("from", "da"))
        or (_PARTY_NOUN_FROM.search(left) and _NEXT_LIST_ITEM.match(right))
    ):
        cues.add("party")
    if (
        _RIGHT_NOUN.match(right) and fold(mention.surface) not in _TITLE_WORDS
    ) or _AUTHORITY_HEAD.match(mention.surface):
        cues.add("right_noun")
    elif (
        _RIGHT_LIST_HEAD.match(right)
        and rx.search(r"(?:^|\n)\s*$", left)
        and fold(mention.surface) not in _LABELS
    ):
        after = text[mention.end : mention.end + 200]
        if rx.search(
            r"^\s*:\s*(?:\n\s*[-*•·]|[^\n]*(?:\b(?:Mr|Ms|Mrs|Dr|Prof|dott|sig)\.?\s+\p{Lu}|"
            r"\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*,))",
            after,
        ):
            cues.add("heading")
    if (
        previous is not None
        and previous.cued
        and _LIST_GLUE.match(text[previous.end : mention.start])
        and not _NAME_GOES_ON.match(right)
    ):
        cues.add("after_cued")
    return cues, country


def resolve_municipalities(text: str, gaz: Gazetteer) -> tuple[list[Mention], Mention | None]:
    """Mentions of municipalities taking part (cued), plus the event's location mention if any."""
    mentions, location, excluded = candidates(text, gaz)
    confirmed = participation_model.participants(text, mentions, excluded, location, gaz.months)
    for mention in mentions:
        if mention.place:
            mention.cued = mention.place.geonameid in confirmed
    _confirm_whole_lists(text, mentions, excluded)
    _drop_uncued_towns(text, mentions, gaz)
    _drop_regions_in_apposition(text, mentions, gaz)
    _lengthen_short_names(mentions)
    location = _districts_as_their_cities(text, mentions, gaz, location)
    if location is not None and location.place is None:
        location = next((m for m in mentions if m.place and _is_location(text, m)), None)
    _add_fuzzy(text, gaz, mentions)
    _add_misspelt_list_items(text, gaz, mentions)
    _add_misspelt_with_country(text, gaz, mentions)
    return mentions, location


def candidates(text: str, gaz: Gazetteer) -> tuple[list[Mention], Mention | None, set[int]]:
    """Every place named, with its close cues; the event's location mention if any; and the
    ids of the mentions whose context says the place did not take part."""
    mentions = _with_states(text, find_mentions(text, gaz))
    previous = None
    location = None
    for mention in mentions:
        cues, mention.country = _cue(text, mention, gaz, previous)
        mention.country = mention.country or _state_country(text, mention)
        mention.cues.update(cues)
        mention.cued = bool(cues)
        mention.place = gaz.choose(mention.candidates, mention.country) or gaz.choose(
            mention.candidates
        )
        if location is None and _is_location(text, mention):
            mention.location = True
            location = mention
        previous = mention
    _place_unlisted(text, mentions, gaz)
    _one_place_per_name(mentions)
    _prefer_the_reports_countries(text, mentions, gaz, location)
    _prefer_the_nearer_namesake(mentions, gaz)
    _cue_backwards(text, mentions, gaz)
    _cue_pairs(text, mentions)
    participation.decide(text, mentions, gaz.months)
    return mentions, location, participation.excluded(text, mentions)


# The countries an authority's noun may be of, its language's own first.
_NOUN_COUNTRIES = {
    "it": ("IT", "CH", "SM"),
    "es": "ES MX CO AR CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY".split(),
    "pt": ("PT", "BR", "AO", "MZ", "CV"),
    "fr": ("FR", "BE", "CH", "LU", "CA"),
    "de": ("DE", "AT", "CH"),
    "nl": ("NL", "BE"),
    "pl": ("PL",),
    "ro": ("RO", "MD"),
    "el": ("GR", "CY"),
}
# "the Municipality of X, Philippines", "Gmina X in Poland": the country said right after.
_COUNTRY_AFTER = rx.compile(
    r"(?:\s+(?:(?:City|Town|Shire|Borough|District|Municipal|Regional)\s+)?"
    r"(?:Council|Municipality))?\s*(?:,\s*|\s+(?:from|in|de|di|din|aus|in der|w|z|στην?|της)\s+(?:the\s+)?)"
    r"(?P<country>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)"
)
# A far namesake gives way to an authority of the report's country only in a report that
# names that country this often ("the municipality of Delta" among Greek towns).
_NAMESAKE_HOME = 3
# An English noun leaves the country to the report: one it names at least this often, and
# more often than any other.
_REPORT_COUNTRY_MIN = 2


def _place_unlisted(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """The country, and so the place, of each authority the gazetteer lacks: the one said
    right after its name, else the report's country among those of its noun's language
    ("Comune di X" in Italy, "Δήμος X" in Greece or Cyprus), else for an English noun the
    country the report names most. One without a country is no candidate."""
    counts: Counter | None = None
    for mention in mentions:
        # (not where the report gives its country: "Springfield (Illinois)" is no namesake)
        if mention.authority is None and mention.country is None and _far_namesake(mention):
            named = unlisted.named_authority(text, mention.start, known=True)
            if named is not None:
                counts = counts or _report_countries(text, mentions, gaz)
                # the namesake's country counted only for its own name: said nowhere else
                key, own = fold(mention.surface), _countries(mention)
                said = sum(1 for m in mentions if fold(m.surface) == key) if len(own) == 1 else 0
                if not any(counts[c] > said for c in own):
                    # "the municipality of Delta", in Greece
                    mention.authority = _without_its_country(text, named, gaz)
    found = [m for m in mentions if m.authority is not None]
    if not found:
        return
    names = {fold(m.surface) for m in found}  # a namesake's own country counts for nothing
    counts = _report_countries(text, [m for m in mentions if fold(m.surface) not in names], gaz)
    placed: dict[str, Place] = {}
    for mention in found:
        country = mention.country or _country_after(text, mention, gaz)
        if country is None and mention.candidates:  # a far namesake's noun, in a report
            top = counts.most_common(1)  # on one country that it names again and again
            if top and top[0][1] >= _NAMESAKE_HOME:
                country = top[0][0]
            else:
                mention.authority = None
                continue
        language = mention.authority.language
        if country is None and language in _NOUN_COUNTRIES:
            options = _NOUN_COUNTRIES[language]
            country = max(options, key=lambda c: (counts[c], c == options[0]))
        elif country is None and (spelt := _country_by_letters(mention.surface, counts)):
            country = spelt  # "Ropaži Municipality" in a report on Latvians visiting Norway
        elif country is None:
            ranked = counts.most_common(2)
            if (
                ranked
                and ranked[0][1] >= _REPORT_COUNTRY_MIN
                and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
            ):
                country = ranked[0][0]
        if country is None:
            mentions.remove(mention)  # left to the close spellings of `_add_fuzzy`
            continue
        name = mention.authority.name
        if len(mention.authority.options) > 1:  # a Greek genitive of several nominatives
            place = _listed_option(gaz, mention.authority.options, country)
        else:
            place = (
                _named_elsewhere(mention, mentions, country)
                or _misspelt_unlisted(gaz, mention, country)
                or Place(_unlisted_id(name, country), name, country, 0, "")
            )
        if place is None:
            mentions.remove(mention)
            continue
        mention.misspelt = place.geonameid > 0
        mention.candidates, mention.place, mention.country = ((place, True),), place, country
        placed[fold(mention.surface)] = place
    for mention in mentions:  # the name said again without its noun: the same authority
        place = placed.get(fold(mention.surface))
        if place and mention.authority is None and place.country not in _countries(mention):
            mention.candidates, mention.place, mention.country = ((place, True),), place, None


def _without_its_country(text: str, named: unlisted.Named, gaz: Gazetteer) -> unlisted.Named:
    """The authority without the country said as its last words, ending before it, so that
    the country said after the name places it (`_country_after`): "el alcalde de
    Independencia de Chile" names Independencia, in Chile."""
    words = named.words
    if len(words) < 3 or words[-2].lower() not in _COUNTRY_JOINS:
        return named
    if fold(words[-1]) not in gaz.country_nouns:
        return named
    end = named.start
    for word in words[:-2]:
        end = text.index(word, end) + len(word)
    return named._replace(end=end, name=" ".join(words[:-2]), words=words[:-2])


_COUNTRY_JOINS = frozenset({"de", "di", "do", "da", "in", "en", "of", "din", "w"})


def _named_elsewhere(mention: Mention, mentions: list[Mention], country: str) -> Place | None:
    """The place of the country the report names elsewhere whose name the unknown one
    spells with a slip or two ("Concello de Catoria" in a report on Catoira)."""
    key = fold(mention.authority.name)
    if len(key) < _SLIP_MIN_LENGTH - 1:
        return None
    for other in mentions:
        place = other.place
        if place is None or place.country != country or other.authority is not None:
            continue
        if Levenshtein.distance(key, fold(place.name), score_cutoff=2) <= 2:
            return place
    return None


def _listed_option(gaz: Gazetteer, options: tuple[str, ...], country: str) -> Place | None:
    """The one place of the country the gazetteer or its small towns know under one of a
    genitive's nominatives ("Polygyros", not "Polygyro"), those of that name before those
    that bear it as another name; of places of one name, the most populous (the name is
    what the report gives)."""
    found = {
        p.geonameid: p
        for option in options
        for p, _main in (*gaz.candidates(option), *gaz.small_towns(option))
        if p.country == country
    }
    keys = {fold(option) for option in options}
    named = [p for p in found.values() if fold(p.name) in keys] or list(found.values())
    if len({fold(p.name) for p in named}) != 1:
        return None
    return max(named, key=lambda p: p.population)


def _misspelt_unlisted(gaz: Gazetteer, mention: Mention, country: str) -> Place | None:
    """The one place of the country spelt within an edit of an unknown Latin name (two
    from ten letters): "Dedougoui Municipality" is Dédougou."""
    name = mention.authority.name
    if mention.authority.language == "el" or " " in name:
        return None
    return _misspelt_town_of(gaz, name, country)


def _countries(mention: Mention) -> set[str]:
    return {p.country for p, _main in mention.candidates}


def _far_namesake(mention: Mention) -> bool:
    """Whether a mention's only places are smaller cities, none of them European: with an
    authority's noun in a report on another country, the name is a namesake there."""
    return bool(mention.candidates) and all(
        p.country not in EUROPE and p.population < _LARGE_CITY for p, _main in mention.candidates
    )


def _country_after(text: str, mention: Mention, gaz: Gazetteer) -> str | None:
    after = _COUNTRY_AFTER.match(text, mention.end)
    return gaz.country_code(after.group("country")) if after else None


# A US state or a Canadian province after a city names the city's country: "Portland,
# Oregon", "Hamilton, Ontario", "St. Louis, Missouri". GeoNames keeps few small places of
# North America, so a town it lacks there but knows elsewhere ("Clarkston, Georgia") is
# taken as a place of that country under the name said.
_STATES = {
    **dict.fromkeys(
        "alabama alaska arizona arkansas california colorado connecticut delaware florida "
        "georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland "
        "massachusetts michigan minnesota mississippi missouri montana nebraska nevada "
        "new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma "
        "oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas utah "
        "vermont virginia washington west_virginia wisconsin wyoming d_c".split(),
        "US",
    ),
    **dict.fromkeys(
        "alberta british_columbia manitoba new_brunswick newfoundland nova_scotia ontario "
        "quebec saskatchewan prince_edward_island yukon nunavut".split(),
        "CA",
    ),
}
_STATE_AFTER = rx.compile(
    r"(?:,\s*|\s*(?P<bracket>\())(?P<state>(?:\p{Lu}[\p{L}.]+)(?:\s\p{Lu}[\p{L}.]+)?)"
    r"(?(bracket)\)|(?![\p{L}]))"
)
# A state named like a country: in brackets ("Clarkston (Georgia)") it is the state only
# for a town that country has no place of that name.
_STATE_LIKE_COUNTRY = {"georgia": "GE"}


def _state_after(text: str, mention: Mention) -> tuple[str, int] | None:
    """The country of the US state or Canadian province right after a mention, and its end."""
    m = _STATE_AFTER.match(text, mention.end)
    if m is None:
        return None
    words = fold(m.group("state")).split()
    if m.group("bracket"):
        like = _STATE_LIKE_COUNTRY.get("_".join(words))
        if like and any(p.country == like for p, _main in mention.candidates):
            return None
    for length in (2, 1):  # "New York" before "New"
        code = _STATES.get("_".join(words[:length])) if len(words) >= length else None
        if code:
            end = m.start("state") + len(" ".join(m.group("state").split()[:length]))
            return code, end
    return None


def _with_states(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less the states named after a city ("Ontario" is also a Californian
    city's name), with a city its state places in a country GeoNames lacks it in."""
    skip_to, out = -1, []
    for mention in mentions:
        if mention.start < skip_to:
            continue
        out.append(mention)
        state = _state_after(text, mention)
        if state is None:
            continue
        code, skip_to = state
        countries = {p.country for p, _main in mention.candidates}
        if code not in countries and _known_only_as_small_towns(mention):
            place = Place(
                _unlisted_id(mention.surface, code), mention.surface, code, WORLD_MIN_POPULATION, ""
            )
            mention.candidates = ((place, True),)
    return out


def _known_only_as_small_towns(mention: Mention) -> bool:
    return all(p.population < WORLD_MIN_POPULATION for p, _main in mention.candidates)


def _unlisted_id(name: str, country: str) -> int:
    """A stable id, below GeoNames' ids, for a place the gazetteer does not list."""
    return -zlib.crc32(f"{fold(name)}|{country}".encode())


def _state_country(text: str, mention: Mention) -> str | None:
    state = _state_after(text, mention)
    if state and any(p.country == state[0] for p, _main in mention.candidates):
        return state[0]
    return None


def _one_place_per_name(mentions: list[Mention]) -> None:
    """A name whose country the text tells once ("Mérida (España)") means that place
    wherever the report says it without one ("the mayor of Mérida")."""
    told: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.country and mention.place and mention.place.country == mention.country:
            told.setdefault(fold(mention.surface), set()).add(mention.country)
    for mention in mentions:
        countries = told.get(fold(mention.surface))
        if mention.country or not countries or len(countries) > 1:
            continue
        (country,) = countries
        found = [p for p, _main in mention.candidates if p.country == country]
        if found:
            mention.country = country
            mention.place = max(found, key=lambda p: p.population)


def _prefer_the_reports_countries(
    text: str, mentions: list[Mention], gaz: Gazetteer, location: Mention | None = None
) -> None:
    """A name that several countries' places bear means the one in a country the report
    speaks of, the countries it names and those of the places it names without doubt:
    Washington in a report on US cities, Augusta in one on Italian towns. The place chosen
    by name alone stays when it is the larger place of that very name (Madrid in a report
    on Latin American cities)."""
    countries = _report_countries(text, mentions, gaz)
    host = _host_country(location)
    if host:
        countries[host] += 1
    for mention in mentions:
        place = mention.place
        if mention.country or place is None:
            continue
        if place.country in countries and not any(
            main and countries[p.country] > countries[place.country]
            for p, main in mention.candidates
        ):
            _prefer_the_main_name(mention, countries)
            continue
        chosen_main = any(p == place and main for p, main in mention.candidates)
        named_in = [
            p
            for p, main in mention.candidates
            if (main or not chosen_main)
            and p.country in countries
            and (not chosen_main or p.population > place.population)
        ]
        if named_in:
            mention.place = max(named_in, key=lambda p: (countries[p.country], p.population))


def _prefer_the_main_name(mention: Mention, countries: Counter) -> None:
    """A name that is one place's own name and another's other name (Augusta, a Sicilian
    town's name and Augsburg's Latin one) means the place it is the own name of when the
    report names that place's country more often than the other's."""
    place = mention.place
    if any(p == place and main for p, main in mention.candidates):
        return
    own = [
        p
        for p, main in mention.candidates
        if main and countries[p.country] > countries[place.country]
    ]
    if own:
        mention.place = max(own, key=lambda p: (countries[p.country], p.population))


# The country a report's language is the language of (English, Greek, German: several).
_LANGUAGE_COUNTRY = {
    "it": "IT",
    "es": "ES",
    "pl": "PL",
    "ro": "RO",
    "mt": "MT",
    "de": "DE",
    "el": "GR",
}


def _prefer_the_nearer_namesake(mentions: list[Mention], gaz: Gazetteer) -> None:
    """A town named cut short ("Bassano", said of Bassano del Grappa) means another town of
    the country whose name runs on from it (Bassano Romano) when that one lies near the
    report's other places there and the first far from them."""
    for mention in mentions:
        place = mention.place
        key = fold(mention.surface)
        if (
            place is None
            or mention.country
            or not fold(place.name).startswith(key + " ")
            or any(p == place and main for p, main in mention.candidates)
        ):
            continue
        near = [
            m.place
            for m in mentions
            if m.place
            and m.place.country == place.country
            and fold(m.surface) != key
            and (m.place, True) in m.candidates
        ]
        if not near:
            continue
        here = [c for c in (_coordinates(gaz, p) for p in near) if c]
        if not here:
            continue
        distance = _distance_to(gaz, place, here)
        near = [
            t
            for t in _towns_running_on(gaz, key, place)
            if _distance_to(gaz, t, here) * _NEARER < distance
            and _distance_to(gaz, t, here) < _NEAR_KM
        ]
        if near:
            mention.place = max(near, key=lambda t: t.population)


_NEAR_KM = 60
_NEARER = 4


def _towns_running_on(gaz: Gazetteer, key: str, place: Place) -> list[Place]:
    """The country's other towns whose name is `key` and more words."""
    large, small = _names_by_first_word(gaz)
    head, prefix = key.partition(" ")[0], key + " "
    found = [
        p
        for name in large.get(head, ())
        if name.startswith(prefix)
        for p, main in gaz.names[name]
        if main and p.country == place.country and p != place
    ]
    names, rows = gaz.town_index()
    for name in small.get(head, ()):
        if name.startswith(prefix):
            found += [
                Place(*rows[g][:5])
                for g, main in names[name]
                if main and rows[g][2] == place.country
            ]
    return found


@functools.lru_cache(maxsize=4)
def _names_by_first_word(gaz: Gazetteer) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The names of several words of the gazetteer and of its small towns, by their first
    word, in their order: a name that runs on from a key shares the key's first word, so
    `_towns_running_on` reads a few names instead of every name there is."""

    def by_first_word(names) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for name in [name for name in names if " " in name]:  # the few of several words
            found.setdefault(name.partition(" ")[0], []).append(name)
        return found

    return by_first_word(gaz.names), by_first_word(gaz.town_index()[0])


def _coordinates(gaz: Gazetteer, place: Place) -> tuple[float, float] | None:
    row = gaz.town_record(place.geonameid) or _large_places().get(place.geonameid)
    if not row:
        return None
    return float(row["latitude"]), float(row["longitude"])


@functools.cache
def _large_places() -> dict[int, dict]:
    return geonames_cities()


def _distance_to(gaz: Gazetteer, place: Place, points) -> float:
    """Kilometres from a place to the middle one of the points by distance (infinite when
    unknown): the report's places but a stray one or two."""
    here = _coordinates(gaz, place)
    if here is None:
        return math.inf
    lat, lon = map(math.radians, here)
    found = []
    for plat, plon in points:
        plat, plon = math.radians(plat), math.radians(plon)
        a = (
            math.sin((plat - lat) / 2) ** 2
            + math.cos(lat) * math.cos(plat) * math.sin((plon - lon) / 2) ** 2
        )
        found.append(2 * 6371 * math.asin(math.sqrt(a)))
    return statistics.median(found)


def _host_country(location: Mention | None) -> str | None:
    """The country of the event's place when the report leaves no doubt of it: a country
    said with it, or a name only that country's places bear."""
    if location is None or location.place is None:
        return None
    if location.country:
        return location.country
    found = {place.country for place, _main in location.candidates}
    return found.pop() if len(found) == 1 else None


# Letters that only some alphabets of the programme's countries and their neighbours have
# ("ž" is Latvian, Lithuanian, Czech, Slovak, Slovene and South Slavic; "ő" Hungarian).
_LETTER_COUNTRIES = {
    "ā": "LV",
    "ē": "LV",
    "ī": "LV",
    "ģ": "LV",
    "ķ": "LV",
    "ļ": "LV",
    "ņ": "LV",
    "ū": "LV LT",
    "ė": "LT",
    "į": "LT",
    "ų": "LT",
    "ž": "LV LT CZ SK SI HR BA RS ME",
    "š": "LV LT CZ SK SI HR BA RS ME",
    "č": "LV LT CZ SK SI HR BA RS ME",
    "ő": "HU",
    "ű": "HU",
    "ł": "PL",
    "ą": "PL LT",
    "ę": "PL LT",
    "ś": "PL",
    "ź": "PL",
    "ż": "PL",
    "ń": "PL",
    "ș": "RO MD",
    "ş": "RO MD TR",
    "ț": "RO MD",
    "ţ": "RO MD",
    "ă": "RO MD",
    "đ": "HR BA RS ME",
    "ř": "CZ",
    "ů": "CZ",
    "ě": "CZ",
    "ľ": "SK",
    "ĺ": "SK",
    "ŕ": "SK",
    "ğ": "TR",
    "ı": "TR",
    "ø": "NO DK",
    "æ": "NO DK",
    "å": "NO DK SE FI",
    "ß": "DE AT",
}


def _country_by_letters(name: str, counts: Counter) -> str | None:
    """The report's most named country among those whose alphabets have every distinctive
    letter of a name the gazetteer lacks; None where no letter tells or none is named."""
    allowed: set[str] | None = None
    for letter in set(name.lower()):
        if letter in _LETTER_COUNTRIES:
            countries = set(_LETTER_COUNTRIES[letter].split())
            allowed = countries if allowed is None else allowed & countries
    if not allowed:
        return None
    named = [(counts[c], c) for c in sorted(allowed) if counts[c] > 0]
    return max(named)[1] if named else None


def _report_countries(text: str, mentions: list[Mention], gaz: Gazetteer) -> Counter:
    """How often the report names each country, by name or by a place only it has, plus
    once the country of the report's language (an Italian report is on Italy first)."""
    counts = Counter(_text_countries(text, gaz))
    for mention in mentions:
        found = {place.country for place, _main in mention.candidates}
        if len(found) == 1:
            counts[found.pop()] += 1
    return counts


@functools.lru_cache(maxsize=4)
def _text_countries(text: str, gaz: Gazetteer) -> Counter:
    """`named_countries`, plus once the country of the report's language: read once per
    text (several steps ask). Not to be changed: callers count on a copy."""
    counts = named_countries(text, gaz)
    home = _LANGUAGE_COUNTRY.get(language_of([fold(w) for w in _tokens(text)[1]]))
    if home:
        counts[home] += 1
    return counts


def named_countries(text: str, gaz: Gazetteer) -> Counter:
    """How often the report names each country (by name, adjective or initials)."""
    counts: Counter = Counter()
    tokens = _tokens(text)[1]
    for i, word in enumerate(tokens):
        if not word[0].isupper():
            continue
        if word in _COUNTRY_INITIALS:
            counts[_COUNTRY_INITIALS[word]] += 1
            continue
        pair = f"{word} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
        code = gaz.country_code(pair) if pair else None
        code = code or gaz.country_code(word)
        if code:
            counts[code] += 1
    return counts


# Countries written by their initials, upper case only ("us" is also a word).
_COUNTRY_INITIALS = {"US": "US", "USA": "US", "UK": "GB"}


def _confirm_whole_lists(text: str, mentions: list[Mention], excluded: set[int]) -> None:
    """An enumeration of three places or more, two of which take part, is a list of
    participants ("signed by the mayors of A, B, C and D"): its other places take part too."""
    run: list[Mention] = []
    for mention in [*mentions, None]:
        if mention is not None and run and _aside_after(text, run[-1], mention):
            continue  # "Manresa (Barcelona), Sabadell": the province said of an item
        if (
            mention is not None
            and run
            and participation.joined_in_a_list(text[run[-1].end : mention.start])
        ):
            run.append(mention)
            continue
        places_in_run = [m for m in run if m.place and not m.implausible]
        if len(places_in_run) >= 3 and sum(m.cued for m in places_in_run) >= 2:
            for m in places_in_run:
                if m.place.geonameid not in excluded and id(m) not in excluded:
                    m.cued = True
        run = [mention] if mention is not None else []


def _aside_after(text: str, item: Mention, mention: Mention) -> bool:
    """Whether a mention is the whole of a bracketed aside right after a list's item."""
    return bool(
        _OPENS_ASIDE.match(text[item.end : mention.start])
        and _CLOSES_ASIDE.match(text, mention.end)
    )


_OPENS_ASIDE = rx.compile(r"^\s*\($")
_CLOSES_ASIDE = rx.compile(r"\s*\)")


def _districts_as_their_cities(
    text: str, mentions: list[Mention], gaz: Gazetteer, location: Mention | None
) -> Mention | None:
    """A city's district takes part as its city, the authority: "Berlin-Neukölln" is
    Berlin, "la dzielnica Praga-Południe w Warszawie" and "el distrito de Lavapiés en
    Madrid" are Warsaw and Madrid; a district said with no city is dropped. Returns the
    location, its city when it named a district."""
    for index, mention in enumerate(mentions):
        if mention.place is None:
            continue
        joined = _city_of_a_joined_name(mention, gaz)
        if joined is not None:  # "Berlin-Neukölln": the city's name opens the district's
            cut = len(mention.surface.split("-")[0])
            mention.end, mention.surface, mention.place = (
                mention.start + cut,
                mention.surface[:cut],
                joined,
            )
            mention.candidates = ((joined, True),)
            continue
        left = text[max(0, mention.start - 40) : mention.start]
        if not _DISTRICT_BEFORE.search(left) or participation.numbered_district(left):
            continue
        city = next(
            (
                m
                for m in mentions[index + 1 : index + 2]
                if m.place
                and m.place.country == mention.place.country
                and m.place.population > mention.place.population
                and _IN_THE_CITY.fullmatch(text, mention.end, m.start)
            ),
            None,
        )
        if city is not None and mention.cued:
            city.cued = True
            city.cues.update(mention.cues)
        if location is mention:
            location = city
        mention.cued, mention.place = False, None
    return location


def _city_of_a_joined_name(mention: Mention, gaz: Gazetteer) -> Place | None:
    """The large city whose name opens a district's joined name ("Berlin-Neukölln",
    "Wien-Favoriten"), not a town's own double name ("Cluj-Napoca", "Baden-Baden")."""
    head, _, rest = mention.surface.partition("-")
    if not rest or " " in head:
        return None
    found = [
        p
        for p, _main in gaz.candidates(head)
        if p.country == mention.place.country
        and p.geonameid != mention.place.geonameid
        and p.population >= _DISTRICT_CITY_SIZE
        and p.population >= 2 * mention.place.population
    ]
    return max(found, key=lambda p: p.population) if found else None


_DISTRICT_CITY_SIZE = 100_000
# A district's noun right before its name: "the district of", "el distrito de", "il quartiere
# di", "der Bezirk", "dzielnica/dzielnicę", "cartierul", "η συνοικία".
_DISTRICT_BEFORE = rx.compile(
    r"(?<![\p{L}])(?:district|borough|neighbou?rhood|quarter|distretto|quartiere|rione|"
    r"distrito|barrio|bezirk|stadtteil|ortsteil|kiez|dzielnic\p{L}*|osiedl\p{L}*|"
    r"cartier\p{L}*|sectorul|συνοικί\p{L}*|quartier|arrondissement|wijk|stadsdeel|bairro|"
    r"freguesia)\s+(?:(?:of|di|de|del|von|der|des|du|do|da|the|la|el|il)\s+)*$",
    regex.I,
)
# Between a district's name and its city's: "in", "en", "w", "a", "din", "στην", or brackets.
_IN_THE_CITY = rx.compile(
    r"\s*(?:\(\s*|,?\s*(?:in|en|w|we|a|à|din|în|στην?|στο|im|von|of|di|de|do|da)\s+)"
    r"(?:(?:the|la|el)\s+)?"
)


def _lengthen_short_names(mentions: list[Mention]) -> None:
    """ "il Comune di Palazzo" after "Palazzo San Gervasio": a cued name that starts another
    cued place's longer name in the same report is that place, said short."""
    longer = {
        fold(m.place.name): m.place
        for m in mentions
        if m.cued and m.place and " " in m.place.name and " " in m.surface
    }  # said in full: "Foiano" after "Foiano di Val Fortore" is not Foiano della Chiana
    for mention in mentions:
        if not (mention.cued and mention.place) or " " in mention.surface:
            continue
        key = fold(mention.surface) + " "
        found = [p for name, p in longer.items() if name.startswith(key)]
        if len(found) == 1:
            mention.place = found[0]


def _drop_uncued_towns(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A small town's name is often a plain word or a surname ("Aue", "Patti"): without a
    close cue it names no place, neither a participant nor the venue. A small place beyond
    Europe needs more: a cue that names it a place (an authority's noun, its country after
    it), and a report that names its country ("the Municipality of X from Country")."""
    countries = None
    for mention in mentions:
        place = mention.place
        if place is None or not place.small:
            continue
        if place.country not in EUROPE and mention.cued:
            if countries is None:
                countries = named_countries(text, gaz)
            mention.cued = place.country in countries and bool(
                mention.cues & _NAMING_CUES
                or _listed_with_its_countrys_cities(mentions, mention)
                or _its_country_follows(text, mention, gaz)
            )
        if not mention.cued:
            mention.place = None


def _its_country_follows(text: str, town: Mention, gaz: Gazetteer) -> bool:
    """The town's own country right after it, perhaps after its region: "Malacatán, San
    Marcos, Guatemala", "Upala, Costa Rica"."""
    after = _REGION_AND_COUNTRY.match(text, town.end)
    return bool(after) and gaz.country_code(after.group("country")) == town.place.country


# ", Country" after a place, the country's name of one or two words
_COMMA_COUNTRY_FRAGMENT = r"\s*,\s*(?P<country>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)(?![\p{L}])"
_REGION_AND_COUNTRY = rx.compile(
    r"(?:\s*,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2})?"
    + _COMMA_COUNTRY_FRAGMENT
)


def _drop_regions_in_apposition(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A place between a small town and the town's country is the town's region, even
    where a town of its name exists: "Esquipulas, Chiquimula, Guatemala" names one town
    (not two cities listed before their country: "Salzburg, Graz, Austria")."""
    for town, region in zip(mentions, mentions[1:], strict=False):
        if not (town.place and region.place and town.place.small):
            continue
        if text[town.end : region.start].strip() != ",":
            continue
        after = _COMMA_COUNTRY.match(text, region.end)
        if after and gaz.country_code(after.group("country")) == town.place.country:
            region.place, region.cued = None, False


_COMMA_COUNTRY = rx.compile(_COMMA_COUNTRY_FRAGMENT)


def _listed_with_its_countrys_cities(mentions: list[Mention], town: Mention) -> bool:
    """A list's item beside two larger places of the town's country that take part ("las
    alcaldías de Bogotá, Cali y X"): the list names places of that country."""
    if "listed" not in town.cues:
        return False
    near = [
        m
        for m in mentions
        if m is not town
        and m.cued
        and m.place
        and not m.place.small
        and m.place.country == town.place.country
        and abs(m.start - town.start) <= _LIST_REACH
    ]
    return len(near) >= 2


_LIST_REACH = 200
# Close cues that say a name is a place's, not only that a place took part.
_NAMING_CUES = frozenset({"country", "noun", "right_noun", "noun_before"})


def _cue_backwards(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """ "Vilnius, Kaunas and Klaipeda (Lithuania)": the country closing a list cues all of it."""
    for index in range(len(mentions) - 1, 0, -1):
        later, earlier = mentions[index], mentions[index - 1]
        if not later.cued or earlier.cued:
            continue
        gap = text[earlier.end : later.start]
        if _BACKWARD_GLUE.match(gap):
            earlier.cued = True
            earlier.cues.add("backwards")
            if later.country:
                earlier.place = gaz.lookup(earlier.surface, country=later.country) or earlier.place


# "between Bari and Kraków", "tra Venezia e Danzica", "fra i comuni di Padova e Lubiana".
_BETWEEN = rx.compile(
    rf"\b(?:between|among|tra|fra|entre|zwischen)\s+(?:the\s+|i\s+|le\s+|la\s+|il\s+)?"
    rf"(?:{_MUNI_NOUN}\s+(?:of|di|de)\s+(?:the\s+)?)?$",
    regex.I | regex.REVERSE,
)
_PAIR_GLUE = rx.compile(
    r"^\s*(?:\([^()]{2,40}\)\s*)?(?:,|\band\b|\bed?\b|&|\bet\b|\by\b|\bund\b)\s*"
    rf"(?:the\s+|il\s+|la\s+)?(?:{_MUNI_NOUN}\s+(?:of|di|de)\s+(?:the\s+)?)?$",
    regex.I,
)
# A title line pairing two places: "Bari – Kraków", "Ghent and Porto compare ...".
_TITLE_GLUE = rx.compile(r"^\s*(?:[–—/-]|\band\b|\bed?\b|&)\s*$", regex.I)


def _cue_pairs(text: str, mentions: list[Mention]) -> None:
    """Two places joined by "and"/"e" after "between"/"tra", or paired in a title line."""
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        gap = text[first.end : second.start]
        if "\n" in gap:
            continue
        if _PAIR_GLUE.match(gap) and _BETWEEN.search(text[max(0, first.start - 60) : first.start]):
            first.cued = second.cued = True
            first.cues.add("between")
            second.cues.add("between")
            # "between Bari, Kraków and Riga": the rest of the list follows
            for k in range(index + 2, len(mentions)):
                if not _PAIR_GLUE.match(text[mentions[k - 1].end : mentions[k].start]):
                    break
                mentions[k].cued = True
                mentions[k].cues.add("between")
        elif _TITLE_GLUE.match(gap) and _is_title_line(text, first.start):
            first.cued = second.cued = True
            first.cues.add("title_pair")
            second.cues.add("title_pair")


def _is_title_line(text: str, position: int, lines: int = 3) -> bool:
    """A short line without a closing full stop among the first lines of the report."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    earlier_lines = sum(1 for x in text[:line_start].split("\n") if x.strip())
    return earlier_lines < lines and len(line) <= 100 and not line.endswith((".", ";", ":"))


_MUNI_BEFORE = rx.compile(
    r"(?:municipality|city|comune|città|town) (?:of|di) (?:the )?$", regex.I | regex.REVERSE
)
_BACKWARD_GLUE = rx.compile(r"^\s*(?:,|\band\b|\be\b|&)\s*$", regex.I)
# "Vilnius, 22-23 September 2022", "ROME, 3 May –", "Warszawa, 12.03.2021 –"
# ... its country said between: "Ghent (Belgium), 12 May", "Ghent, Belgium, 12 May"
_HEADER_PLACE = rx.compile(
    r"^\s*(?:\([^()\n]{2,30}\)|,\s*\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?(?=\s*,))?"
    r"\s*,\s*(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?(?:[\s-]|[./]\d{1,2}[./]\d{2,4}\b)",
    regex.I,
)
_HOSTED = rx.compile(r"^\s+(?:hosted|ha ospitato|ospita)\b", regex.I)


_LOCATION_LABEL = rx.compile(
    r"(?:^|\n)\s*(?:venue|location|place|where|luogo|sede|dove)\s*[:|–-]?\s*(?:[\p{L} ]{0,30},\s*)?$",
    regex.I | regex.REVERSE,
)


def _is_location(text: str, mention: Mention) -> bool:
    if _LOCATION_LABEL.search(text[max(0, mention.start - 60) : mention.start]):
        return True
    line_start = text.rfind("\n", 0, mention.start) + 1
    right = text[mention.end : mention.end + 40]
    if not text[line_start : mention.start].strip() and _HEADER_PLACE.match(right):
        return True  # a dateline: "Vilnius, 22-23 September 2022"
    sentence_start = not text[max(0, mention.start - 2) : mention.start].strip(" \n")
    if _HOSTED.match(right) and (
        sentence_start or _MUNI_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    ):
        return True
    left = text[max(0, mention.start - 160) : mention.start]
    sentence_start = max(left.rfind(". "), left.rfind("\n"))
    left = left[sentence_start + 1 :]
    if _VISIT_TO.search(left):
        return True
    if mention.start == line_start == 0 and _title_place_then_meeting(text, mention.end):
        return True  # a news title: "Kalmar, incontro sulla casa"
    if _VENUE_NOUN.match(right) and _is_title_line(text, mention.start, lines=4):
        return True  # a header's venue: "· Nantes City Hall"
    if _TITLE_KIND_IN.search(left) and _is_title_line(text, mention.start):
        return True  # a title: "Workshop in Lyon", "Laboratorio a Torino"
    if not _LOC_PREP.search(left):
        return False
    right = text[mention.end : mention.end + 160].split(". ")[0]
    return bool(_EVENT_VERB.search(left) or _EVENT_VERB.search(right[:80]))


# After a title's opening place: a separator, then lower case (not a second place of a pair).
_TITLE_SEPARATOR = rx.compile(r"\s*[,:–—]\s*\p{Ll}")
_MEETING_NOUN = rx.compile(
    r"\b(?:meeting|incontro|riunione|reunión|encuentro|treffen|spotkanie|συνάντηση|întâlnire)\b",
    regex.I,
)


def _title_place_then_meeting(text: str, end: int) -> bool:
    """Whether the title line goes on from the place at `end` with a separator and a meeting."""
    separator = _TITLE_SEPARATOR.match(text, end)
    if separator is None:
        return False
    line_end = text.find("\n", end) % (len(text) + 1)
    rest = text[end:line_end]
    return bool(_MEETING_NOUN.search(rest)) or kind.names_a_format(rest)


_VENUE_NOUN = rx.compile(r"^\s+(?:City Hall|Town Hall|Rathaus|Hôtel de Ville|Stadhuis)\b")
_TITLE_KIND_IN = rx.compile(
    r"\b(?:workshop|seminar|training|conference|forum|meeting|consultation|laboratorio|"
    r"seminario|formazione|conferenza|incontro|consultazione|riunione)\b[^\n.]{0,30}?"
    r"\s(?:in|at|a|ad|presso)\s+$",
    regex.I,
)


_CUED_NAME = rx.compile(
    r"(?i:municipalit(?:y|ies)|city|cities|town|comune|comuni|città|municipio|ayuntamiento|mayor|"
    r"sindac[oa])\s+(?:of|di|de)\s+(?:the\s+)?"
    # not the authority's own noun: "Mayor of the City of Lublin" names Lublin, not a "City"
    r"(?!(?i:city|town|municipality|comune|città|citta|ciudad|municipio|ayuntamiento)\b)"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)",
)


def _names_starting(gaz: Gazetteer, letter: str) -> tuple[str, ...]:
    return _names_by_letter(gaz).get(letter, ())


@functools.lru_cache(maxsize=4)
def _names_by_letter(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    return _by_first_letter(gaz.names)


def _by_first_letter(keys) -> dict[str, tuple[str, ...]]:
    """Name keys by first letter, in their order: one pass for all letters."""
    first = operator.itemgetter(slice(0, 1))
    # a stable sort by the first letter keeps each letter's keys in their order
    return {
        letter: tuple(found)
        for letter, found in itertools.groupby(sorted(keys, key=first), key=first)
    }


def _closest_place(gaz: Gazetteer, key: str) -> Place | None:
    """The place whose name is spelt closest to `key` (same first letter, 88% alike)."""
    if not key:
        return None
    best = process.extractOne(key, _names_starting(gaz, key[0]), scorer=fuzz.ratio, score_cutoff=88)
    return gaz.names[best[0]][0][0] if best else None


def _add_fuzzy(text: str, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """A cued name that the gazetteer lacks verbatim: try a close spelling."""
    for m in _CUED_NAME.finditer(text):
        start = m.start("name")
        if any(x.start <= start < x.end for x in mentions):
            continue
        place = _closest_place(gaz, fold(m.group("name")))
        if place:
            mentions.append(
                Mention(
                    start, m.end("name"), m.group("name"), place=place, cued=True, misspelt=True
                )
            )
    mentions.sort(key=lambda x: x.start)


# One unknown capitalised word as a list's item: between two of its towns, or last after two.
_ITEM_GLUE = r"(?:,|\band\b|\bed?\b|\by\b|\bi\b|\bund\b|\bet\b|\boraz\b|\bși\b|\bκαι\b|&)"
_ASIDE = r"(?:\s*\([^()\n]{2,30}\))?"  # "Lyon (France)": the country said of an item
_ITEM = r"(?P<name>(?-i:\p{Lu}\p{Ll}{3,}))"
_MIDDLE_ITEM = rx.compile(rf"^{_ASIDE}\s*,\s*{_ITEM}{_ASIDE}\s*{_ITEM_GLUE}\s*$", regex.I)
_LAST_ITEM = rx.compile(rf"{_ASIDE}\s*{_ITEM_GLUE}\s*{_ITEM}(?={_ASIDE}\s*(?:[.;:)\n]|$))", regex.I)
_LARGE_CITY = 500_000


def _add_misspelt_list_items(text: str, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """ "Lyon, Wroclav and Porto": an unknown capitalised item of an enumeration whose other
    items are participating towns is a town spelt with a slip (a wrong letter, a foreign
    spelling). The list is the context that makes a close spelling safe: a lone word may be
    a surname or a body, an item among towns is a town. Not in a list of case forms
    ("Warszawy, Pragi"): there the endings differ, and a near name is another case's."""
    towns = [m for m in mentions if m.place]
    found = []
    for first, second in itertools.pairwise(towns):
        if not (first.cued or second.cued):
            continue
        item = _MIDDLE_ITEM.match(text[first.end : second.start])
        if item is not None:
            start = first.end  # the match's offsets are relative to the gap
        elif participation.joined_in_a_list(text[first.end : second.start]):
            item, start = _LAST_ITEM.match(text, second.end), 0
        if item is None or first.inflected or second.inflected:
            continue  # a list in a case form: its unknown item is a case form, not a slip
        countries = {first.place.country, second.place.country}
        place = _misspelt_town(gaz, item.group("name"), countries)
        if place and not any(m.start <= start + item.start("name") < m.end for m in mentions):
            begin, end = start + item.start("name"), start + item.end("name")
            found.append(
                Mention(begin, end, item.group("name"), place=place, cued=True, misspelt=True)
            )
    if found:
        mentions.extend(found)
        mentions.sort(key=lambda x: x.start)


_SLIP_MIN_LENGTH = 7
_TWO_SLIPS_LENGTH = 10
# An unknown capitalised word with its country in brackets: "Florianopolys (Brasil)", misspelt.
_WORD_THEN_COUNTRY = rx.compile(
    r"(?<![\p{L}\p{M}'’-])(?P<name>\p{Lu}[\p{L}\p{M}'’-]{3,})\s*\((?P<country>\p{Lu}[\p{L}.]+"
    r"(?:\s\p{L}[\p{L}.]+){0,2})\)"
)


def _add_misspelt_with_country(text: str, gaz: Gazetteer, mentions: list[Mention]) -> None:
    """ "Florianopolys (Brasil)", "Liberya (Costa Rica)": a word the gazetteer does not know,
    with its country in brackets, is the one town of that country spelt within an edit of
    it (two for a long name): the brackets say it is a place, and the country where."""
    if "(" not in text:
        return
    found = []
    for match in _WORD_THEN_COUNTRY.finditer(text):
        country = gaz.country_code(match.group("country"))
        start, end = match.span("name")
        if country is None or any(m.start < end and start < m.end for m in mentions if m.place):
            continue
        place = _misspelt_town_of(gaz, match.group("name"), country)
        if place is not None:
            found.append(
                Mention(start, end, match.group("name"), place=place, cued=True, misspelt=True)
            )
    if found:
        mentions[:] = [
            m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)
        ]
        mentions.extend(found)
        mentions.sort(key=lambda x: x.start)


def _near_names(key: str, names: tuple[str, ...], edits: int) -> list[str]:
    """The names (the 20 nearest at most) spelt within `edits` edits of `key`."""
    return [
        name
        for name, _score, _i in process.extract(
            key, names, scorer=Levenshtein.distance, score_cutoff=edits, limit=20
        )
    ]


def _misspelt_town_of(gaz: Gazetteer, word: str, country: str) -> Place | None:
    """The one place or small town of `country` spelt within an edit of `word` (two for a
    long name); None when the word is a known name or several fit."""
    key = fold(word)
    if len(key) < _SLIP_MIN_LENGTH or key in gaz.names or gaz.small_towns(word):
        return None  # a short word is as near to many names: "Voio", "Lokron"
    edits = 2 if len(key) >= _TWO_SLIPS_LENGTH else 1
    fits: dict[int, Place] = {}
    for name in _near_names(key, _names_starting(gaz, key[0]), edits):
        fits.update((p.geonameid, p) for p, _main in gaz.names[name] if p.country == country)
    for name in _near_names(key, _town_names_starting(gaz, key[0]), edits):
        fits.update((p.geonameid, p) for p, _main in gaz.small_towns(name) if p.country == country)
    return next(iter(fits.values())) if len(fits) == 1 else None


@functools.lru_cache(maxsize=4)
def _town_names_by_letter(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    return _by_first_letter(gaz.town_index()[0])


def _town_names_starting(gaz: Gazetteer, letter: str) -> tuple[str, ...]:
    return _town_names_by_letter(gaz).get(letter, ())


def _misspelt_town(gaz: Gazetteer, word: str, countries: set[str]) -> Place | None:
    """The one town spelt within an edit of `word` (two for a long name), of the list's
    countries or a large city; None when the gazetteer knows the word or two towns fit."""
    key = fold(word)
    if not key or key in gaz.names:
        return None
    edits = 2 if len(key) >= 8 else 1
    fits = {
        place.geonameid: place
        for name in _near_names(key, _names_starting(gaz, key[0]), edits)
        for place, _main in gaz.names[name]
        if place.country in countries or place.population >= _LARGE_CITY
    }
    return next(iter(fits.values())) if len(fits) == 1 else None


def display_names(mentions: list[Mention], gaz: Gazetteer, *, text: str) -> dict[int, str]:
    """The name to report for each place: the English name, as far as the text tells it.

    An English report names a city in English, so its own spelling is kept ("Ghent", not
    GeoNames' "Gent"); other reports' exonyms ("Cracovia", "Bütow") and case forms give way
    to GeoNames' main name, which is the English one for cities that have an English name.
    """
    english = looks_english(text)
    names: dict[int, str] = {}
    # the fullest form said names the place ("Palazzo San Gervasio", not a later "Palazzo")
    for m in sorted(mentions, key=lambda x: -len(x.surface)):
        if not (m.cued and m.place) or m.place.geonameid in names:
            continue
        names[m.place.geonameid] = display_name(m, gaz, english=english)
    return names


def display_name(m: Mention, gaz: Gazetteer, *, english: bool) -> str:
    """The name to report for one mention's place (see `display_names`): the name the text
    and the gazetteer give, unless the place has an English exonym that the text does not
    write ("Heraklion" for "Irákleion"; not "Palma de Mallorca" for "Palma", nor "Landau"
    for "Landau in der Pfalz": a name the other only cuts short is the same name)."""
    name = _written_name(m, gaz, english=english)
    exonym = english_exonym(m.place)
    if exonym is None:
        return name
    said, other = fold(name).split(), fold(exonym).split()
    # one name the other one cut short: the text's ("Landau in der Pfalz", "Palma",
    # "Hidalgo del Parral") stands
    return name if set(said) <= set(other) or set(other) <= set(said) else exonym


def _written_name(m: Mention, gaz: Gazetteer, *, english: bool) -> str:
    # a place GeoNames lacks is listed under its official name ("Lampedusa e Linosa")
    if m.misspelt or m.place.geonameid < 0 or _one_letter_doubled(m.surface, m.place.name):
        return m.place.name
    if (
        m.place.country not in EUROPE
        and " " not in m.surface
        and fold(m.surface) != fold(m.place.name)
        and _spelt_otherwise(fold(m.surface), m.place)
    ):
        return m.place.name  # a city beyond Europe said in another spelling ("Tangiers")
    if (
        fold(m.place.name).startswith(fold(m.surface) + " ")
        and not any(p == m.place for p, _main in m.candidates)
        and fold(m.place.name)[len(fold(m.surface)) + 1 :] not in _GENERIC_LAST
    ):
        # a town said cut short that the name alone does not mean; not a city whose name
        # only adds "City" ("New York" for New York City): the text's name is the common one
        return m.place.name
    surface = m.surface.title() if m.surface.isupper() else m.surface
    if fold(surface) != fold(m.place.name):  # "Città di Castello" is the town's own name
        surface = _AUTHORITY_HEAD.sub("", surface)
    if _official_form_of(surface, m.place.name):
        return m.place.name
    short = rx.sub(r"\s+(?:City|Town|Municipality)$", "", surface)
    if (
        short != surface
        and fold(surface) != fold(m.place.name)  # "Salt Lake City" is the city's own name
        and any(p.geonameid == m.place.geonameid for p, _ in gaz.candidates(short))
    ):
        surface = short
    same_words = set(fold(surface).split()) <= set(fold(m.place.name).replace("nell", "").split())
    surface_words, main_words = set(fold(surface).split()), set(fold(m.place.name).split())
    fuller = surface_words > main_words  # "San Cristóbal de La Laguna", not "La Laguna"
    as_written = (
        (english and not _native_for_english(surface, m.place)) or same_words or fuller
    ) and not m.inflected
    return surface if as_written and _LATIN_NAME.match(surface) else m.place.name


def _native_for_english(surface: str, place: Place) -> bool:
    """A city an English report names in its own language ("Torino", "München", "Praha")
    where GeoNames' main name is the English one ("Turin"): the record wants English. A
    name sharing a word with it is another form of the same name ("St. Pölten")."""
    said, main = fold(surface), fold(place.name)
    return not set(said.split()) & set(main.split()) and fold(english_tag(place) or "") == main


_LATIN_NAME = rx.compile(r"^[\p{Latin}\p{M}'’. \-]+$")
_DOUBLED = rx.compile(r"(\p{L})\1")


def _one_letter_doubled(surface: str, name: str) -> bool:
    """ "Valetta" for Valletta: a name spelt with a double letter single, or a single one
    double, is the commonest slip; the gazetteer's spelling is the right one. Letters keep
    their accents here: "Aarhus" is the Danish spelling of Århus, not a slip."""
    said, main = surface.casefold(), name.casefold()
    return said != main and _DOUBLED.sub(r"\1", said) == _DOUBLED.sub(r"\1", main)


_MISSPELT = 90


def _official_form_of(surface: str, name: str) -> bool:
    """Whether `surface` writes the gazetteer's `name` otherwise: with spaces for hyphens
    ("Saint Jean de la Ruelle"), cut short before its qualifier or without its article
    ("Roquetas", "Coruña"), or a long name one letter off ("Roquetas del Mar")."""
    said, full = fold(surface).split(), fold(name).split()
    if said == full:
        return surface != name and "-" in name
    if len(said) < len(full):
        rest = len(full) - len(said)
        if full[: len(said)] == said and full[len(said)] in ROMANCE_LINKS:
            return True
        return rest == 1 and full[1:] == said and full[0] in ROMANCE_ARTICLES
    return (
        len(said) == len(full) >= 3
        and said[0] == full[0]
        and fuzz.ratio(" ".join(said), " ".join(full)) >= _MISSPELT
    )


_ENGLISH_WORDS = frozenset("the of and to in with for was were is are by from on".split())


@functools.lru_cache(maxsize=4)  # asked for the same report by several readers
def looks_english(text: str) -> bool:
    """Whether English function words make up a good share of the report's words."""
    words = rx.findall(r"\p{L}+", text[:5000].lower())
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return english * 12 >= len(words) > 0


def most_named(mentions: list[Mention]) -> Mention | None:
    """The first mention of the place the report names most often among those said to take
    part or to be where the parties met (every mention of them counted), or None when none
    is named twice or several are named most: a place said once is as likely a guest as the
    host, and of two said as often neither is more likely the host."""
    hosts = {m.place.geonameid for m in mentions if m.place and (m.cued or m.venue)}
    counts = Counter(m.place.geonameid for m in mentions if m.place and m.place.geonameid in hosts)
    if not counts:
        return None
    most = max(counts.values())
    if most < 2 or sum(1 for n in counts.values() if n == most) > 1:
        return None
    return next(m for m in mentions if m.place and counts.get(m.place.geonameid) == most)


def drop_mentions_in_names(text: str, mentions: list[Mention], names: list[str]) -> None:
    """A place's name said inside a person's longer name is part of that name ("consilierul
    Ovidiu Popa", "Bürgermeister Bogdan Nowak"): that mention names no place. A name
    said whole is rather the place ("primarul satului Gura Bîcului": no person)."""
    spans = [span for name in {n for n in names if " " in n} for span in rx.word_spans(text, name)]
    for mention in mentions:
        if any(
            start <= mention.start
            and mention.end <= end
            and end - start > mention.end - mention.start
            for start, end in spans
        ):
            mention.cued = False


def _opens_with_a_given_name(word: str) -> bool:
    """Whether a name the gazetteer lacks opens with a common given name ("Ana
    Pérez" after a Spanish "comuna", the city's administration): a person's name. Towns
    named after a person ("Mihai Viteazu") are in the gazetteer."""
    return fold(word) in given_names() and not word.isupper()


def municipalities(mentions: list[Mention], names: dict[int, str]) -> list[dict]:
    seen: dict[int, dict] = {}
    for m in mentions:
        if m.cued and m.place and m.place.geonameid not in seen:
            name = names.get(m.place.geonameid, m.place.name)
            seen[m.place.geonameid] = {"name": name, "country": m.place.country}
    return list(seen.values())
