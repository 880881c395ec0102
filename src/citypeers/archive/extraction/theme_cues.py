"""Themes from the multilingual cue lexicon, weighed by where each cue appears.

A report's text is folded (lower case, accents dropped, Greek kept in its script), cut
into segments (the title, headings, sentences) and tokenised once. Each token is looked
up in a cached index of the lexicon's word stems, so the work is linear in the text:
one pass over the tokens, a few dictionary look-ups per token, and the token cache
shared by every report.

A cue's weight (strong 2, weak 1, context 0.5) is multiplied by its segment's: the title names what
the meeting was about, and so, a little less, do a sentence that says what was discussed
("the topics were", "si è discusso di", "Themen waren") and the headings. The weights
were calibrated on every annotated report (the third-party gold and the project's own),
each change raising every batch. A theme is taken when
its total reaches `THRESHOLD`, so one passing mention in an ordinary sentence ("the
delegation visited a school") is not enough, while the same word in the title, in an
agenda line, in a sentence announcing the topics, or repeated, is.
"""

import functools
import unicodedata
from dataclasses import dataclass

import ahocorasick

from . import patterns as rx
from .theme_lexicon import CONTEXT, LEXICON

STRONG, WEAK, CONTEXT_WEIGHT = 2.0, 1.0, 0.5
TITLE, HEADING, TOPIC, BODY = 3.0, 1.5, 2.0, 1.0
THRESHOLD = 2.0
# The same cue counts at most this many times, so one word repeated does not make a theme.
MAX_REPEATS = 2
# At most this many short words between the words of a "~" phrase ("centri di accoglienza").
GAP = 2

_FOLD = (
    ("ł", "l"), ("ß", "ss"), ("ø", "o"), ("đ", "d"), ("ħ", "h"), ("ı", "i"), ("æ", "ae"),
    ("œ", "oe"), ("ς", "σ"), ("’", "'"), ("ʼ", "'"),
)  # fmt: skip
_MARKS = rx.compile(r"\p{M}+")
_TOKEN = rx.compile(r"\w+")
_TOKEN_OR_STOP = rx.compile(r"\w+|[.!?;:]")
_STOPS = frozenset(".!?;:")

# Words that say a sentence names the meeting's topics, folded, as stems (prefix match).
_TOPIC_STEMS = tuple(
    """
    topic theme themat focus discuss debat agenda session workshop tackl dealt explor
    priorit issue challeng addressed
    tema temi tematic focaliz dibatt affront sessio tavol confront sfid incentrat
    temas abord eje ejes mesa sesion taller reto
    thema themen schwerpunkt diskut diskussion sitzung frage herausforder austausch
    θεμα θεματ συζητ εστια επικεντρ ζητημα προκλησ ενοτητ
    temat dyskus omaw rozmow skupi zagadnien warsztat sesj wyzwan priorytet
    dezbat discut sesiun atelier provocar prioritat
    diskuss iddiskut sessjoni sfidi prijorit
    """.split()
)


def fold(text: str) -> str:
    """Lower case without accents; Greek and other scripts stay in their letters."""
    text = text.lower()
    if text.isascii():
        return text
    for letter, plain in _FOLD:
        if letter in text:
            text = text.replace(letter, plain)
    return _MARKS.sub("", unicodedata.normalize("NFKD", text))


@dataclass(frozen=True)
class _Word:
    kind: str  # "exact", "prefix" or "infix"
    stem: str

    def matches(self, token: str) -> bool:
        if self.kind == "exact":
            return token == self.stem
        if self.kind == "prefix":
            return token.startswith(self.stem)
        return self.stem in token


@dataclass(frozen=True)
class _Cue:
    language: str
    slug: str
    weight: float
    words: tuple[_Word, ...]
    gap: bool
    text: str


def _variants(item: str) -> list[str]:
    """ "marginali?ed" stands for both spellings: "marginalised" and "marginalized"."""
    return [item.replace("?", "s"), item.replace("?", "z")] if "?" in item else [item]


def _words(item: str) -> tuple[tuple[_Word, ...], bool]:
    gap = "~" in item
    words: list[_Word] = []
    for raw in item.replace("~", " ").split():
        infix, prefix = raw.startswith("*"), raw.endswith("*")
        tokens = _TOKEN.findall(fold(raw.strip("*")))
        for n, token in enumerate(tokens):
            if infix and n == 0 and len(tokens) == 1 and prefix:
                kind = "infix"
            elif prefix and n == len(tokens) - 1:
                kind = "prefix"
            else:
                kind = "exact"
            words.append(_Word(kind, token))
    return tuple(words), gap


@functools.cache
def cues() -> tuple[_Cue, ...]:
    out = []
    for slug, languages in LEXICON.items():
        for language, (strong, weak) in languages.items():
            for weight, items in ((STRONG, strong), (WEAK, weak)):
                for item in items.split(","):
                    for variant in _variants(item.strip()):
                        words, gap = _words(variant)
                        if words:
                            out.append(_Cue(language, slug, weight, words, gap, variant))
    for slug, languages in CONTEXT.items():
        for language, items in languages.items():
            for item in items.split(","):
                words, gap = _words(item.strip())
                out.append(_Cue(language, slug, CONTEXT_WEIGHT, words, gap, item.strip()))
    return tuple(out)


@functools.cache
def _index(language: str):
    """Exact words, prefix stems by length, infix stems; each to the cues they start."""
    exact: dict[str, list[_Cue]] = {}
    prefix: dict[str, list[_Cue]] = {}
    infix: dict[str, list[_Cue]] = {}
    for cue in cues():
        if cue.language != language:
            continue
        first = cue.words[0]
        table = {"exact": exact, "prefix": prefix, "infix": infix}[first.kind]
        table.setdefault(first.stem, []).append(cue)
    lengths = sorted({len(stem) for stem in prefix})
    return exact, prefix, lengths, tuple(infix.items()), _infix_automaton(infix)


def _infix_automaton(infix: dict[str, list]) -> ahocorasick.Automaton | None:
    """The infix stems, each to its place in `infix`: a token is read once for all of them."""
    if not infix:
        return None
    automaton = ahocorasick.Automaton()
    for number, stem in enumerate(infix):
        automaton.add_word(stem, number)
    automaton.make_automaton()
    return automaton


@functools.lru_cache(maxsize=100_000)
def _token_info(token: str, language: str) -> tuple[tuple[_Cue, ...], bool]:
    """The cues this token starts, and whether it announces topics (cached per token)."""
    return _starting(token, language), token.startswith(_TOPIC_STEMS)


def _starting(token: str, language: str) -> tuple[_Cue, ...]:
    """The cues whose first word this token matches."""
    exact, prefix, lengths, infix, automaton = _index(language)
    found = list(exact.get(token, ()))
    for length in lengths:
        if length > len(token):
            break
        found.extend(prefix.get(token[:length], ()))
    if len(token) >= 6 and automaton is not None:
        # the stems the token holds, in the order of `infix`
        for number in sorted({number for _end, number in automaton.iter(token)}):
            found.extend(infix[number][1])
    return tuple(found)


def _match_end(cue: _Cue, tokens: list[str], start: int) -> int | None:
    """Index of the cue's last word when its later words follow token `start`, else None."""
    at = start
    for word in cue.words[1:]:
        limit = at + 1 + (GAP if cue.gap else 0)
        for nxt in range(at + 1, min(limit + 1, len(tokens))):
            if word.matches(tokens[nxt]):
                at = nxt
                break
        else:
            return None
    return at


def _segments(text: str) -> list[tuple[float, list[str]]]:
    """(weight, tokens) per segment: the title, headings, then the sentences of the text."""
    out = []
    lines = [line.strip() for line in fold(text).split("\n")]
    several = sum(1 for line in lines if line) > 1
    title_seen = False
    for line in lines:
        if not line:
            continue
        short = several and len(line) <= 160 and not line.endswith((".", ",", ";"))
        if not title_seen:
            title_seen = True
            if short:
                out.append((TITLE, _TOKEN.findall(line)))
                continue
        elif short and len(line) <= 100:
            out.append((HEADING, _TOKEN.findall(line)))
            continue
        sentence: list[str] = []
        for token in _TOKEN_OR_STOP.findall(line):
            if token in _STOPS:
                if sentence:
                    out.append((BODY, sentence))
                sentence = []
            else:
                sentence.append(token)
        if sentence:
            out.append((BODY, sentence))
    return out


# Common short words of each language, folded: the report's language is the one with most.
_FUNCTION_WORDS = {
    "en": "the and of to in with for was were is are by from on".split(),
    "it": "il lo gli di del della che per con sono nel nella dei delle degli".split(),
    "es": "el los las del que con por para una fue entre sus como".split(),
    "de": "der die das und mit von den ist wurde sich auf fur dem des".split(),
    "pl": "w z na do sie jest oraz ze dla przez od jak po".split(),
    "ro": "si in cu pentru din pe care este au fost sa ale lor".split(),
    "el": "και του της το την στην στο με για των απο τους".split(),
    "mt": "ta tal fil li ghal minn huwa dwar kif biex ukoll".split(),
}
_LANGUAGE_OF = {}
for _language, _words_of in _FUNCTION_WORDS.items():
    for _word in _words_of:
        _LANGUAGE_OF.setdefault(_word, []).append(_language)


# The languages whose reports the extraction reads (their cues and function words).
READ_LANGUAGES = tuple(_FUNCTION_WORDS)


def folded_words(text: str) -> list[str]:
    """The text's words as the lexicon reads them: lower case, without accents."""
    return _TOKEN.findall(fold(text))


def function_word_share(folded_tokens: list[str]) -> float:
    """The share of the tokens that are function words of a language the extraction reads:
    about a fifth in a report written in one, next to none in a report in another."""
    if not folded_tokens:
        return 0.0
    return sum(token in _LANGUAGE_OF for token in folded_tokens) / len(folded_tokens)


def language_of(folded_tokens: list[str]) -> str:
    """The programme language whose function words the text uses most (English by default)."""
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for token in folded_tokens:
        for language in _LANGUAGE_OF.get(token, ()):
            counts[language] += 1
    return max(counts, key=lambda language: (counts[language], language == "en"))


def theme_scores(text: str) -> dict[str, float]:
    """Per theme, the weighed sum of its cues in the text."""
    return weighed_themes(text)[1]


def weighed_themes(text: str) -> tuple[str, dict[str, float]]:
    """The text's language, and per theme the weighed sum of that language's cues."""
    found = evidence(text)
    return found.language, found.scores


# The title and this many segments after it make the opening of a report.
OPENING = 4


@dataclass
class Evidence:
    """What the lexicon finds in a text, per theme: the weighed sum (`scores`), its part
    from the title, headings and topic sentences (`headlines`), from the title alone
    (`title`) and from the opening segments (`opening`); the distinct cues met
    (`distinct`), and the themes named outright (`named`: by a strong cue anywhere or by
    any cue in the title; weak cues elsewhere, however many, only point to a theme)."""

    language: str
    scores: dict[str, float]
    headlines: dict[str, float]
    named: set[str]
    title: dict[str, float]
    opening: dict[str, float]
    distinct: dict[str, set[str]]


def evidence(text: str) -> Evidence:
    """The lexicon's evidence for each theme in `text` (see `Evidence`)."""
    segments = _segments(text)
    language = language_of([token for _, tokens in segments[:40] for token in tokens])
    found = Evidence(language, {}, {}, set(), {}, {}, {})
    counts: dict[str, int] = {}
    for index, (weight, tokens) in enumerate(segments):
        hits: dict[str, float] = {}
        topic = False
        covered: dict[str, int] = {}  # per theme, the last token a phrase already counted
        for n, token in enumerate(tokens):
            starting, announces = _token_info(token, language)
            topic = topic or announces
            if not starting:
                continue
            best: dict[str, _Cue] = {}
            for cue in starting:
                if covered.get(cue.slug, -1) >= n or counts.get(cue.text, 0) >= MAX_REPEATS:
                    continue
                end = _match_end(cue, tokens, n) if len(cue.words) > 1 else n
                if end is None:
                    continue
                if end > n:
                    covered[cue.slug] = max(covered.get(cue.slug, -1), end)
                held = best.get(cue.slug)
                if held is None or cue.weight > held.weight:
                    best[cue.slug] = cue
            for slug, cue in best.items():
                counts[cue.text] = counts.get(cue.text, 0) + 1
                hits[slug] = hits.get(slug, 0.0) + cue.weight
                found.distinct.setdefault(slug, set()).add(cue.text)
                if cue.weight >= STRONG or weight == TITLE:
                    found.named.add(slug)
        if hits:
            if weight == BODY and topic:
                weight = TOPIC
            for slug, value in hits.items():
                _add(found.scores, slug, value * weight)
                if weight > BODY:
                    _add(found.headlines, slug, value * weight)
                if weight == TITLE:
                    _add(found.title, slug, value * weight)
                if index <= OPENING:
                    _add(found.opening, slug, value * weight)
    return found


def _add(table: dict[str, float], key: str, value: float) -> None:
    table[key] = table.get(key, 0.0) + value


def lexicon_themes(text: str, threshold: float = THRESHOLD) -> set[str]:
    return {slug for slug, score in theme_scores(text).items() if score >= threshold}
