"""Where an import lands: the programme's series in order, the report on the event page,
the practices it names linked to the library (or added as drafts when ticked)."""

import datetime as dt

import pytest

from citypeers.archive.enums import ImportAction
from citypeers.archive.landing import series_key
from citypeers.archive.models import ImportedReport
from citypeers.archive.services import import_report_text, resolve_municipality
from citypeers.events import services as event_services
from citypeers.events.models import Event, EventSeries
from citypeers.practices.models import Practice
from tests.factories import OrganisationFactory, PracticeFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

REPORT = (
    "Online meeting\n\n"
    "The 2nd online peer-to-peer exchange took place on 10 June 2021 between the "
    "municipalities of Vienna and Athens, moderated by IOM.\n\n"
    "From Vienna: Ms Anna Huber, Head of the Integration and Diversity Department (MA 17).\n"
    "Vienna presented “Start Wien” (Welcome programme for newcomers) and “Porta Futuro”."
)


@pytest.fixture
def programme_series():
    """A programme run by IOM with its exchange series: the 1st in May, the 2nd in July."""
    iom = OrganisationFactory(
        name="International Organization for Migration",
        short_name="IOM",
        kind="international_organization",
    )
    programme = ProgrammeFactory(name="Cities Together", short_name="CT", coordinator=iom)
    series = event_services.ensure_series(
        name_en="online peer-to-peer exchange",
        name_it="scambio online tra pari",
        kind="peer_exchange",
        programme=programme,
    )
    lyon = resolve_municipality(name="Lyon", country="FR")
    for day in (dt.date(2021, 5, 3), dt.date(2021, 7, 5)):
        start = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)
        event_services.create_event(
            kind="peer_exchange",
            starts_at=start,
            ends_at=start + dt.timedelta(hours=2),
            series=series,
            municipalities=[lyon],
        )
    return series


def _series_run(series) -> list[tuple[dt.date, int]]:
    return [
        (event.starts_at.date(), event.ordinal)
        for event in Event.objects.filter(series=series).order_by("starts_at")
    ]


def test_import_of_programme_report_joins_its_series_in_order(programme_series):
    outcome = import_report_text(text=REPORT, source_name="vienna-athens.txt")

    event = outcome.report.event
    assert outcome.action == ImportAction.CREATED
    assert (event.series, event.programme) == (programme_series, programme_series.programme)
    assert _series_run(programme_series) == [
        (dt.date(2021, 5, 3), 1),
        (dt.date(2021, 6, 9), 2),
        (dt.date(2021, 7, 5), 3),
    ]
    assert list(EventSeries.objects.values_list("name_en", flat=True)) == [
        "online peer-to-peer exchange"
    ]


def test_import_naming_the_programme_joins_its_series_despite_an_owner_prefix(programme_series):
    named = REPORT.replace("moderated by IOM", "moderated by IOM within the project CT")

    outcome = import_report_text(text=named, source_name="vienna-athens.txt")

    assert outcome.report.record["project"] == "CT"
    assert outcome.report.event.series == programme_series
    assert EventSeries.objects.count() == 1


def test_import_of_another_project_keeps_its_own_series(programme_series):
    other = REPORT.replace("moderated by IOM", "moderated by IOM within the project ELSEWHERE")

    outcome = import_report_text(text=other, source_name="vienna-athens.txt")

    assert outcome.report.event.series.name_en == "ELSEWHERE: online peer-to-peer exchange"
    assert _series_run(programme_series) == [(dt.date(2021, 5, 3), 1), (dt.date(2021, 7, 5), 2)]


def test_event_page_shows_the_imported_report_in_paragraphs(client, programme_series):
    text = REPORT + "\n\nThe cities agreed to meet again <script>alert(1)</script> in autumn."

    outcome = import_report_text(text=text, source_name="vienna-athens.txt")

    event = outcome.report.event
    page = client.get(event.get_absolute_url()).content.decode()
    assert event.status == "concluded"
    assert event.report.startswith("<p>Online meeting</p><p>The 2nd online peer-to-peer")
    assert event.report.count("<p>") == 4
    assert "<script>" not in page
    assert "The cities agreed to meet again &lt;script&gt;" in page
    assert '<div class="report" lang="en"><p>Online meeting</p>' in page


def test_event_page_shows_the_coordinators_edited_report(client, programme_series, coordinator):
    outcome = import_report_text(
        text=REPORT,
        source_name="vienna-athens.txt",
        record=None,
        shown_text="Vienna and Athens met online.\n\nThey compared welcome services.",
        by=coordinator,
    )

    event = outcome.report.event
    page = client.get(event.get_absolute_url()).content.decode()
    assert (
        event.report == "<p>Vienna and Athens met online.</p><p>They compared welcome services.</p>"
    )
    assert '<div class="report" lang="en"><p>Vienna and Athens met online.</p>' in page


def test_named_practice_links_to_the_library_by_any_of_its_names(client, programme_series):
    vienna = resolve_municipality(name="Vienna", country="AT")
    start_wien = PracticeFactory(name="START WIEN", name_en="Start Vienna", municipality=vienna)
    futuro = PracticeFactory(name="Pòrta Futuro", municipality=vienna)

    outcome = import_report_text(text=REPORT, source_name="vienna-athens.txt")

    event = outcome.report.event
    page = client.get(event.get_absolute_url()).content.decode()
    assert sorted(event.practices.values_list("name", flat=True)) == ["Pòrta Futuro", "START WIEN"]
    assert f'<a href="{start_wien.get_absolute_url()}">Start Wien</a>' in page
    assert f'<a href="{futuro.get_absolute_url()}">Porta Futuro</a>' in page


def test_unknown_practice_becomes_a_draft_only_when_ticked(programme_series, coordinator):
    import_report_text(text=REPORT, source_name="a.txt", by=coordinator)
    assert Practice.objects.count() == 0

    outcome = import_report_text(
        text=REPORT.replace("10 June", "11 June"),
        source_name="a.txt",
        new_practices=["Start Wien"],
        by=coordinator,
    )

    created = Practice.objects.get()
    assert (created.name, created.status, created.municipality.name) == (
        "Start Wien",
        "draft",
        "Vienna",
    )
    assert list(created.presented_at.all()) == [outcome.report.event]
    assert ImportedReport.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "owners"),
    [
        ("IOM: online peer-to-peer exchange", ("IOM",)),
        ("Online Peer-to-Peer Exchange", ()),
        ("CT online peer to peer exchange", ("CT", "Cities Together")),
        ("Cities Together: online peer-to-peer exchange", ()),
    ],
)
def test_series_key_drops_the_owner_and_spelling(name, owners):
    assert series_key(name, owners=owners) == "online peer to peer exchange"


def test_import_after_the_programme_ended_joins_no_programme(programme_series):
    programme = programme_series.programme
    programme.starts_on, programme.ends_on = dt.date(2019, 1, 1), dt.date(2020, 12, 31)
    programme.save()

    outcome = import_report_text(text=REPORT, source_name="vienna-athens.txt")

    assert outcome.report.event.programme is None
    assert outcome.report.event.series.name_en == "IOM: online peer-to-peer exchange"


def test_import_reports_of_no_programme_or_owner_join_no_series():
    first = (
        "The 3rd consultation took place on 10 May 2021 between the municipalities of "
        "Graz and Linz, on housing for newcomers."
    )
    second = (
        "The 1st consultation took place on 12 June 2022 between the municipalities of "
        "Lyon and Porto, on language courses."
    )

    outcomes = [
        import_report_text(text=first, source_name="graz.txt"),
        import_report_text(text=second, source_name="lyon.txt"),
    ]

    assert [o.action for o in outcomes] == [ImportAction.CREATED, ImportAction.CREATED]
    assert Event.objects.count() == 2
    assert not Event.objects.filter(series__isnull=False).exists()
    assert not EventSeries.objects.exists()
