"""Small text helpers shared by the extraction modules: folding, sentences and word look-up."""

import bisect
import functools
from collections.abc import Iterable

import ahocorasick

from citypeers.core.text import fold as core_fold

from . import patterns as rx

# Title-case word in any Latin alphabet (Łódź, Ǵorče, O'Neill, Cluj-Napoca).
CAP_WORD = r"\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"
WORD = r"[\p{L}\p{M}'’]+(?:-[\p{L}\p{M}'’]+)*"


@functools.lru_cache(maxsize=200_000)
def fold(text: str | None) -> str:
    """The project's one folding (`citypeers.core.text.fold`), cached for the extractor.

    The network directory keys municipality names with the same function, so a name the
    extractor finds and a name the directory stores fold alike ("Ærø" -> "aero").
    """
    return core_fold(text)


def normalise_text(text: str) -> str:
    """Unify line ends, non-breaking spaces and zero-width characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = (
        text.replace("\u00a0", " ")
        .replace("\u200b", "")
        .replace("\ufeff", "")
        .replace("\u2009", " ")
    )
    # a run of blanks becomes one space; a lone space stays as it is, so only longer runs
    # and tabs are replaced (most reports have none: then the text is not scanned again)
    if "  " in text or "\t" in text:
        text = rx.sub(r"[ \t]{2,}|\t", " ", text)
    return text.strip()


_LETTERS = rx.compile(r"\p{L}+")


@functools.lru_cache(maxsize=8)
def _letter_runs(text: str) -> frozenset[str]:
    return frozenset(_LETTERS.findall(text))


def says_word(text: str, word: str) -> bool:
    """Whether `text` says `word` with no letter right before or after it.

    A word of letters only is one of the text's runs of letters, read once per text; any
    other is looked for as it is, its ends checked: no pattern is compiled per word asked
    about (a long import meets names without end).
    """
    if _LETTERS.fullmatch(word):
        return word in _letter_runs(text)
    return rx.says_word_at_all(text, word)


# The words that join the last items of a list ("Rome and Turin", "Roma e Torino", "Kraków i
# Gdańsk"), per language of the reports: one lexicon for every reader of lists ("şi" is the
# older cedilla spelling of Romanian "și", "si" the one without a mark).
AND_WORDS = {
    "en": ("and",),
    "it": ("e", "ed"),
    "es": ("y",),
    "de": ("und",),
    "fr": ("et",),
    "pl": ("i", "oraz"),
    "ro": ("și", "şi", "si"),
    "el": ("και",),
    "mt": ("u",),
}
AND_LIST = tuple(word for words in AND_WORDS.values() for word in words)
# The same as a pattern's alternatives.
AND_ALTERNATIVES = "|".join(AND_LIST)
# The particles inside a surname ("Jan van der Berg", "Birgit zur Nieden", "Shadi Sharaf
# al-Deen"); not the Spanish "y": between capitalised words it most often joins two people
# ("Juan Gil y Pedro Sanz") or a unit's two fields, seldom a surname ("Ortega y Gasset").
SURNAME_PARTICLES = (
    "van|von|zur|zu|de|di|da|del|della|der|den|du|dos|das|la|le|ten|ter|bin|ibn|el|al"
)
# The words that offer the last item of a list as another choice ("Dresden or Leipzig",
# "Dresden oder Leipzig"): a list of examples goes on with them.
OR_WORDS = {
    "en": ("or",),
    "it": ("o", "oppure"),
    "es": ("o", "u"),
    "de": ("oder",),
    "fr": ("ou",),
    "pl": ("lub", "albo"),
    "ro": ("sau",),
    "el": ("ή",),
    "mt": ("jew",),
}
OR_ALTERNATIVES = "|".join(dict.fromkeys(word for words in OR_WORDS.values() for word in words))

# A municipality's own nouns, per language, and the word that joins one to the town's name
# where the language has one ("City of Lyon", "Comune di Bra", "Concello de Vigo"; "Stadt
# Aue", "Gmina Kłodzko", "Municipiul Cluj", "Δήμος Αθηναίων"): one lexicon for the readers of
# an authority's name.
AUTHORITY_NOUNS = {
    "en": ("City", "Town", "Municipality"),
    "it": ("Comune", "Città"),
    "es": ("Ayuntamiento", "Municipio"),
    "gl": ("Concello",),
    "de": ("Stadt", "Hansestadt", "Gemeinde", "Markt"),
    "pl": ("Gmina", "Miasto"),
    "ro": ("Orașul", "Municipiul", "Comuna", "Primăria"),
    "el": ("Δήμος",),
}
AUTHORITY_OF = {"en": "of", "it": "di", "es": "de", "gl": "de"}
# The authority's noun opening a town's name, with its joining word ("Comune di Bra").
AUTHORITY_HEADS = "|".join(
    f"(?:{'|'.join(nouns)}) {AUTHORITY_OF[lang]}" if lang in AUTHORITY_OF else "|".join(nouns)
    for lang, nouns in AUTHORITY_NOUNS.items()
)
# The nouns that stand right before a town's name, without a joining word ("Stadt Aue").
AUTHORITY_BEFORE_NAME = "|".join(
    noun for lang, nouns in AUTHORITY_NOUNS.items() if lang not in AUTHORITY_OF for noun in nouns
)
AUTHORITY_NOUN_ALTERNATIVES = "|".join(n for nouns in AUTHORITY_NOUNS.values() for n in nouns)

_ITALIAN_WORDS = frozenset(
    "il lo la gli le di del della dei degli delle che per con è sono un una nel nella tra".split()
)
_ENGLISH_WORDS = frozenset("the of and to in with for was were is are by from between on".split())


def looks_italian(text: str) -> bool:
    """Whether a report is written in Italian rather than English (function-word count)."""
    words = rx.findall(r"\p{L}+", text[:5000].lower())
    italian = sum(1 for w in words if w in _ITALIAN_WORDS)
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return italian > english


# Not the full stop of a day or an ordinal ("vom 3. bis 14. November", "3. Treffen"): one
# or two digits before it.
_SENTENCE_END = rx.compile(r"(?<!(?<![\d.])\d{1,2})\.\s|[!?]\s|\n")


@functools.lru_cache(maxsize=4)
def _sentence_end_spans(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the sentence ends in `text`, found once per report."""
    spans = [m.span() for m in _SENTENCE_END.finditer(text)]
    return [s for s, _e in spans], [e for _s, e in spans]


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Where sentence ends (`. `, a line end) end in `text[start:end]`, as positions in `text`.

    The same as scanning the slice, with one scan of the text for all the windows of a
    report: a window's ends are the text's that lie inside it, and a line end opening the
    window, which the text's scan reads with the full stop before it.
    """
    starts, ends = _sentence_end_spans(text)
    inside = ends[bisect.bisect_left(starts, start) : bisect.bisect_right(ends, end)]
    opening = start < end and start < len(text) and text[start] == "\n"
    if opening and (not inside or inside[0] != start + 1):
        inside.insert(0, start + 1)
    return inside


def sentence_span(
    text: str, start: int, end: int, reach: int, ends_sentence=None
) -> tuple[int, int]:
    """Where the sentence around `text[start:end]` starts and ends, looked for within
    `reach` characters either side (a sentence end inside the span does not count);
    `ends_sentence(text, end)`, when given, says which ends count (not an abbreviation's)."""
    low, high = max(0, start - reach), min(len(text), end + reach)
    ends = sentence_ends(text, low, high)
    if ends_sentence is not None:
        ends = [e for e in ends if ends_sentence(text, e)]
    begin = max((e for e in ends if e <= start), default=low)
    return begin, min((e for e in ends if e > end), default=high)


def length_automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over `words` whose value is each word's length, so that a
    match's (end, length) gives its span: one pass over a text finds every word."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton
