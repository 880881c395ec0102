"""Times of day in the forms each language writes them.

The sentences are written for these tests; none comes from a report.
"""

import pytest

from citypeers.archive.extraction.dates import event_times


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Treffen dauert von 10:00 bis 12:00 Uhr.", ("10:00", "12:00")),
        ("Das Treffen dauert von 10 bis 12 Uhr.", ("10:00", "12:00")),
        ("Das Treffen findet zwischen 10 und 12 Uhr statt.", ("10:00", "12:00")),
        ("Il convegno, dalle 9 alle 13, riunisce i sindaci.", ("09:00", "13:00")),
        ("El taller será desde las 10:00 hasta las 12:00.", ("10:00", "12:00")),
        ("Entre las 10 y las 12 horas se celebra el foro.", ("10:00", "12:00")),
        ("Spotkanie potrwa od 10:00 do 12:00.", ("10:00", "12:00")),
        ("Spotkanie w godz. 10-12 w ratuszu.", ("10:00", "12:00")),
        ("Η συνάντηση θα γίνει από τις 10:00 έως τις 12:00.", ("10:00", "12:00")),
        ("Întâlnirea are loc de la ora 10:00 până la ora 12:00.", ("10:00", "12:00")),
        ("Întâlnirea are loc între orele 10:00 și 12:00.", ("10:00", "12:00")),
        ("La réunion: 14h-16h.", ("14:00", "16:00")),
    ],
)
def test_a_time_range_said_with_each_languages_words(text, expected):
    assert event_times(text)[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Zahl stieg von 10 bis 12 Prozent.",
        "Von 10 bis 12 Städte nehmen teil.",
        "Between 10 and 12 cities will take part.",
        "Le città sono passate da 9 a 13 in un anno.",
        "Spotkanie od 10 do 12 miast.",
    ],
)
def test_two_bare_numbers_are_no_time_range(text):
    assert event_times(text)[:2] == (None, None)


def test_two_times_joined_by_and_are_no_range():
    assert event_times("Sessions at 10:00 and 15:00 in the hall.")[:2] == ("10:00", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Treffen beginnt um 10 Uhr.", "10:00"),
        ("Spotkanie rozpocznie się o godz. 10.", "10:00"),
        ("Întâlnirea începe la ora 10.", "10:00"),
        ("Il 3 maggio alle ore 10 si apre il convegno.", "10:00"),
        ("The webinar starts at 10 am CET.", "10:00"),
        ("The mayors met at 3 pm.", "15:00"),
        ("Η συνάντηση 10 π.μ. στο δημαρχείο.", "10:00"),
        ("The meeting starts at 14h00.", "14:00"),
        # German "am" after a number is "on the", no morning
        ("Aus dem Landkreis kommen 9 am Montag zur Sitzung.", None),
    ],
)
def test_a_bare_hour_made_one_by_its_word(text, expected):
    assert event_times(text)[:2] == (expected, None)
