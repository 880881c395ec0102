import datetime as dt

from citypeers.archive.inference import SeriesEvent, infer_year


def test_infer_year_from_next_number_in_series():
    known = [SeriesEvent(2, 8, (3, 8), dt.date(2021, 3, 8))]

    assert infer_year(SeriesEvent(1, 7, (2, 18), None), known) == 2021


def test_infer_year_earlier_number_later_in_calendar_goes_back_a_year():
    known = [SeriesEvent(2, 8, (2, 8), dt.date(2021, 2, 8))]

    assert infer_year(SeriesEvent(1, 7, (12, 10), None), known) == 2020


def test_infer_year_without_number_picks_nearest_event():
    known = [
        SeriesEvent(2, None, (12, 3), dt.date(2020, 12, 3)),
        SeriesEvent(3, 9, (3, 31), dt.date(2021, 3, 31)),
    ]

    assert infer_year(SeriesEvent(1, None, (10, 8), None), known) == 2020


def test_infer_year_nothing_known():
    assert infer_year(SeriesEvent(1, 7, (2, 18), None), []) is None
