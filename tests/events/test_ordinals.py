import pytest

from citypeers.events.ordinals import ordinal


@pytest.mark.parametrize(
    ("number", "english"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (8, "8th"), (11, "11th"), (12, "12th"),
     (13, "13th"), (21, "21st"), (22, "22nd"), (23, "23rd"), (101, "101st"), (111, "111th")],
)  # fmt: skip
def test_ordinal_in_english(number, english):
    assert ordinal(number, "en") == english


@pytest.mark.parametrize(
    ("language", "masculine", "feminine", "neuter"),
    [
        ("it", "7°", "7ª", "7°"),
        ("es", "7.º", "7.ª", "7.º"),
        ("de", "7.", "7.", "7."),
        ("pl", "7.", "7.", "7."),
        ("el", "7ος", "7η", "7ο"),
        ("ro", "al 7-lea", "a 7-a", "al 7-lea"),
        ("mt", "is-7", "is-7", "is-7"),
        ("en", "7th", "7th", "7th"),
    ],
)
def test_ordinal_agrees_with_the_gender_where_the_language_needs_it(
    language, masculine, feminine, neuter
):
    forms = [ordinal(7, language, gender=gender) for gender in ("m", "f", "n")]

    assert forms == [masculine, feminine, neuter]


def test_ordinal_in_romanian_says_first_in_words():
    assert (ordinal(1, "ro"), ordinal(1, "ro", gender="f"), ordinal(2, "ro")) == (
        "primul",
        "prima",
        "al 2-lea",
    )


@pytest.mark.parametrize(
    ("number", "maltese"),
    [(1, "l-1"), (2, "it-2"), (4, "ir-4"), (5, "il-5"), (6, "is-6"), (8, "it-8"), (9, "id-9"),
     (10, "l-10"), (11, "il-11"), (14, "l-14"), (20, "l-20"), (21, "il-21"), (26, "is-26"),
     (70, "is-70"), (100, "il-100"), (300, "it-300"), (400, "l-400"), (1000, "l-1000")],
)  # fmt: skip
def test_ordinal_in_maltese_takes_the_article_of_the_number_read_aloud(number, maltese):
    assert ordinal(number, "mt") == maltese


def test_ordinal_of_a_regional_variant_follows_its_language():
    assert ordinal(3, "es-mx", gender="f") == "3.ª"
