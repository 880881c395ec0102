"""Which named things a report's practices are: the ones a city showed, not the money or the title.

The sentences are written for these tests; none comes from a report.
"""

import pytest

from citypeers.archive.extraction import extract_report

OPENING = (
    "A study visit took place on 5 May 2023 between the municipalities of Ghent and Bologna.\n"
)


def _names(text: str, opening: str = OPENING) -> list[str]:
    return [item["name"] for item in extract_report(opening + text, source="x.txt")["practices"]]


@pytest.mark.parametrize(
    "text",
    [
        "Ghent presented its work, co-funded through the regional “Open Streets” scheme.",
        "Bologna ricorda che la rete è finanziata dal programma “Europa per i cittadini”.",
        "Ghent presented its Erasmus+ Youth projects to the guests.",
        "Ghent opened the day under the motto “Together in Every Street”.",
        "Then Ghent gave the talk “Streets for Everyone” to the assembly.",
        "Ghent welcomed the foundation “Open Hands” to the table.",
        "Ghent presented the Co.Me. (COmmon MEeting places for a shared city strategy) to the guests.",
    ],
)
def test_a_funding_programme_or_a_title_is_no_practice(text):
    assert _names(text) == []


def test_projects_named_after_their_head_word_are_practices():
    text = "Ghent presented the projects Casa Aperta and Buurt Samen to the guests."

    assert _names(text) == ["Casa Aperta", "Buurt Samen"]


def test_the_project_a_meeting_belongs_to_is_no_practice():
    text = (
        "In the framework of the project Open Doors Europe, Ghent presented the project "
        "Casa Aperta."
    )

    assert _names(text) == ["Casa Aperta"]


def test_a_name_on_a_line_without_a_full_stop_is_read():
    text = "Ghent presented to the guests the “Open Huis” evenings for new neighbours\nevery month."

    assert _names(text) == ["Open Huis"]


def test_a_report_about_one_city_presents_what_it_names():
    opening = "El Ayuntamiento de Getafe recibe una delegación europea\n\n"
    text = "La concejala habló sobre todo del programa Vivir Juntos, en marcha desde 2019."

    assert _names(text, opening) == ["Vivir Juntos"]
