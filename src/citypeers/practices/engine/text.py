"""Text analysis shared by both full-text backends: accents, words, stems, queries.

Documents and queries go through the same steps, so "Krakow" meets "Kraków" and
"alloggi" meets "alloggio" whatever the database. Stemming uses the Snowball
algorithms for the languages that have one in both backends (PostgreSQL's own
configurations and the ``snowballstemmer`` package); Polish and Maltese use no
stemmer (a ``simple`` configuration plus trigram similarity on PostgreSQL).
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# ISO 639-1 code -> Snowball algorithm / PostgreSQL text search configuration.
STEMMED_LANGUAGES = {
    "en": "english",
    "it": "italian",
    "es": "spanish",
    "de": "german",
    "el": "greek",
    "ro": "romanian",
    "pt": "portuguese",
    "fr": "french",
    "nl": "dutch",
}
# A query of unknown language is stemmed as each of the programme's languages.
QUERY_LANGUAGES = ("en", "it", "es", "de", "el", "ro")
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 24
MIN_PREFIX_LENGTH = 3

# Letters that do not decompose into a base letter and a combining mark.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe"})
_WORD = re.compile(r"\w+", re.UNICODE)


def deaccent(text: str | None) -> str:
    """Lower case without accents, in the original script: "Kraków" -> "krakow"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_LETTERS))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.translate(_LETTERS)


def words(text: str | None) -> list[str]:
    """The words of a text, deaccented; underscores and digits-only runs are dropped."""
    return [w for w in _WORD.findall(deaccent(text).replace("_", " ")) if not w.isdigit()]


@lru_cache(maxsize=16)
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMED_LANGUAGES[language])


@lru_cache(maxsize=200_000)
def _stem(token: str, language: str) -> str:
    # Words repeat a lot across practices (Zipf): caching makes indexing ~10x faster.
    return _stemmer(language).stemWord(token)


def stems(tokens: list[str], language: str | None) -> list[str]:
    """Snowball stems of deaccented words; the words themselves where no stemmer exists."""
    if language not in STEMMED_LANGUAGES:
        return list(tokens)
    return [_stem(token, language) for token in tokens]


def query_words(query: str | None) -> list[str]:
    """The searchable words of a user query: bounded in length and count, deduplicated."""
    seen: dict[str, None] = {}
    for word in words((query or "")[:MAX_QUERY_CHARS]):
        if len(word) >= 2:
            seen.setdefault(word[:60], None)
    return list(seen)[:MAX_QUERY_WORDS]


def query_stems(tokens: list[str], language: str | None) -> list[str]:
    """Stems of the query words in its language, or in every stemmed language if unknown."""
    languages = [language] if language in STEMMED_LANGUAGES else list(QUERY_LANGUAGES)
    found: dict[str, None] = {}
    for lang in languages:
        for stem in stems(tokens, lang):
            if len(stem) >= MIN_PREFIX_LENGTH:
                found.setdefault(stem, None)
    return list(found)


def query_groups(query: str | None, language: str | None) -> list[tuple[str, list[str], bool]]:
    """For each query word: the word, its stems, and whether to match them as prefixes.

    Every word must match, as written or through a stem. Only the last word, the one
    being typed, is a prefix (from MIN_PREFIX_LENGTH letters): the earlier ones are
    complete, and prefixes of short words ("per:*") are costly to look up.
    """
    tokens = query_words(query)
    groups = []
    for position, token in enumerate(tokens, start=1):
        typing = position == len(tokens) and len(token) >= MIN_PREFIX_LENGTH
        token_stems = [stem for stem in query_stems([token], language) if stem != token]
        groups.append((token, token_stems, typing))
    return groups


def fts5_match(query: str | None, language: str | None = None) -> str | None:
    """An FTS5 MATCH expression for a user query, or None when nothing is searchable.

    Each word is a quoted string, so ``"``, ``*``, ``NEAR``, ``:`` or ``-`` typed by the
    user are never FTS syntax.
    """
    expressions = []
    for token, token_stems, typing in query_groups(query, language):
        star = "*" if typing else ""
        alternatives = [f'{{search_names search_body}} : "{token}"{star}']
        alternatives += [f'search_stems : "{stem}"{star}' for stem in token_stems]
        expressions.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(expressions) or None


def tsquery_text(query: str | None, language: str | None = None) -> str | None:
    """The same query as a ``to_tsquery('simple', ...)`` argument (stems made here)."""
    expressions = []
    for token, token_stems, typing in query_groups(query, language):
        star = ":*" if typing else ""
        lexemes = dict.fromkeys([token, *token_stems])
        expressions.append("(" + " | ".join(f"'{lexeme}'{star}" for lexeme in lexemes) + ")")
    return " & ".join(expressions) or None


def document_fields(
    *, names: list[str | None], body: list[str | None], language: str | None
) -> dict[str, str]:
    """The three search columns of a practice, computed from its texts."""
    name_text = " ".join(deaccent(part) for part in names if part)
    body_text = " ".join(deaccent(part) for part in body if part)
    all_words = words(name_text) + words(body_text)
    return {
        "search_names": name_text,
        "search_body": body_text,
        "search_stems": " ".join(stems(all_words, language)),
    }


def highlight_terms(
    text: str, tokens: list[str], *, query_language: str | None, text_language: str | None
) -> list[str]:
    """Words of ``text`` (as written) that a query word or stem matches, for display."""
    wanted_stems = set(query_stems(tokens, query_language))
    found: dict[str, None] = {}
    for original in _WORD.findall(text or ""):
        token = deaccent(original)
        prefix_hit = any(
            token == w or (len(w) >= MIN_PREFIX_LENGTH and token.startswith(w)) for w in tokens
        )
        if prefix_hit or stems([token], text_language)[0] in wanted_stems:
            found.setdefault(original, None)
    return list(found)
