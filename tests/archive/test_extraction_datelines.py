"""A news dateline ("GENEVA, Switzerland –") places the story: most often where the meeting
was, but it says nothing of whether the city's authority took part."""

import pytest

from tests.archive import extraction_helpers as helpers


def _names(record: dict) -> list[str]:
    return [m["name"] for m in record["municipalities"]]


@pytest.mark.parametrize(
    ("text", "venue", "parties"),
    [
        (
            "Mayors sign a refugee declaration\n\nMARRAKECH, Morocco, 10 December (UNHCR) – "
            "The mayors of Quito and Kampala signed a declaration committing their cities to "
            "support refugees.",
            "Marrakesh",
            ["Quito", "Kampala"],
        ),
        (
            "Sindaci e accoglienza\n\nBruxelles, 4 giu. - I sindaci di Bergamo e Brescia hanno "
            "partecipato all'incontro sull'accoglienza dei rifugiati.",
            "Brussels",
            ["Bergamo", "Brescia"],
        ),
        (
            "Alcaldes y migración\n\nSANTIAGO.- Los alcaldes de Valparaíso y Antofagasta "
            "participaron en el encuentro sobre migración y acogida.",
            "Santiago",
            ["Valparaíso", "Antofagasta"],
        ),
    ],
)
def test_extract_report_dateline_places_the_meeting_but_is_no_party(text, venue, parties):
    record = helpers.record(text)

    assert (record["location"], _names(record)) == (venue, parties)


def test_extract_report_dateline_city_that_hosts_takes_part():
    text = (
        "Title\n\nVienna – The City of Vienna hosted the conference of the network, with "
        "delegations from Graz and Linz."
    )

    record = helpers.record(text)

    assert (record["location"], _names(record)) == ("Vienna", ["Vienna", "Graz", "Linz"])


def test_extract_report_city_lines_of_a_participant_list_are_no_dateline():
    text = (
        "Working meeting of the network\n\nThe partners met in Leuven on 4 June.\n\n"
        "Participants:\nBologna – Anna Rossi, Deputy Mayor\nGhent – Pieter Claes, Councillor"
    )

    record = helpers.record(text)

    assert record["location"] == "Leuven"
