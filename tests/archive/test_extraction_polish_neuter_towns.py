"""Polish towns whose name ends in -o (Wejherowo, Gniezno, Kłodzko) in their genitive and
locative: the case forms end in -a, -u and -owie like the masculine towns' and are taken
back to the nominative the same way."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Udział wzięli przedstawiciele Wejherowa, Pruszkowa i Otwocka.",
            ["Wejherowo", "Pruszków", "Otwock"],
        ),
        ("Delegacje z Gniezna i Kłodzka przyjechały na spotkanie.", ["Gniezno", "Kłodzko"]),
        ("Spotkanie w Wejherowie zgromadziło przedstawicieli miasta Kłodzka.", ["Kłodzko"]),
    ],
)
def test_extract_report_polish_towns_in_o_in_their_case_forms(text, towns):
    record = helpers.record(f"Spotkanie miast\n\n{text}")

    assert [m["name"] for m in record["municipalities"]] == towns


def test_extract_report_polish_venue_in_o_in_the_locative():
    record = helpers.record("Spotkanie miast\n\nSpotkanie w Wejherowie zgromadziło burmistrzów.")

    assert record["location"] == "Wejherowo"
