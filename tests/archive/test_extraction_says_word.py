"""`says_word`: whether a text says a word whole, as the extractor's lower-case checks ask."""

import pytest

from citypeers.archive.extraction.text import says_word

TEXT = "The harbour office met the co-op board at Néa's; Harbourside won. Ünity-day fell."


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("harbour", True),  # a whole word
        ("board", True),
        ("harbourside", False),  # only the capitalised form is said
        ("office", True),
        ("offic", False),  # part of a word is no word
        ("co", True),  # beside a hyphen: no letter on either side
        ("co-op", True),  # a word with a hyphen is read by a pattern
        ("néa", False),  # case counts
        ("Néa", True),  # beside an apostrophe
        ("day", True),
        ("fell.", True),  # a word with a full stop, escaped
        ("fel.", False),
    ],
)
def test_says_word_answers_whether_the_text_says_the_word_whole(word, said):
    assert says_word(TEXT, word) is said


def test_says_word_reads_a_new_text_afresh():
    assert says_word("a quiet harbour", "harbour")
    assert not says_word("a quiet harbourside", "harbour")
