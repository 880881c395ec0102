import datetime as dt

import pytest

from citypeers.events.timezones import (
    LocalTimeError,
    format_range,
    local_to_utc,
    zone_abbreviation,
)

UTC = dt.UTC


def utc(*args):
    return dt.datetime(*args, tzinfo=UTC)


def test_format_range_seed_meeting_in_two_zones():
    start, end = utc(2020, 12, 3, 9), utc(2020, 12, 3, 11)

    text = format_range(start, end, ["Europe/Rome", "Europe/Bucharest"])

    assert text == "10:00–12:00 (CET) / 11:00–13:00 (EET)"


def test_format_range_same_zone_appears_once():
    start, end = utc(2021, 3, 31, 12, 30), utc(2021, 3, 31, 14, 30)

    text = format_range(start, end, ["Europe/Warsaw", "Europe/Rome", "Europe/Rome"])

    assert text == "14:30–16:30 (CEST)"


def test_format_range_venice_after_the_spring_switch_is_cest():
    assert zone_abbreviation(utc(2021, 3, 31, 12), "Europe/Rome") == "CEST"


def test_format_range_cluj_in_december_is_eet():
    assert zone_abbreviation(utc(2020, 12, 3, 9), "Europe/Bucharest") == "EET"


@pytest.mark.parametrize(
    ("start", "zones", "expected"),
    [
        # Lisbon / Athens: the EU switches on 28 March 2021 at 01:00 UTC, both together.
        (utc(2021, 3, 27, 9), ["Europe/Lisbon", "Europe/Athens"],
         "09:00–11:00 (WET) / 11:00–13:00 (EET)"),
        (utc(2021, 3, 29, 9), ["Europe/Lisbon", "Europe/Athens"],
         "10:00–12:00 (WEST) / 12:00–14:00 (EEST)"),
        (utc(2021, 10, 30, 9), ["Europe/Lisbon", "Europe/Athens"],
         "10:00–12:00 (WEST) / 12:00–14:00 (EEST)"),
        (utc(2021, 11, 1, 9), ["Europe/Lisbon", "Europe/Athens"],
         "09:00–11:00 (WET) / 11:00–13:00 (EET)"),
        # Madrid / Bucharest
        (utc(2021, 3, 27, 9), ["Europe/Madrid", "Europe/Bucharest"],
         "10:00–12:00 (CET) / 11:00–13:00 (EET)"),
        (utc(2021, 3, 29, 8), ["Europe/Madrid", "Europe/Bucharest"],
         "10:00–12:00 (CEST) / 11:00–13:00 (EEST)"),
        (utc(2021, 11, 1, 9), ["Europe/Madrid", "Europe/Bucharest"],
         "10:00–12:00 (CET) / 11:00–13:00 (EET)"),
        # Valletta / Warsaw: the same offset and abbreviation on both sides of the switch.
        (utc(2021, 3, 27, 9), ["Europe/Malta", "Europe/Warsaw"], "10:00–12:00 (CET)"),
        (utc(2021, 3, 29, 8), ["Europe/Malta", "Europe/Warsaw"], "10:00–12:00 (CEST)"),
        (utc(2021, 10, 30, 8), ["Europe/Malta", "Europe/Warsaw"], "10:00–12:00 (CEST)"),
        (utc(2021, 11, 1, 9), ["Europe/Malta", "Europe/Warsaw"], "10:00–12:00 (CET)"),
    ],
)  # fmt: skip
def test_format_range_across_dst_changes(start, zones, expected):
    end = start + dt.timedelta(hours=2)

    assert format_range(start, end, zones) == expected


def test_format_range_spanning_the_switch_shows_both_abbreviations():
    start, end = utc(2021, 3, 28, 0, 30), utc(2021, 3, 28, 1, 30)

    text = format_range(start, end, ["Europe/Rome"])

    assert text == "01:30–03:30 (CET/CEST)"


def test_format_range_when_us_and_eu_switch_on_different_weeks():
    start, end = utc(2021, 3, 20, 14), utc(2021, 3, 20, 15)

    text = format_range(start, end, ["America/New_York", "Europe/Rome"])

    assert text == "10:00–11:00 (EDT) / 15:00–16:00 (CET)"


def test_format_range_adds_dates_when_the_parties_days_differ():
    start, end = utc(2021, 6, 1, 22, 30), utc(2021, 6, 1, 23, 30)

    text = format_range(start, end, ["Europe/Lisbon", "Europe/Athens"])

    assert text == (
        "1 June 2021, 23:30 – 2 June 2021, 00:30 (WEST) / 2 June 2021, 01:30–02:30 (EEST)"
    )


def test_format_range_dates_in_italian():
    start, end = utc(2020, 10, 8, 7), utc(2020, 10, 9, 15)

    text = format_range(start, end, ["Europe/Rome"], language="it")

    assert text == "8 ottobre 2020, 09:00 – 9 ottobre 2020, 17:00 (CEST)"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "3 December 2020, 10:00–12:00 (CET)"),
        ("it", "3 dicembre 2020, 10:00–12:00 (CET)"),
        ("es", "3 de diciembre de 2020, 10:00–12:00 (CET)"),
        ("el", "3 Δεκεμβρίου 2020, 10:00\u202fπ.μ.–12:00\u202fμ.μ. (CET)"),
        ("pl", "3 grudnia 2020, 10:00–12:00 (CET)"),
        ("ro", "3 decembrie 2020, 10:00–12:00 (CET)"),
        ("de", "3. Dezember 2020, 10:00–12:00 (CET)"),
        ("mt", "3 ta’ Diċembru 2020, 10:00–12:00 (CET)"),
    ],
)
def test_format_range_in_each_site_language(language, expected):
    start, end = utc(2020, 12, 3, 9), utc(2020, 12, 3, 11)

    text = format_range(start, end, ["Europe/Rome"], language=language, with_date=True)

    assert text == expected


def test_format_range_zone_without_letters_uses_gmt_form():
    start, end = utc(2021, 3, 31, 12, 30), utc(2021, 3, 31, 14, 30)

    assert format_range(start, end, ["Europe/Istanbul"]) == "15:30–17:30 (GMT+03:00)"


def test_format_range_without_zones_is_in_utc():
    assert format_range(utc(2021, 1, 1, 9), utc(2021, 1, 1, 10), []) == "09:00–10:00 (UTC)"


def test_format_range_refuses_naive_datetimes():
    with pytest.raises(ValueError):
        format_range(dt.datetime(2021, 1, 1, 9), utc(2021, 1, 1, 10), ["Europe/Rome"])


def test_local_to_utc_in_winter_and_summer():
    assert local_to_utc(dt.datetime(2020, 12, 3, 10), "Europe/Rome") == utc(2020, 12, 3, 9)
    assert local_to_utc(dt.datetime(2021, 3, 31, 14, 30), "Europe/Rome") == utc(2021, 3, 31, 12, 30)


def test_local_to_utc_time_in_the_spring_gap_is_refused():
    with pytest.raises(LocalTimeError) as error:
        local_to_utc(dt.datetime(2021, 3, 28, 2, 30), "Europe/Rome")

    assert error.value.code == "nonexistent"


def test_local_to_utc_time_in_the_autumn_overlap_is_refused():
    with pytest.raises(LocalTimeError) as error:
        local_to_utc(dt.datetime(2021, 10, 31, 2, 30), "Europe/Rome")

    assert error.value.code == "ambiguous"


@pytest.mark.parametrize(
    ("wall", "zone"),
    [
        (dt.datetime(1, 1, 1, 0, 30), "Europe/Rome"),
        (dt.datetime(9999, 12, 31, 23, 30), "Atlantic/Azores"),
    ],
)
def test_local_to_utc_beyond_the_calendar_is_refused(wall, zone):
    with pytest.raises(LocalTimeError) as error:
        local_to_utc(wall, zone)

    assert error.value.code == "out_of_range"


def test_format_range_with_date_names_the_day_in_every_zone():
    start = dt.datetime(2020, 12, 3, 9, tzinfo=dt.UTC)

    text = format_range(
        start, start + dt.timedelta(hours=2), ["Europe/Rome", "Europe/Bucharest"], with_date=True
    )

    assert text == "3 December 2020, 10:00–12:00 (CET) / 3 December 2020, 11:00–13:00 (EET)"
