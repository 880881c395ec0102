"""Status and dates said in passing, in the programme's languages.

The sentences are written for these tests; none comes from a report.
"""

import pytest

from citypeers.archive.extraction.dates import event_dates
from citypeers.archive.extraction.status import event_status


@pytest.mark.parametrize(
    "text",
    [
        "Incontro sulle politiche abitative\n\n"
        "L'incontro dei partner è in programma a Matera il 3 e 4 marzo. "
        "I sindaci dei comuni partner saranno presenti.",
        "Rete di città\n\nIl seminario di maggio prossimo riunisce i tecnici dei comuni.",
        "Mesa de trabajo\n\n"
        "La mesa reúne a técnicos municipales. Representantes de varias ciudades participarán "
        "en el debate sobre vivienda.",
        "City network news\n\nOfficers from four cities will attend the workshop in Ghent.",
    ],
)
def test_a_meeting_announced_in_the_future_is_planned(text):
    assert event_status(text) == "planned"


def test_a_title_opening_with_concluded_gives_the_status():
    text = (
        "Concluso il percorso di scambio tra due comuni\n\n"
        "Nei giorni scorsi i tecnici si sono incontrati per l'ultima volta."
    )
    assert event_status(text) == "concluded"


def test_a_report_in_the_past_tense_has_no_status():
    text = "Visita di studio\n\nLa delegazione ha visitato i centri e ha incontrato i tecnici."
    assert event_status(text) is None


def test_a_publication_stamp_alone_on_its_line_is_not_the_meetings_date():
    text = (
        "03.02.2011 -\n\n"
        "Cities meet on housing\n\n"
        "The network held its yearly conference in Ghent from 8 to 9 December 2010."
    )
    assert event_dates(text)[:2] == ("2010-12-08", "2010-12-09")


def test_a_stamp_is_no_date_when_the_meeting_has_none():
    text = "21/09/2016\n\nProgetto concluso\n\nNei giorni scorsi i partner si sono incontrati."
    assert event_dates(text)[:2] == (None, None)


def test_italian_ed_joins_two_days_of_one_meeting():
    text = "Incontro dei partner\n\nI partner si riuniscono a Lecce il 14 ed 15 ottobre."
    assert event_dates(text)[:2] == ("--10-14", "--10-15")
