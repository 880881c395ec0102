import json

import pytest

from citypeers.archive.extraction import (
    FIELDS,
    ReportError,
    decode_report,
    extract_details,
    extract_report,
    load_gazetteer,
    read_report,
    theme_slugs,
)
from citypeers.archive.extraction.dates import event_dates, event_times
from citypeers.archive.extraction.ordinals import event_sequence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was organized on 18 February between them.", ("--02-18", "--02-18")),
        ("The meeting took place on 8 March 2021.", ("2021-03-08", "2021-03-08")),
        ("The event took place on October the 8th and 9th in Milan.", ("--10-08", "--10-09")),
        ("L'incontro si è svolto il 3 dicembre 2020.", ("2020-12-03", "2020-12-03")),
        ("Si è tenuta dal 12 al 14 marzo 2022 a Bologna.", ("2022-03-12", "2022-03-14")),
        ("Held on February 18, 2021 online.", ("2021-02-18", "2021-02-18")),
        ("Workshop, 5 novembre – 7 novembre 2019", ("2019-11-05", "2019-11-07")),
    ],
)
def test_event_dates_english_and_italian(text, expected):
    start, end, invalid = event_dates(text)

    assert (start, end) == expected
    assert invalid == []


def test_event_dates_impossible_day_reported():
    start, end, invalid = event_dates("The meeting was held on 31 February 2021.")

    assert (start, end) == (None, None)
    assert invalid == ["31 February 2021"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3 December 2020 10:00-12:00 (CET) / 11:00-13:00 (EET)",
            ("10:00", "12:00", ["CET", "EET"]),
        ),
        ("31 March 2021 14.30 - 16.30", ("14:30", "16:30", [])),
        ("dalle 9:30 alle 13:00 (CET)", ("09:30", "13:00", ["CET"])),
        ("from 10 am to 12 pm CET", ("10:00", "12:00", ["CET"])),
        ("20,000 people arrived in 1991", (None, None, [])),
        ("10:00 CET - 12:00 CET", ("10:00", "12:00", ["CET"])),
        ("10h00-12h30 CEST", ("10:00", "12:30", ["CEST"])),
    ],
)
def test_event_times_ranges_and_zones(text, expected):
    assert event_times(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A seventh online peer-to-peer exchange", 7),
        ("The 8th online peer-to-peer exchange meeting", 8),
        ("il 9° incontro online", 9),
        ("Il nono scambio tra pari", 9),
        ("la ventitreesima edizione", 23),
        ("the first-reception service", None),
        ("Peer exchange #11 between Rome and Lyon", 11),
        ("Incontro n. 4 tra i comuni", 4),
    ],
)
def test_event_sequence_ordinals(text, expected):
    assert event_sequence(text) == expected


def test_gazetteer_finds_alternate_names_accents_optional():
    gazetteer = load_gazetteer()

    krakow = gazetteer.lookup("Cracovia")
    florence = gazetteer.lookup("firenze")
    gdansk = gazetteer.lookup("Gdansk")

    assert (krakow.name, krakow.country) == ("Kraków", "PL")
    assert (florence.name, florence.country) == ("Florence", "IT")
    assert (gdansk.name, gdansk.country) == ("Gdańsk", "PL")
    assert gazetteer.lookup("Florence", country="US") is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text"),
        (b"x" * (11 * 1024 * 1024), "too large"),
    ],
)
def test_decode_report_bad_input_named(data, message):
    with pytest.raises(ReportError, match=message):
        decode_report(data, name="bad.txt")


def test_decode_report_cp1252_and_bom():
    cp1252 = "Città di Ž – “quoted”".encode("cp1252")
    bom = "\ufeffŁódź meeting".encode()

    assert decode_report(cp1252, name="a.txt") == "Città di Ž – “quoted”"
    assert decode_report(bom, name="b.txt") == "Łódź meeting"


def test_decode_report_html_reduced_to_text():
    html = (
        b"<html><head><script>var x = 'Municipality of Paris';</script></head><body><p>The "
        b"meeting in <b>Rome</b>.</p><p>Second</p></body></html>"
    )

    text = decode_report(html, name="page.html")

    assert text == "The meeting in Rome.\n\nSecond"


def test_read_report_missing_file_named(tmp_path):
    with pytest.raises(ReportError, match="gone.txt"):
        read_report(tmp_path / "gone.txt")


def test_extract_report_has_exactly_the_contract_fields():
    record = extract_report("An online workshop with the Municipality of Lyon.", source="x.txt")

    assert tuple(record) == FIELDS
    assert record["source"] == "x.txt"
    assert record["kind"] == "workshop"
    assert record["municipalities"] == [{"name": "Lyon", "country": "FR"}]
    json.dumps(record)


def test_extract_report_themes_are_vocabulary_slugs():
    text = (
        "The municipalities of Rome and Lisbon discussed housing, COVID-19 "
        "emergency measures and language courses."
    )

    record = extract_report(text, source="x.txt")

    assert set(record["themes"]) <= set(theme_slugs())
    assert {"housing", "crisis_response", "language"} <= set(record["themes"])


def test_extract_details_flags_impossible_date_and_missing_municipality():
    details = extract_details(
        "A webinar was held on 31 February 2021 about housing.", source="x.txt"
    )

    assert details.record["start_date"] is None
    assert details.record["municipalities"] == []
    assert details.problems == [
        "the date “31 February 2021” does not exist",
        "the report names no municipality",
    ]


def test_extract_report_unmentioned_big_city_not_a_participant():
    text = (
        "The municipalities of Madrid and Thessaloniki met online. Policies "
        "are conceived in Brussels."
    )

    record = extract_report(text, source="x.txt")

    assert [m["name"] for m in record["municipalities"]] == ["Madrid", "Thessaloniki"]


def test_extract_report_location_from_venue_label():
    text = "In-person workshop\nVenue: Bologna, Palazzo d'Accursio\n\nThe municipalities of Bologna and Lyon met."

    record = extract_report(text, source="x.txt")

    assert (record["location"], record["online"]) == ("Bologna", False)


def test_extract_report_italian_text_gives_english_city_names():
    text = "Lo scambio tra pari si è svolto online tra il Comune di Napoli e il Comune di Cracovia."

    record = extract_report(text, source="x.txt")

    assert record["municipalities"] == [
        {"name": "Naples", "country": "IT"},
        {"name": "Kraków", "country": "PL"},
    ]
    assert record["kind"] == "peer_exchange"


def test_extract_report_header_dateline_and_country_closing_a_list():
    text = (
        "Thematic workshop on education\n\nVilnius, 22-23 September 2022\n\n"
        "The workshop brought together experts from Vilnius, Kaunas and Klaipeda (Lithuania)."
    )

    record = extract_report(text, source="x.txt")

    assert record["location"] == "Vilnius"
    assert [m["name"] for m in record["municipalities"]] == ["Vilnius", "Kaunas", "Klaipeda"]


def test_extract_report_italian_role_before_name_without_city():
    text = (
        "Lo scambio tra pari si è svolto tra i comuni di Atene (Grecia) e Vienna (Austria), "
        "con la partecipazione del Sindaco di Atene, Kostas Bakoyannis."
    )

    record = extract_report(text, source="x.txt")

    assert record["people"] == [
        {"name": "Kostas Bakoyannis", "role": "Sindaco di Atene", "organization": "Athens"}
    ]
