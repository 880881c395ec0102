"""Given names common in Europe, to tell a person named without title or role ("Ada Colau
took part") from any other pair of capitalised words.

The list is the name dictionary that the gender-guesser package ships (about 48,000 given
names with their frequency per country). A name counts when it is at least moderately
common in a European country, so that rare names that are also words, places or brands
stay out. The file is read from the installed package (its data is under the GNU Free
Documentation License), never copied into the project.
"""

import functools
import re
import unicodedata
from importlib import resources

from .text import fold

# The dictionary's country columns (one character each, from column 30 of a line), in
# its own order; the European ones are kept.
_COUNTRIES = (
    "great_britain ireland usa italy malta portugal spain france belgium luxembourg "
    "the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland "
    "estonia latvia lithuania poland czech_republic slovakia hungary romania bulgaria "
    "bosniaand croatia kosovo macedonia montenegro serbia slovenia albania greece russia "
    "belarus moldova ukraine"
).split()
_OUTSIDE_EUROPE = {"usa", "russia", "belarus"}
_GREECE = _COUNTRIES.index("greece")
# Greek given names that are above all nouns of these reports: "Δήμος" (a municipality)
_GREEK_WORDS = frozenset({"dimos"})
_EUROPEAN_COLUMNS = tuple(i for i, c in enumerate(_COUNTRIES) if c not in _OUTSIDE_EUROPE)


def _runs(columns: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """Neighbouring columns as (start, stop) slices: a line is read a slice at a time."""
    runs: list[list[int]] = []
    for column in columns:
        if runs and runs[-1][1] == column:
            runs[-1][1] = column + 1
        else:
            runs.append([column, column + 1])
    return tuple((start, stop) for start, stop in runs)


_EUROPEAN_RUNS = _runs(_EUROPEAN_COLUMNS)
# Given names that are above all words of these reports ("Urban Agenda", "Roma families",
# "Will Work"): a name starting with one needs a title or a role to be a person.
_MOSTLY_WORDS = frozenset(
    "urban will may mark rose grace hope faith joy summer bill frank roma sinti europa "
    "justice unity liberty victory".split()
)
# Frequencies are written 1-9 then A-D (hex-like, growing): 3 is "not rare" in the source.
_COMMON_ENOUGH = "3"


@functools.cache
def given_names() -> frozenset[str]:
    """Folded given names common enough in at least one European country."""
    return _read_names()[0]


@functools.cache
def _read_names() -> tuple[frozenset[str], ...]:
    """The common given names, those of them given to women only (first column "F", and
    no line giving the name to men), the names of any frequency given to men only, the
    names of any frequency in any country, and those of them met in Greece."""
    found, women, others = set(), set(), set()
    any_women, any_men = set(), set()  # of any frequency: a rare name's gender
    anywhere, greek = set(), set()
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            if line[0] in "#=":
                continue
            gender = line[:2]
            spelled = fold(line.split()[1].replace("+", " "))
            (any_women if "F" in gender else any_men if "M" in gender else set()).add(spelled)
            columns = line[30:]
            if columns.split("$")[0].strip():
                anywhere.add(spelled)
                if columns[_GREECE : _GREECE + 1].strip():
                    greek.add(spelled)
            european = "".join(columns[start:stop] for start, stop in _EUROPEAN_RUNS)
            if max(european, default=" ") < _COMMON_ENOUGH:
                continue
            name = line.split()[1]
            # "+" joins the parts of a compound name written together, apart or hyphenated
            for spelling in {name.replace("+", joint) for joint in ("", " ", "-")}:
                found.add(fold(spelling))
                (women if line[:2] == "F " else others).add(fold(spelling))
    return (
        frozenset(found - _MOSTLY_WORDS),
        frozenset(women - others),
        frozenset(any_men - any_women),
        frozenset(w for w in anywhere - _MOSTLY_WORDS if len(w) > 2),
        frozenset(greek - _GREEK_WORDS),
    )


# Modern Greek as Greek names are spelled in Latin letters (ELOT 743, as passports write
# them: "Γιάννης" -> "Giannis", "Βασίλης" -> "Vasilis"); the project's folding transliterates
# the ancient way ("giannes", "basiles"), which the dictionary's Greek names never use.
_GREEK_PAIRS = {"ου": "ou", "αυ": "av", "ευ": "ev", "ντ": "nt", "μπ": "mp", "γγ": "ng"}
_GREEK_LETTERS = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(),
        strict=True,
    )
)


def _greek_latin(word: str) -> str:
    letters = "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)
    )
    out, i = [], 0
    while i < len(letters):
        pair = _GREEK_PAIRS.get(letters[i : i + 2])
        if pair:
            if pair in ("av", "ev") and (i + 2 == len(letters) or letters[i + 2] in _VOICELESS):
                pair = pair[0] + "f"  # "Ευστάθιος" -> "Efstathios", "Λευτέρης" -> "Lefteris"
            out.append(pair)
            i += 2
            continue
        out.append(_GREEK_LETTERS.get(letters[i], letters[i]))
        i += 1
    return "".join(out)


# ELOT writes "αυ", "ευ" as "af", "ef" before a voiceless consonant and at a word's end
_VOICELESS = frozenset("θκξπστφχψ")
# "γι" before a vowel is also spelled "y" or "j" ("Γιάννης" -> "Yannis", "Γιώργος" -> "Jorgos")
_GI_VOWEL = re.compile(r"gi(?=[aeiouy])")


def _greek_spellings(word: str) -> set[str]:
    latin = _greek_latin(word)
    return {latin, _GI_VOWEL.sub("y", latin), _GI_VOWEL.sub("j", latin)}


@functools.lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    folded = fold(word)
    if folded in given_names():
        return True
    if _GREEK_WORD.fullmatch(word) is None:
        return False
    # a Greek name in Greek letters is no word of another language: any name the
    # dictionary gives to Greece, however rare ("Θανάσης", "Γιώργος" as "Jorgos")
    spellings = _greek_spellings(word)
    return bool(spellings & given_names() or spellings & _read_names()[4])


def is_known_name(word: str) -> bool:
    """Whether a word is a given name anywhere in the world, however rare ("Ngozi" is not,
    "Aylin", "Mamadou" are): a name to take where the text already says a person stands."""
    return is_given_name(word) or fold(word) in _read_names()[3]


_GREEK_WORD = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]+")


# Given names men bear too, but only as a second name ("José María", "Carlo Maria"): a name
# that opens with one is a woman's
_WOMENS_FIRST_NAMES = frozenset({"maria", "marie", "mariam"})


def is_womans_name(name: str) -> bool:
    """Whether a person's name starts with a given name that only women bear ("Ada Colau"),
    in Latin or in Greek letters ("Μαρία Παππά")."""
    first = name.split()[0] if name.split() else ""
    if fold(first) in _read_names()[1] or fold(first) in _WOMENS_FIRST_NAMES:
        return True
    if _GREEK_WORD.fullmatch(first) is None:
        return False
    spellings = _greek_spellings(first)
    return bool(spellings & _read_names()[1] or spellings & _WOMENS_FIRST_NAMES)


def is_mans_name(name: str) -> bool:
    """Whether a person's name starts with a given name the dictionary gives to men only,
    however rare ("Xulio Ferreiro"): the gender of a name too rare to count on its own."""
    first = name.split()[0] if name.split() else ""
    return fold(first) in _read_names()[2]
