"""Whether a place's name is also an everyday word, from word frequencies (wordfreq).

A one-word town that no language of the programme uses as a word ("Kluczbork", "Riace") is
as safe to take for a place as a name with accents; one that is a word somewhere ("Bath",
"Sale", "Nisko", "Como") needs more than a sentence about taking part. The frequencies are
wordfreq's Zipf values (3 is once per million words): English counts from a lower value,
being the language most reports and most loan words share.
"""

from functools import cache, lru_cache

from wordfreq import zipf_frequency

from .text import fold

_OTHER_LANGUAGES = ("it", "es", "de", "pl", "ro", "el", "fr", "nl", "pt")
ENGLISH_WORD = 3.3
EVERYDAY_ENGLISH = 4.0
LOCAL_WORD = 4.0


@cache
def load() -> None:
    """Read every language's word list now (about 3 s in all) rather than at the first
    one-word town of a report; once per process, later calls cost nothing."""
    for language in ("en", *_OTHER_LANGUAGES):
        zipf_frequency("the", language)


@lru_cache(maxsize=8192)
def is_common_word(name: str) -> bool:
    """Whether the one-word name is an everyday word in English or a programme language."""
    key = fold(name)
    if zipf_frequency(key, "en") >= ENGLISH_WORD:
        return True
    return any(zipf_frequency(key, language) >= LOCAL_WORD for language in _OTHER_LANGUAGES)


@lru_cache(maxsize=8192)
def is_english_word(word: str) -> bool:
    """Whether the word is an everyday English word ("center", "white", "house"), more
    frequent than a one-word town needs to count as a word (`ENGLISH_WORD`): names that
    English texts often use ("Roma", "Napoli", "Kiev") stay below it."""
    return zipf_frequency(fold(word), "en") >= EVERYDAY_ENGLISH


@lru_cache(maxsize=8192)
def is_word_as_written(word: str) -> bool:
    """Whether the word, accents kept, is an everyday word in English or a programme language
    ("Cooperación", "Społeczna"): the folded form `is_common_word` asks misses accented words."""
    key = word.lower()
    if zipf_frequency(key, "en") >= ENGLISH_WORD:
        return True
    return any(zipf_frequency(key, language) >= LOCAL_WORD for language in _OTHER_LANGUAGES)


FUNCTION_WORD = 6.0


@lru_cache(maxsize=8192)
def is_function_word(word: str) -> bool:
    """Whether the word is as frequent as an article or a pronoun in English or a programme
    language ("Der", "Les", "Una", "Ale"): more frequent than any city's name ("Roma",
    "Berlin" and "Paris" stay below it)."""
    key = word.lower()
    return any(
        zipf_frequency(key, language) >= FUNCTION_WORD for language in ("en", *_OTHER_LANGUAGES)
    )
