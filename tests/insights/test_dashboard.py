"""The Insights page, its report and its exports, on the small network whose answers are
counted in ``tests/insights/network.py``."""

import csv
import io
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.urls import reverse

from citypeers.insights import selectors
from citypeers.insights.indicators import INDICATORS
from citypeers.insights.selectors import Filters
from tests.insights.network import Network
from tests.url_walk import stored_rows

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("insights:dashboard")
PUBLIC = [key for key, indicator in INDICATORS.items() if not indicator.permission]
COORDINATORS = ["follow-ups", "downloads"]


@pytest.fixture
def net():
    return Network()


def table_rows(html: str, key: str) -> list[list[str]]:
    """The cells of the table in the indicator's section, header first."""
    section = re.search(rf'<section class="indicator" id="{key}".*?</section>', html, re.S)
    assert section, key
    rows = re.findall(r"<tr>(.*?)</tr>", section.group(0), re.S)
    return [
        [
            re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(r"<t[hd][^>]*>.*?</t[hd]>", row, re.S)
        ]
        for row in rows
    ]


def export(client, key, fmt, query=""):
    url = reverse(f"insights:export_{fmt}", args=[key])
    return client.get(f"{url}?{query}" if query else url)


def test_the_page_is_in_the_main_navigation(client):
    response = client.get(reverse("insights:home"))

    assert f'<a href="{DASHBOARD}"' in response.content.decode()


def test_visitor_sees_the_public_figures_as_charts_and_tables(client, net):
    response = client.get(DASHBOARD)

    html = response.content.decode()
    assert response.status_code == 200
    assert re.findall(r'<section class="indicator" id="([a-z-]+)"', html) == PUBLIC
    assert table_rows(html, "municipalities") == [
        ["Country", "Engaged", "Enrolled"],
        ["Italy", "2", "3"],
        ["Germany", "2", "2"],
    ]
    assert table_rows(html, "people")[-1] == ["All kinds", "5"]
    # Each table has its caption and scoped headers; each chart its numbers as JSON.
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.select("section.indicator caption")) == len(PUBLIC)
    assert len(soup.select("section.indicator th[scope=col]")) == sum(
        len(INDICATORS[k].columns) for k in PUBLIC
    )
    chart = json.loads(
        re.search(
            r'<script id="chart-data-people" type="application/json">(.*?)</script>', html
        ).group(1)
    )
    assert chart["categories"] == ["Peer exchange", "Consultation", "Webinar", "All kinds"]
    assert chart["series"] == [{"name": "People", "data": [3, 2, 1, 5]}]
    # No inline script or style: the charts are drawn by the page's own script file.
    assert not re.search(r"<script(?![^>]*(src=|application/json))", html)
    assert " style=" not in html
    assert "insights/charts.js" in html and "vendor/echarts/echarts.min.js" in html


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_coordinators_figures_are_hidden_from_others(client, net, who):
    if who == "member":
        client.force_login(net.milano_officer)

    html = client.get(DASHBOARD).content.decode()

    for key in COORDINATORS:
        assert f'id="{key}"' not in html
        response = export(client, key, "csv")
        assert response.status_code == (302 if who == "visitor" else 404)
        assert "Overdue" not in response.content.decode()


def test_coordinator_sees_follow_ups_and_downloads(client, net):
    client.force_login(net.coordinator)

    html = client.get(DASHBOARD).content.decode()

    assert re.findall(r'<section class="indicator" id="([a-z-]+)"', html) == list(INDICATORS)
    states = dict(row for row in table_rows(html, "follow-ups")[1:])
    assert states["Done"] == "1" and states["Overdue"] == "1"
    assert table_rows(html, "downloads") == [
        ["Month", "Downloads", "Documents"],
        ["2021-01", "2", "1"],
        ["2021-02", "1", "1"],
    ]


def test_filters_change_the_figures(client, net):
    everything = client.get(DASHBOARD).content.decode()
    housing = client.get(DASHBOARD, {"theme": "housing"}).content.decode()
    programme_q = client.get(DASHBOARD, {"programme": net.q.pk}).content.decode()
    period = client.get(DASHBOARD, {"start": "2021-02-01", "end": "2021-03-31"}).content.decode()
    germany = client.get(DASHBOARD, {"country": "DE"}).content.decode()

    assert len(table_rows(everything, "exchanges-per-month")) == 5
    assert table_rows(housing, "exchanges-per-month")[1:] == [["2021-01", "1"], ["2021-02", "1"]]
    assert table_rows(programme_q, "exchanges-per-month")[1:] == [["2021-03", "1"]]
    assert table_rows(period, "exchanges-per-month")[1:] == [["2021-02", "1"], ["2021-03", "1"]]
    assert table_rows(germany, "municipalities")[1:] == [["Germany", "2", "2"]]
    # The export links carry the filters.
    assert "/insights/export/themes.csv?theme=housing" in housing


BAD_FILTERS = [
    ({"start": "2021-13-01"}, "start", "Give the first day as a date (YYYY-MM-DD)."),
    ({"end": "yesterday"}, "end", "Give the last day as a date (YYYY-MM-DD)."),
    ({"start": "2021-05-01", "end": "2021-04-01"}, "end", "The period ends before it starts."),
    ({"start": "1066-10-14"}, "start", "Give a day between 1900-01-01 and 2200-12-31."),
    ({"programme": "999999"}, "programme", "There is no programme 999999."),
    ({"programme": "abc"}, "programme", "There is no programme abc."),
    ({"programme": "9" * 30}, "programme", f"There is no programme {'9' * 30}."),
    ({"country": "XX"}, "country", "There is no country XX in the network."),
    ({"theme": "weather"}, "theme", "There is no theme weather."),
]


@pytest.mark.parametrize(("query", "field", "message"), BAD_FILTERS)
def test_bad_filters_are_named_with_400(client, net, query, field, message):
    before = stored_rows()

    page = client.get(DASHBOARD, query)
    report = client.get(reverse("insights:report"), query)
    as_csv = export(client, "themes", "csv", "&".join(f"{k}={v}" for k, v in query.items()))
    as_json = export(client, "themes", "json", "&".join(f"{k}={v}" for k, v in query.items()))

    assert page.status_code == report.status_code == 400
    assert message in page.content.decode() and message in report.content.decode()
    assert '<section class="indicator"' not in page.content.decode()
    assert as_csv.status_code == 400 and as_csv.content.decode() == f"{field}: {message}\n"
    assert as_json.status_code == 400
    assert as_json.json()["detail"] == message and as_json.json()["field"] == field
    assert stored_rows() == before


def test_unknown_indicator_is_404(client, net):
    assert export(client, "weather", "csv").status_code == 404
    assert export(client, "weather", "json").status_code == 404


@pytest.mark.parametrize("key", list(INDICATORS))
def test_exports_hold_the_numbers_of_the_page(client, net, key):
    client.force_login(net.coordinator)
    query = f"programme={net.p.pk}&start=2021-01-01"

    html = client.get(f"{DASHBOARD}?{query}").content.decode()
    as_csv = export(client, key, "csv", query)
    as_json = export(client, key, "json", query)

    name = f"citypeers-{key}-programme-{net.p.pk}-start-2021-01-01"
    assert as_csv["Content-Type"] == "text/csv; charset=utf-8"
    assert as_csv["Content-Disposition"] == f'attachment; filename="{name}.csv"'
    assert as_json["Content-Disposition"] == f'attachment; filename="{name}.json"'
    text = as_csv.content.decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text))) == table_rows(html, key)
    body = as_json.json()
    assert body["filters"] == {"programme": str(net.p.pk), "start": "2021-01-01"}
    assert [c["label"] for c in body["columns"]] == table_rows(html, key)[0]
    numbers = [c.key for c in INDICATORS[key].columns if c.number]
    expected = INDICATORS[key].rows(
        Filters(programme=net.p, start=selectors.dt.date(2021, 1, 1)), net.coordinator
    )
    assert [[row[n] for n in numbers] for row in body["rows"]] == [
        [row[n] for n in numbers] for row in expected
    ]


def test_json_export_reads_its_codes(client, net):
    body = export(client, "events-per-kind", "json").json()

    assert body["rows"][0] == {
        "kind": "peer_exchange",
        "kind_label": "Peer exchange",
        "held": 2,
        "upcoming": 0,
        "cancelled": 1,
    }


def test_italian_page_and_export(client, net):
    html = client.get("/it/insights/").content.decode()
    as_csv = client.get("/it/insights/export/events-per-kind.csv").content.decode("utf-8-sig")

    assert "Scambi svolti per mese" in html
    assert as_csv.splitlines()[0] == "Tipo di evento,Svolti,In programma,Annullati"


def test_printable_report(client, net):
    client.force_login(net.coordinator)

    response = client.get(reverse("insights:report"), {"programme": net.p.pk, "theme": "housing"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "insights/insights.css" in html
    stylesheet = Path(finders.find("insights/insights.css")).read_text()
    assert "@media print" in stylesheet and ".programme-report .chart" in stylesheet
    assert re.findall(r'<section class="indicator" id="([a-z-]+)"', html) == list(INDICATORS)
    assert "<dd>Programme P</dd>" in html and "<dd>Housing</dd>" in html
    assert "data-print" in html
    assert "/export/" not in html  # a report to print: no download links
    assert table_rows(html, "exchanges-per-month")[1:] == [["2021-01", "1"], ["2021-02", "1"]]


def test_italian_page_and_exports_name_countries_in_italian(client, net):
    html = client.get("/it/insights/").content.decode()
    options = BeautifulSoup(html, "html.parser").select("select[name=country] option")
    as_csv = client.get("/it/insights/export/municipalities.csv").content.decode("utf-8-sig")
    practices = json.loads(client.get("/it/insights/export/practices.json").content)

    assert [option.text for option in options] == ["Tutti i paesi", "Germania", "Italia"]
    assert table_rows(html, "municipalities")[1][0] == "Italia"
    assert "Italy" not in html and "Germany" not in html
    assert [row[0] for row in csv.reader(io.StringIO(as_csv))][1:] == ["Italia", "Germania"]
    assert [row["country_name"] for row in practices["rows"]] == ["Italia", "Germania"]
