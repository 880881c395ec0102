"""A meeting's number in its series in the forms each language writes it.

The sentences are written for these tests; none comes from a report.
"""

import pytest

from citypeers.archive.extraction.ordinals import event_sequence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La decimoquinta edición del foro se celebró en Vigo.", 15),
        ("Die zwölfte Fachtagung fand in Bonn statt.", 12),
        ("Das 10. Netzwerktreffen fand in Bonn statt.", 10),
        ("Ediția a V-a a forumului a avut loc la Cluj.", 5),
        ("A V-a ediție a forumului a avut loc la Cluj.", 5),
        ("Forumul al II-lea al orașelor a avut loc la Cluj.", 2),
        ("Piętnaste spotkanie sieci odbyło się w Gdańsku.", 15),
        ("Das 3. Partnerschaftstreffen der Städte fand in Bonn statt.", 3),
    ],
)
def test_ordinals_as_compounds_words_past_twelve_and_roman_numerals(text, expected):
    assert event_sequence("News\n\n" + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Am 3. Mai fand das Treffen der Städte statt.",
        "W dniu 3. maja odbyło się spotkanie.",
        "The 10th anniversary conference of the network took place.",
        "Bei der ersten Plenarsitzung der Konferenz sprachen die Bürgermeister.",
    ],
)
def test_a_date_an_anniversary_or_a_part_gives_no_sequence(text):
    assert event_sequence("News\n\n" + text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The network held its 6th national convening of welcoming cities in Denver.", 6),
        ("Das Forum lädt zum vierten Bürgermeister/innen Vernetzungstreffen nach Graz ein.", 4),
        ("Il secondo vertice dei sindaci delle città di confine si è tenuto a Como.", 2),
        ("Al treilea simpozion al primarilor a avut loc la Iași.", 3),
        ("The third symposium on migrant housing brought together city officials.", 3),
    ],
)
def test_ordinals_of_conventions_summits_and_symposia(text, expected):
    assert event_sequence(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A margine della XXXIX Assemblea annuale dell'associazione si è svolto un incontro.",
        "During the 12th Congress of the association, mayors met on reception.",
    ],
)
def test_a_yearly_assembly_or_congress_hosting_the_meeting_gives_no_sequence(text):
    assert event_sequence(text) is None
