"""The imported reports' pages cost the same number of queries for one row as for three.

Reports are imported from text through the import service, as coordinators do.
"""

import re

import pytest
from django.urls import reverse

from citypeers.archive.services import import_report_text

pytestmark = pytest.mark.django_db

ROWS = [1, 3]
TOWNS = [("Lyon", "France"), ("Porto", "Portugal"), ("Gent", "Belgium"), ("Graz", "Austria")]
PEOPLE = [
    "From Lyon: Ms Claire Martin, Head of the Welcome Service.",
    "From Porto: Mr João Silva, Director of Social Services.",
    "From Lyon: Mr Paul Durand, Officer of the Housing Department.",
]


def report_text(ordinal: int, *, towns=TOWNS[:2], people=PEOPLE[:1]) -> str:
    """A meeting report as the programme writes them: date, towns and who spoke."""
    (first, first_country), (second, second_country) = towns
    return (
        f"{ordinal} May 2022 10:00-12:00 (CET)\nOnline meeting\n\n"
        f"The {ordinal}th online peer-to-peer exchange took place on {ordinal} May 2022 "
        f"between the municipalities of {first} ({first_country}) and {second} "
        f"({second_country}).\n\n" + "\n".join(people)
    )


def import_report(source_name: str, text: str):
    outcome = import_report_text(text=text, source_name=source_name)
    assert outcome.report is not None, outcome.message
    return outcome.report


@pytest.mark.parametrize("rows", ROWS)
def test_report_list_query_count(coordinator_client, rows, django_assert_num_queries):
    for index in range(rows):
        towns = [TOWNS[index], TOWNS[index + 1]]
        speaker = f"From {towns[0][0]}: Ms Claire Martin, Head of the Welcome Service."
        import_report(f"report-{index}.txt", report_text(10 + index, towns=towns, people=[speaker]))

    # session, user, page count, page rows with their people counted, their municipalities,
    # their events' parties (an event's name carries its day in its first party's zone)
    with django_assert_num_queries(6):
        response = coordinator_client.get(reverse("archive:reports"))

    html = " ".join(response.content.decode().replace("<wbr>", "").split())
    cell = "<td[^>]*>"
    shown = re.findall(rf'">(report-\d\.txt)</a></td> {cell}[^<]*</td> {cell}([^<]*)</td>', html)
    assert shown == [
        (f"report-{index}.txt", ", ".join(sorted([TOWNS[index][0], TOWNS[index + 1][0]])))
        for index in reversed(range(rows))
    ]


@pytest.mark.parametrize("rows", ROWS)
def test_report_page_query_count(coordinator_client, rows, django_assert_num_queries):
    report = import_report("report.txt", report_text(12, people=PEOPLE[:rows]))

    # the report with its people counted, its municipalities, session, user; the
    # directory's ids of its places; its event with series, its parties, its themes;
    # the other reports of its meeting
    with django_assert_num_queries(9):
        response = coordinator_client.get(reverse("archive:report", kwargs={"pk": report.pk}))

    html = response.content.decode()
    people = re.findall(r'name="people-\d+-name" value="([^"]*)"', html)
    assert people == [re.search(r"M[rs]s? (\w+ \w+)", line).group(1) for line in PEOPLE[:rows]]
