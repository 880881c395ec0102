"""Authorities the gazetteer does not list, named by their own noun.

GeoNames lists towns, not every municipality a report names: the Greek and Cypriot
municipalities of the 2011 reform ("Δήμος Παιονίας"), merged comuni, rural communes and
gminas, councils beyond Europe ("Darebin City Council"). Where a report names an authority
by an explicit noun of its own ("the Municipality of X", "Comune di X", "Gmina X",
"Primăria X", "Δήμος X", "X Shire Council") and a capitalised name that no place bears,
that name is the authority's: `places` makes it a place of the country the noun's language
or the report says, and the close cue the noun gives decides, as for any place.

Pure functions on the text: no gazetteer here (`places` asks it first).
"""

import functools
import itertools
import unicodedata
from typing import NamedTuple

import regex

from . import patterns as rx
from .common_words import is_common_word
from .given_names import is_given_name

# An authority's noun right before its name, per language (a head the name follows in
# apposition or after the language's "of"). Greek names the municipality in the genitive.
_BEFORE = rx.compile(
    r"(?:(?<![\p{L}])(?:"
    # (not "the London Borough of X", a city's district)
    r"(?P<en>(?:(?i:municipality|city|town|village|township|(?:lord\s+)?mayor)|"
    r"municipalities|cities|towns)\s+of\s+(?:the\s+)?)|"
    r"(?P<it>(?i:comune|comuni|città|municipio|sindac[oa]|vicesindac[oa])\s+di\s+)|"
    r"(?P<es>(?i:ayuntamiento|ayuntamientos|municipio|municipios|municipalidad|alcaldía|"
    r"concello|concellos|ajuntament|alcalde|alcaldesa)\s+(?:de\s+|d['’]))|"
    r"(?P<pt>(?i:câmara\s+municipal|município|prefeitura)\s+d[eoa]\s+)|"
    r"(?P<fr>(?i:ville|commune|mairie|maire)\s+(?:de\s+|d['’]))|"
    r"(?P<de>(?:Stadt|Gemeinde|Marktgemeinde|Stadtgemeinde|Ortsgemeinde|Hansestadt|"
    r"Landeshauptstadt|Kreisstadt|Stadtverwaltung|(?:Ober)?[Bb]ürgermeister(?:in)?\s+von)\s+)|"
    r"(?P<nl>(?i:gemeente)\s+)|"
    # (not "miasta X", which names the town in the genitive as often as not)
    r"(?P<pl>(?i:gmina|gminy|gminie|gminą|miasto|urząd\s+gminy)\s+)|"
    r"(?P<ro>(?i:primăria|primăriei|comuna|comunei|ora[șş]ul|ora[șş]ului|municipiul|"
    r"municipiului|satul|satului)"
    r"\s+(?:(?i:municipiului|ora[șş]ului|comunei|satului)\s+)?)|"
    # (the municipality's noun, not its mayor's: "ο δήμαρχος Μπουτάρης" names the mayor)
    r"(?P<el>(?i:δήμος|δήμου|δήμο)\s+)"
    r"))$",
    regex.REVERSE,
)
# The words that may stand right before an authority's name: a noun's joining word, or a
# noun that takes the name without one (a cheap test before the pattern).
_LAST_WORDS = frozenset(
    "of the di de d do da von stadt gemeinde marktgemeinde stadtgemeinde ortsgemeinde "
    "hansestadt landeshauptstadt kreisstadt stadtverwaltung gemeente gmina gminy gminie "
    "gminą miasto primăria primăriei comuna comunei orașul orașului oraşul oraşului "
    "municipiul municipiului satul satului δήμος δήμου δήμο".split()
)
_COUNCIL_REACH = 80
# A number right after the name: a city's numbered division ("Sector 2", "District 5").
_NUMBERED = rx.compile(r"\s*\d")
# "the capital city of X", "la capitale città di X": X is a region or a country.
_CAPITAL_BEFORE = rx.compile(r"(?<![\p{L}])(?i:capital|capitale|capitala)\s+$")


def _council_near(text: str, start: int) -> bool:
    window = text[start : start + _COUNCIL_REACH]
    return "Council" in window or "Municipality" in window


# English councils after the name: "Darebin City Council", "Livingstone Shire Council".
_AFTER = rx.compile(
    r"\s+(?:(?P<kept>Shire)\s+Council|(?:City|Town|Borough|District|Municipal|Regional)\s+"
    r"Council|Municipality)(?![\p{L}])"
)
# "the Mayor of Darebin Council": after an officer of the authority, a plain "Council".
_OFFICER_BEFORE = rx.compile(r"(?:(?<![\p{L}])(?i:mayor|councillor|cr)\s+of\s+)$", regex.REVERSE)
_COUNCIL_AFTER = rx.compile(r"\s+Council(?![\p{L}])")
_AUTHORITY_NEXT = rx.compile(
    r"\s+(?i:council|district|municipality|region|province|county)(?![\p{L}])"
)

# A name's words: capitalised, perhaps joined by a hyphen or a small word ("Castel di Sangro",
# "Neapoli-Sykies"); three capitalised words at most.
_PART = r"\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:['’]\p{L}[\p{Ll}\p{M}]*)*"
_NAME_WORD = rx.compile(rf"{_PART}(?:-{_PART})*")
_NAME_LINKS = frozenset(
    "de del della di da do dos das la le el al am an der sul sur e y con".split()
)
_MAX_WORDS = 3
# An authority's own words end its name ("Darebin Council", "Comune di X Capofila").
_AUTHORITY_WORDS = frozenset(
    "council city town municipality municipal shire borough district regional county "
    "metropolitan government hall comune città municipio ayuntamiento stadt gemeinde "
    "gmina miasto primăria δήμος δήμου".split()
)
# German and Dutch nouns are capitalised: a capitalised word after "Stadt" that the report
# also gives an article, or with a noun's ending, is a noun ("die Stadt Flüchtlinge aufnimmt").
_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine de het een "
    "the a an il lo la le gli i un una el los las".split()
)
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät", "linge", "nisse", "ismus")

# Continents and seas that follow a city's noun ("cities of Europe", "πόλεις της Ευρώπης").
_CONTINENTS = frozenset(
    "europe europa africa afrika asia asien america americas amerika oceania australia "
    "mediterranean mediterraneo mediterráneo balkans balcani world mondo mundo welt "
    "european african asian american arab nordic baltic balkan latin western eastern "
    "northern southern central north south east west "
    "ευρωπη ευρωπης αφρικη αφρικης ασια ασιας αμερικη αμερικης μεσογειος μεσογειου".split()
)
# Greek: a municipality's name in the genitive, to its nominative (on unaccented letters).
_SAINTS = {"αγιου": "αγιος", "αγιας": "αγια", "αγιων": "αγιοι", "αγιοι": "αγιοι"}


class Named(NamedTuple):
    start: int
    end: int
    name: str  # the authority's name in Latin letters, in the nominative
    language: str  # the noun's language, which tells the country where the report does not
    words: tuple[str, ...]  # its words as said (Greek: in the nominative), for a country's
    # the nominatives a Greek genitive may be of ("Πολυγύρου": Polygyro, Polygyros), the
    # name alone elsewhere
    options: tuple[str, ...] = ()


def named_authority(text: str, start: int, *, known: bool = False) -> Named | None:
    """The authority named from `start` (a capitalised word the gazetteer does not know,
    or only as a far namesake's: `known`) when an explicit noun of a municipality stands
    right before it, or a council's after it; None where the words are no name (a common
    word, a noun, a person's name)."""
    before = text[max(0, start - 24) : start].rstrip()
    last = before.rsplit(None, 1)[-1].lower().rstrip("'’") if before else ""
    if last not in _LAST_WORDS and not _council_near(text, start):
        return None  # most capitalised words: no noun or list before, no council after
    head = _BEFORE.search(text, max(0, start - 45), start)
    if head is None and not _council_near(text, start):
        return None
    run = _name_run(text, start)
    if run is None:
        return None
    end, words = run
    if _NUMBERED.match(text, end):
        return None  # "Sector 2", "District 5": a city's numbered division
    if head is not None:
        if _CAPITAL_BEFORE.search(text, max(0, head.start() - 16), head.start()):
            return None  # "the capital city of X": a region's or a country's capital
        if _AUTHORITY_NEXT.match(text, end) and not _OFFICER_BEFORE.search(head.group()):
            return None  # "the Mayor of the Central District": a district's or a body's name
        language = next(k for k, v in head.groupdict().items() if v)
        if language == "el":
            return _greek(text, start, end, words)
        if language == "en" and not known and len(words) == 1 and is_common_word(words[0]):
            return None  # "a City of Sanctuary", "the Town of Culture": a title, no town
        if known or _plain_name(text, words, german=language in ("de", "nl")):
            return Named(start, end, _with_kept(text, end, words), language, tuple(words))
        return None
    after = _AFTER.match(text, end) or (
        _OFFICER_BEFORE.search(text, max(0, start - 30), start) and _COUNCIL_AFTER.match(text, end)
    )
    if after is None or not (known or _plain_name(text, words, german=False)):
        return None
    return Named(start, end, _with_kept(text, end, words), "en", tuple(words))


def _with_kept(text: str, end: int, words: list[str]) -> str:
    """The name, with the council's word that is part of it ("Kurrawong Shire")."""
    after = _AFTER.match(text, end)
    kept = after.group("kept") if after is not None else None
    return " ".join([*words, kept] if kept else words)


def _name_run(text: str, start: int) -> tuple[int, list[str]] | None:
    """The end and the words of the capitalised run from `start`; None where it is longer
    than a name (a body's title: "City of Sanctuary Local Authority Network") or holds a
    capitalised word that is no name's (an acronym, "LAs"). A given name followed by another
    capitalised word ends it: "il sindaco di Busca Mario Rossi" names the officer next. Past
    three words, "and" joins the next item, not a name's parts ("Lampedusa e Linosa" is one
    comune, "il Comune di A B e C D" two)."""
    words: list[str] = []
    pending: list[str] = []
    at = end = start
    while True:
        word = _NAME_WORD.match(text, at)
        if word is None or word.group().casefold() in _AUTHORITY_WORDS:
            if word is None and text[at : at + 1].isupper():
                return None
            break
        if words and is_given_name(word.group()) and _NAME_WORD.match(text, word.end() + 1):
            break
        words += [*pending, word.group()]
        pending = []
        if sum(1 for w in words if not w.islower()) > _MAX_WORDS:
            joined = [i for i, w in enumerate(words) if w in _AND_LINKS]
            if not joined:
                return None
            words = words[: joined[0]]
            end = _end_of(text, start, words)
            break
        end = at = word.end()
        link = _LINK.match(text, at)
        if link is not None and link.group(1) in _NAME_LINKS:
            pending, at = [link.group(1)], link.end()
        elif text[at : at + 1] == " " and text[at + 1 : at + 2].isupper():
            at += 1
        else:
            break
    return (end, words) if words else None


def _end_of(text: str, start: int, words: list[str]) -> int:
    """Where the first words of a run end in the text."""
    at = start
    for word in words:
        at = text.index(word, at) + len(word)
    return at


_AND_LINKS = frozenset({"e", "y"})
_LINK = rx.compile(r" (\p{Ll}+) (?=\p{Lu})")


def _plain_name(text: str, words: list[str], *, german: bool) -> bool:
    """Whether capitalised words read as a name: none of them said in lower case elsewhere
    in the report (a common word: "Social", "Culture"), none a German noun, no acronym,
    no continent ("cities of Europe")."""
    lower = _lower_words(text)
    for word in words:
        if word.islower():
            continue
        for part in word.split("-"):
            key = part.casefold()
            if key in _CONTINENTS:
                return False
            if len(key) >= 3 and key in lower:
                return False
            if german and (key.endswith(_NOUN_ENDINGS) or _has_article(text, part)):
                return False
    return True


@functools.lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(w for w in rx.findall(r"\p{L}+", text) if w.islower())


def _has_article(text: str, word: str) -> bool:
    """Whether the report puts an article right before the word somewhere."""
    for before in rx.one_off(rf"(\p{{L}}+)\s+{regex.escape(word)}(?![\p{{L}}])").findall(text):
        if before.casefold() in _ARTICLES:
            return True
    return False


def _greek(text: str, start: int, end: int, words: list[str]) -> Named | None:
    """A Greek municipality's name in the genitive ("Παιονίας", "Νεάπολης-Συκεών"), in the
    nominative and in Latin letters ("Paionia"), with the other nominatives it may be of;
    None for a genitive plural, of too many."""
    pieces = [piece for word in words for piece in word.split("-")]
    if any(_unaccented(p) in _CONTINENTS for p in pieces):
        return None
    forms = [greek_nominatives(p) for p in pieces]
    if not all(forms):
        return None
    options = []
    for chosen in itertools.product(*forms):
        latin, i = [], 0
        for word in words:
            n = len(word.split("-"))
            latin.append("-".join(greek_latin(p).capitalize() for p in chosen[i : i + n]))
            i += n
        options.append(" ".join(latin))
    return Named(start, end, options[0], "el", tuple(f[0] for f in forms), tuple(options))


def _unaccented(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain[:-1] + "ς" if plain.endswith("σ") else plain  # a final sigma, as written


def greek_nominatives(word: str) -> tuple[str, ...]:
    """The nominatives a Greek place's name said in the genitive may be of, unaccented and
    in lower case: "Παιονίας" -> "παιονια", "Θέρμης" -> "θερμη"; "Πολυγύρου" -> "πολυγυρο"
    or "πολυγυρος", "Χαλανδρίου" -> also "χαλανδρι"; a name that does not decline stays
    ("Αιγάλεω"); a genitive plural ("-ων") may be of a neuter, a feminine or a masculine
    plural ("Ανωγείων" -> "ανωγεια", "Σερρών" -> "σερρες", "Λειψών" -> "λειψοι")."""
    key = _unaccented(word)
    if key in _SAINTS:
        return (_SAINTS[key],)
    if not rx.fullmatch(r"\p{Greek}+", key):
        return ()
    if key.endswith("ων"):
        stem = key[:-2]
        return (stem + "α", stem + "ες", stem + "οι") if len(stem) >= 3 else ()
    if key.endswith(("ας", "ης")):
        return (key[:-1],)
    if key.endswith("ου"):
        stem = key[:-2]
        return (stem + "ο", stem + "ος", *((stem,) if stem.endswith("ι") else ()))
    return (key,)


# ELOT 743 with the usual English readings of "γκ", "μπ" and "ντ" (g, b, d at a word's
# start; ng, mp, nt within it), as place names are written in English ("Engomi", "Paionia").
_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "γγ": "ng"}
_GREEK_STOPS = {"γκ": ("g", "ng"), "μπ": ("b", "mp"), "ντ": ("d", "nt")}
_GREEK_VOWEL_U = {"αυ": "a", "ευ": "e", "ηυ": "i"}
_VOICELESS = frozenset("θκξπστφχψ")
_GREEK_LETTERS = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(),
        strict=True,
    )
)


def greek_latin(word: str) -> str:
    """An unaccented lower-case Greek word in Latin letters ("παιονια" -> "paionia")."""
    out, i = [], 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
        elif pair in _GREEK_STOPS:
            out.append(_GREEK_STOPS[pair][0 if i == 0 else 1])
        elif pair in _GREEK_VOWEL_U:
            follows = word[i + 2 : i + 3]
            out.append(
                _GREEK_VOWEL_U[pair] + ("f" if not follows or follows in _VOICELESS else "v")
            )
        else:
            out.append(_GREEK_LETTERS.get(word[i], word[i]))
            i += 1
            continue
        i += 2
    return "".join(out)
