"""The event list as CSV and as an Excel workbook: the list's events, filters and order,
with every party's local time."""

import csv
import datetime as dt
import io

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from openpyxl import load_workbook

from citypeers.events.models import EventTheme
from tests.factories import (
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
)

pytestmark = pytest.mark.django_db

HEADINGS = [
    "Event",
    "Kind",
    "Status",
    "Format",
    "Date",
    "Starts (UTC)",
    "Ends (UTC)",
    "Local times",
    "Participants",
    "Themes",
    "Programme",
    "Page",
]


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_csv_gives_each_party_its_local_time_with_participants_and_themes(client, exchange):
    EventParticipantFactory(
        event=exchange,
        municipality=None,
        organisation=OrganisationFactory(name="IOM"),
        role="organiser",
        position=2,
    )

    response = client.get(reverse("events:export_csv"))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="events-')
    assert csv_rows(response) == [
        HEADINGS,
        [
            "Peer exchange: Florence – Cluj-Napoca",
            "Peer exchange",
            "Planned",
            "Online",
            "2030-12-03",
            "2030-12-03 09:00",
            "2030-12-03 11:00",
            "Florence: 3 December 2030, 10:00–12:00 (CET); Cluj-Napoca: 3 December 2030, 11:00–13:00 (EET)",
            "Florence (IT); Cluj-Napoca (IT); IOM – Organiser",
            "Housing",
            "",
            f"http://testserver/en/events/{exchange.pk}/",
        ],
    ]


def test_csv_in_italian_names_kinds_times_and_themes_in_italian(client, exchange):
    response = client.get("/it/events/export.csv")

    heading, row = csv_rows(response)
    assert heading[:3] == ["Evento", "Tipo", "Stato"]
    assert row[1] == "Scambio tra pari"
    assert row[7].startswith("Florence: 3 dicembre 2030, 10:00–12:00 (CET)")
    assert row[9] == "Abitare"


def test_csv_applies_the_list_filters_and_order(client):
    kraków = MunicipalityFactory(name="Kraków", country__code="PL", timezone="Europe/Warsaw")
    for day, kind in [(1, "webinar"), (2, "peer_exchange"), (3, "webinar")]:
        event = EventFactory(
            kind=kind, title=f"{kind} {day}", starts_at=dt.datetime(2024, 5, day, 9, tzinfo=dt.UTC)
        )
        EventParticipantFactory(event=event, municipality=kraków)

    response = client.get(reverse("events:export_csv"), {"kind": "webinar", "page": "2"})

    assert [row[0] for row in csv_rows(response)[1:]] == ["webinar 3", "webinar 1"]


def test_csv_keeps_text_that_looks_like_a_formula_as_text(client):
    EventFactory(title='=HYPERLINK("http://evil.example","x")')

    row = csv_rows(client.get(reverse("events:export_csv")))[1]

    assert row[0] == '\'=HYPERLINK("http://evil.example","x")'


def test_csv_of_an_event_with_only_dates_gives_its_days_and_no_hours(client):
    event = EventFactory(
        has_times=False,
        starts_at=dt.datetime(2020, 10, 7, 22, tzinfo=dt.UTC),  # 8 Oct, midnight in Rome
        ends_at=dt.datetime(2020, 10, 9, 22, tzinfo=dt.UTC),
    )
    EventParticipantFactory(event=event, municipality__timezone="Europe/Rome")

    row = csv_rows(client.get(reverse("events:export_csv")))[1]

    assert row[4:8] == ["2020-10-08", "", "", "8 October 2020 – 9 October 2020"]


def test_xlsx_has_a_bold_frozen_heading_sized_columns_and_real_datetimes(client, exchange):
    EventFactory(title="=1+1")

    response = client.get(reverse("events:export_xlsx"))

    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADINGS
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:L3"
    assert sheet.column_dimensions["A"].width == 48
    assert sheet.column_dimensions["H"].width == 60
    exchange_row = next(row for row in rows[1:] if row[0].startswith("Peer exchange"))
    assert exchange_row[4:8] == (
        dt.datetime(2030, 12, 3),
        dt.datetime(2030, 12, 3, 9, 0),
        dt.datetime(2030, 12, 3, 11, 0),
        "Florence: 3 December 2030, 10:00–12:00 (CET); Cluj-Napoca: 3 December 2030, 11:00–13:00 (EET)",
    )
    start = next(c for c in sheet["F"] if c.value == dt.datetime(2030, 12, 3, 9))
    assert start.number_format == "yyyy-mm-dd hh:mm"
    formula_like = next(c for c in sheet["A"] if c.value == "=1+1")
    assert formula_like.data_type == "s"


def test_list_page_links_the_exports_with_its_filters(client, exchange):
    soup = BeautifulSoup(
        client.get(reverse("events:list"), {"theme": "housing", "page": "1"}).content,
        "html.parser",
    )

    links = [a["href"] for a in soup.select(".exports a")]
    assert links == ["/en/events/export.csv?theme=housing", "/en/events/export.xlsx?theme=housing"]


@pytest.mark.parametrize("rows", [1, 3])
@pytest.mark.parametrize("name", ["events:export_csv", "events:export_xlsx"])
def test_export_query_count(client, rows, name, django_assert_num_queries):
    for index in range(rows):
        event = EventFactory(title=f"Meeting {index}")
        EventParticipantFactory(event=event, municipality__name=f"Host {index}")
        EventParticipantFactory(event=event, municipality__name=f"Guest {index}", position=1)
        EventTheme.objects.create(event=event, theme="housing")

    with django_assert_num_queries(4):  # how many, the events, their parties, their themes
        response = client.get(reverse(name))

    assert response.status_code == 200
    if name == "events:export_csv":
        assert len(csv_rows(response)) == rows + 1
    else:
        assert load_workbook(io.BytesIO(response.content)).active.max_row == rows + 1


def test_xlsx_drops_control_characters_a_workbook_cannot_hold(client):
    EventFactory(title="Vertical\x0btab and\x01 bell\x07 in a title")

    response = client.get(reverse("events:export_xlsx"))

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["A2"].value == "Verticaltab and bell in a title"
    csv_title = csv_rows(client.get(reverse("events:export_csv")))[1][0]
    assert csv_title == "Vertical\x0btab and\x01 bell\x07 in a title"


@pytest.mark.parametrize("name", ["events:export_csv", "events:export_xlsx"])
def test_list_longer_than_an_export_holds_is_sent_back_to_be_narrowed(client, settings, name):
    settings.EVENT_EXPORT_MAX_ROWS = 2
    for year in (2019, 2020, 2020):
        EventFactory(starts_at=dt.datetime(year, 5, 4, 9, tzinfo=dt.UTC))

    response = client.get(reverse(name), {"theme": "", "year": "", "page": "2"}, follow=True)

    assert response.redirect_chain[0][0] == reverse("events:list") + "?theme=&year="
    assert "Content-Disposition" not in response
    assert "at most 2 events" in response.content.decode()
    narrowed = client.get(reverse(name), {"year": "2020"})
    assert narrowed.status_code == 200
    assert "attachment" in narrowed["Content-Disposition"]
