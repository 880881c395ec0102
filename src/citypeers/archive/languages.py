"""Whether a report is written in a language the extraction reads: the share of its words
that are function words of one of them ("the", "di", "und", "και"), a fifth or so in a
report written in one, next to none in a report in another (Finnish, Hungarian)."""

from citypeers.archive.extraction.theme_cues import (
    READ_LANGUAGES,
    folded_words,
    function_word_share,
    language_of,
)

# Below this share of function words a text of some length is in none of the languages
# read (the study reports in them: 0.10 and more; Greek counted in its own script).
READ_SHARE = 0.05
# A shorter text says too little to tell.
MIN_WORDS = 40


def in_no_read_language(text: str) -> bool:
    """Whether the report seems written in none of the languages the extraction reads."""
    words = folded_words(text)
    return len(words) >= MIN_WORDS and function_word_share(words) < READ_SHARE


def report_language(text: str) -> str:
    """The language the report is written in, of those the archive reads (English when it
    cannot tell)."""
    return language_of(folded_words(text))


__all__ = ["READ_LANGUAGES", "in_no_read_language", "report_language"]
