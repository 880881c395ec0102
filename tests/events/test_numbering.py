import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from citypeers.events import services
from citypeers.events.models import Event
from citypeers.events.numbering import OrdinalClash, Slot, renumber
from tests.factories import EventSeriesFactory, MunicipalityFactory


def day(month, number, hour=9):
    return dt.datetime(2021, month, number, hour, tzinfo=dt.UTC)


def slots(*rows):
    return [Slot(key=key, when=when, ordinal=number) for key, when, number in rows]


def test_renumber_new_event_between_two_takes_the_next_number():
    rows = slots(("a", 1, 7), ("b", 3, 8), ("new", 2, None))

    assert renumber(rows, target="new", old_ordinal=None, wanted=None) == {
        "a": 7,
        "new": 8,
        "b": 9,
    }


def test_renumber_new_first_event_takes_the_first_number():
    rows = slots(("a", 2, 7), ("b", 3, 8), ("new", 1, None))

    assert renumber(rows, target="new", old_ordinal=None, wanted=None) == {
        "new": 7,
        "a": 8,
        "b": 9,
    }


def test_renumber_keeps_gaps_of_an_archive_that_starts_late():
    rows = slots(("a", 1, 1), ("b", 5, 7), ("new", 9, None))

    assert renumber(rows, target="new", old_ordinal=None, wanted=None) == {
        "a": 1,
        "b": 7,
        "new": 8,
    }


def test_renumber_moving_the_first_to_the_end_closes_the_gap():
    rows = slots(("a", 9, 7), ("b", 2, 8), ("c", 3, 9))

    assert renumber(rows, target="a", old_ordinal=7, wanted=None) == {"b": 7, "c": 8, "a": 9}


def test_renumber_wanted_number_below_an_earlier_event_clashes():
    rows = slots(("a", 1, 7), ("b", 2, 8), ("new", 3, None))

    with pytest.raises(OrdinalClash) as clash:
        renumber(rows, target="new", old_ordinal=None, wanted=8)

    assert clash.value.holder == "b"


@pytest.fixture
def series(db):
    return EventSeriesFactory()


def exchange(series, when, ordinal=None):
    return services.create_event(
        kind="peer_exchange",
        starts_at=when,
        ends_at=when + dt.timedelta(hours=2),
        municipalities=[MunicipalityFactory(), MunicipalityFactory()],
        series=series,
        ordinal=ordinal,
    )


def ordinals(series):
    return list(series.events.order_by("starts_at").values_list("ordinal", flat=True))


def test_create_event_earlier_than_the_others_renumbers_the_later_ones(series):
    exchange(series, day(2, 18), ordinal=7)
    exchange(series, day(3, 8))
    exchange(series, day(3, 31))

    earlier = exchange(series, day(2, 1))

    assert earlier.ordinal == 7
    assert ordinals(series) == [7, 8, 9, 10]


def test_create_event_with_a_clashing_number_saves_nothing(series):
    exchange(series, day(2, 18), ordinal=7)
    exchange(series, day(3, 8))
    before = Event.objects.count()

    with pytest.raises(ValidationError) as error:
        exchange(series, day(3, 31), ordinal=8)

    assert "ordinal" in error.value.message_dict
    assert Event.objects.count() == before
    assert ordinals(series) == [7, 8]


def test_update_event_moved_later_renumbers_the_series(series):
    first = exchange(series, day(2, 18), ordinal=7)
    exchange(series, day(3, 8))
    exchange(series, day(3, 31))

    services.update_event(
        event=first, starts_at=day(4, 15), ends_at=day(4, 15) + dt.timedelta(hours=2)
    )

    first.refresh_from_db()
    assert first.ordinal == 9
    assert ordinals(series) == [7, 8, 9]


def test_update_event_without_moving_keeps_its_number(series):
    exchange(series, day(2, 18), ordinal=7)
    second = exchange(series, day(3, 8))

    services.update_event(event=second, title="Renamed")

    second.refresh_from_db()
    assert (second.ordinal, second.title) == (8, "Renamed")


def test_delete_event_closes_up_the_series(series):
    exchange(series, day(2, 18), ordinal=7)
    second = exchange(series, day(3, 8))
    exchange(series, day(3, 31))

    services.delete_event(event=second)

    assert ordinals(series) == [7, 8]
