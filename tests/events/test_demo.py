import datetime as dt

import pytest

from citypeers.events import demo as events_demo
from citypeers.events.models import Event, EventPerson, EventPresentation
from citypeers.events.times import event_day, event_times
from citypeers.events.titles import event_title
from citypeers.network import demo as network_demo
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db

CITIES = [
    ("Madrid", "ES", "Europe/Madrid"),
    ("Barcelona", "ES", "Europe/Madrid"),
    ("Thessaloniki", "GR", "Europe/Athens"),
    ("Bari", "IT", "Europe/Rome"),
    ("Florence", "IT", "Europe/Rome"),
    ("Milan", "IT", "Europe/Rome"),
    ("Venice", "IT", "Europe/Rome"),
    ("Kraków", "PL", "Europe/Warsaw"),
    ("Gdańsk", "PL", "Europe/Warsaw"),
    ("Cluj-Napoca", "RO", "Europe/Bucharest"),
]


@pytest.fixture
def demo_network():
    for name, country, zone in CITIES:
        MunicipalityFactory(name=name, country__code=country, timezone=zone)
    network_demo.load_demo_data()


def test_load_demo_data_twice_gives_the_five_seed_events_once(demo_network):
    events_demo.load_demo_data()
    counts = (Event.objects.count(), EventPerson.objects.count(), EventPresentation.objects.count())

    events_demo.load_demo_data()

    assert (
        Event.objects.count(),
        EventPerson.objects.count(),
        EventPresentation.objects.count(),
    ) == counts
    assert counts[0] == 5
    assert set(Event.objects.values_list("status", flat=True)) == {"concluded"}


def test_load_demo_data_numbers_the_exchanges_in_date_order(demo_network):
    events_demo.load_demo_data()

    numbered = Event.objects.filter(series__isnull=False).order_by("starts_at")

    assert [(e.ordinal, event_day(e)) for e in numbered] == [
        (7, dt.date(2021, 2, 18)),
        (8, dt.date(2021, 3, 8)),
        (9, dt.date(2021, 3, 31)),
    ]
    assert event_title(numbered[1], "en") == "8th online peer-to-peer exchange: Bari – Kraków"


def test_load_demo_data_keeps_the_times_the_reports_give(demo_network):
    events_demo.load_demo_data()

    ninth = Event.objects.get(ordinal=9)
    florence = Event.objects.get(starts_at__date=dt.date(2020, 12, 3))
    milan = Event.objects.get(kind="consultation")

    assert event_times(ninth, "en") == "14:30–16:30 (CEST)"
    assert event_times(florence, "en") == "10:00–12:00 (CET) / 11:00–13:00 (EET)"
    assert event_times(milan, "en") == "8 October 2019 – 9 October 2019"
    assert ninth.people.count() == 14
    assert milan.sessions.count() == 7
    assert EventPresentation.objects.filter(original_title="Famiglie Senza Confini").exists()


def test_load_demo_data_marks_the_years_the_reports_do_not_give(demo_network):
    events_demo.load_demo_data()

    milan = Event.objects.get(kind="consultation")
    seventh = Event.objects.get(ordinal=7)
    stated = Event.objects.exclude(pk__in=[milan.pk, seventh.pk])

    assert (event_day(milan), milan.year_inferred) == (dt.date(2019, 10, 8), True)
    assert [s.starts_at.astimezone(dt.UTC).date() for s in milan.sessions.all()][0] == dt.date(
        2019, 10, 7
    )  # midnight in Milan
    assert (event_day(seventh), seventh.year_inferred) == (dt.date(2021, 2, 18), True)
    assert stated.count() == 3
    assert not any(event.year_inferred for event in stated)


def test_load_demo_data_moves_a_milan_consultation_loaded_in_2020(demo_network):
    events_demo.load_demo_data()
    milan = Event.objects.get(kind="consultation")
    Event.objects.filter(pk=milan.pk).update(
        starts_at=milan.starts_at.replace(year=2020), ends_at=milan.ends_at.replace(year=2020)
    )

    events_demo.load_demo_data()

    moved = Event.objects.get(kind="consultation")
    assert moved.pk == milan.pk
    assert event_day(moved) == dt.date(2019, 10, 8)
