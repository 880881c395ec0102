"""Dates, ordinals and statuses written in the programme's languages (no database)."""

import datetime as dt

import pytest
from babel.dates import format_date

from citypeers.archive.extraction.dates import event_dates
from citypeers.archive.extraction.ordinals import event_sequence
from citypeers.archive.extraction.status import event_status

LANGUAGES = ("en", "it", "es", "de", "pl", "el", "ro", "mt")
DAYS = [dt.date(2023, 3, 3), dt.date(2021, 6, 16), dt.date(2019, 11, 28), dt.date(2024, 9, 9)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("day", DAYS)
def test_event_dates_reads_a_written_date_in_each_language(language, day):
    written = format_date(day, format="long", locale=language)
    # labelled: a written date alone on its line is the page's publication stamp
    text = f"Meeting of the network\n\nDate: {written}\n\nThe cities exchanged practices."

    start, end, invalid = event_dates(text)

    assert (start, end, invalid) == (day.isoformat(), day.isoformat(), [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Zeitraum vom 23.-26. März 2023 trafen sich die Städte.", ("2023-03-23", "2023-03-26")),
        ("Das Treffen findet am 3. März statt.", ("--03-03", "--03-03")),
        ("L'incontro si è svolto dal 3 al 5 marzo 2024.", ("2024-03-03", "2024-03-05")),
        ("La reunión se celebró el 12 de mayo.", ("--05-12", "--05-12")),
        ("La ciudad acogió los días 19 y 20 de febrero la jornada.", ("--02-19", "--02-20")),
        ("Informe, Fuenlabrada, 25 de abril de 2013.", ("2013-04-25", "2013-04-25")),
        ("W dniach 3-5 marca 2023 r. odbyła się wizyta.", ("2023-03-03", "2023-03-05")),
        ("Η συνάντηση έγινε την Πέμπτη 16 Ιουνίου.", ("--06-16", "--06-16")),
        ("Întâlnirea a avut loc între 3 și 5 martie 2022.", ("2022-03-03", "2022-03-05")),
        ("Il-laqgħa saret nhar it-3 ta' Marzu 2022.", ("2022-03-03", "2022-03-03")),
        ("The event took place from 11/04/2018 to 13/04/2018.", ("2018-04-11", "2018-04-13")),
        (
            "Von Sonntag, 30. April, bis Dienstag, 9. Mai, reist die Delegation.",
            ("--04-30", "--05-09"),
        ),
    ],
)
def test_event_dates_reads_ranges_and_prepositions(text, expected):
    start, end, _invalid = event_dates(text)

    assert (start, end) == expected


@pytest.mark.parametrize(
    ("context", "line"),
    [
        ("In May and June 2021 the cities held four visits.", "Online 3-4 May"),
        ("Le visite di maggio 2021 hanno coinvolto quattro città.", "Online il 3-4 maggio"),
    ],
)
def test_event_dates_take_the_year_given_to_the_month_elsewhere(context, line):
    text = f"{context}\n\n{line}: mentoring scheme."

    start, end, _invalid = event_dates(text)

    assert (start, end) == ("2021-05-03", "2021-05-04")


def test_event_dates_keep_no_year_when_the_month_has_two():
    text = "Visits in May 2020 and May 2021.\n\nOnline 3-4 May: mentoring scheme."

    start, _end, _invalid = event_dates(text)

    assert start == "--05-03"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("La VIII Jornada de Trabajo de la red se celebró en la ciudad.", 8),
        ("Informe 5a Jornada de Trabajo de la red.", 5),
        ("Η 3η συνάντηση εργασίας των δήμων.", 3),
        ("Τη δεύτερη ημερίδα του δικτύου.", 2),
        ("Descubre los detalles del primer encuentro estatal.", 1),
        ("Das erste Treffen der Arbeitsgruppe fand statt.", 1),
        ("Die zweite Konferenz der Städte.", 2),
        ("Pierwsze spotkanie zespołu odbyło się w mieście.", 1),
        ("A doua întâlnire a rețelei a avut loc.", 2),
        ("A 3-a ediție a conferinței orașelor.", 3),
        ("L-ewwel laqgħa tal-bliet saret.", 1),
        ("III Foro de ciudades interculturales.", 3),
        ("The 7th exchange of the programme.", 7),
        ("Si è tenuto l'undicesimo incontro tra pari.", 11),
    ],
)
def test_event_sequence_reads_ordinals_in_each_language(text, number):
    assert event_sequence(text) == number


@pytest.mark.parametrize(
    "text",
    [
        "The last meeting of the project, after the first meeting in Graz.",
        "Ostatnia wizyta studyjna podsumowała projekt; pierwsza wizyta była w 2021 r.",
        "Das letzte Treffen des Projekts folgte dem ersten Treffen.",
        "First round of four virtual study visits.",
        "Vi partecipano le città; la riunione è aperta.",
        "Η συνάντηση έγινε την Πέμπτη 16 Ιουνίου.",
        # a part of the meeting; a street number before the next paragraph's visit
        "In the first plenary session of the network's conference, the mayors spoke.",
        "Bei der ersten Plenarsitzung der Konferenz sprachen die Bürgermeister.",
        "Centrul se află pe str. Florilor 7/5.\n\nPe durata vizitei, oaspeții au văzut sălile.",
    ],
)
def test_event_sequence_gives_none_for_last_meetings_and_lookalikes(text):
    assert event_sequence(text) is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("On 23-25 October the city will host a study visit for police officers.", "planned"),
        ("Eine Delegation wird im Mai in die USA reisen.", "planned"),
        ("El encuentro se celebrará en Madrid el 3 de mayo.", "planned"),
        ("Spotkanie odbędzie się w maju we Wrocławiu.", "planned"),
        ("Η συνάντηση θα πραγματοποιηθεί στην Αθήνα.", "planned"),
        ("Întâlnirea va avea loc la Cluj.", "planned"),
        ("L'incontro si terrà a Bari.", "planned"),
        ("The webinar has been cancelled.", "cancelled"),
        ("La reunión ha sido cancelada por la lluvia.", "cancelled"),
        ("Das Treffen wurde leider abgesagt.", "cancelled"),
        ("Spotkanie zostało odwołane.", "cancelled"),
        ("Întâlnirea a fost anulată.", "cancelled"),
        ("La cumbre ha concluido con una declaración.", "concluded"),
        ("Si è conclusa ieri la visita delle delegazioni.", "concluded"),
        ("Η συνάντηση ολοκληρώθηκε με επιτυχία.", "concluded"),
        ("Vizita s-a încheiat cu un plan comun.", "concluded"),
        ("Concluded / Concluso\n\nThe meeting took place online.", "concluded"),
        ("Abgesagt\n\nDas Treffen in Graz.", "cancelled"),
    ],
)
def test_event_status_from_cues_in_each_language(text, status):
    assert event_status(text) == status


@pytest.mark.parametrize(
    "text",
    [
        "The meeting took place in Graz. The first day was concluded with a dinner.",
        "La sesión del día 19 se clausuró con un debate.",
        "Delegates met in Porto on housing. "
        + "They compared notes on schools. " * 30
        + "In future, one initiative will take place in each city.",
        "Die Städte trafen sich in Graz und tauschten sich aus.",
    ],
)
def test_event_status_none_for_past_reports_and_other_endings(text):
    assert event_status(text) is None


def test_event_sequence_reads_an_ordinal_before_a_typographic_apostrophe():
    assert event_sequence("4th International Mayors‘ Conference in Westbrook") == 4
