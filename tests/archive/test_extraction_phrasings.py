"""Phrasings beyond the seed reports: participation cues, attribution, names of bodies."""

import pytest

from citypeers.archive.enums import ImportAction
from citypeers.archive.extraction import extract_report
from citypeers.archive.extraction.organisations import international_short
from citypeers.archive.extraction.text import fold
from citypeers.archive.services import import_report_text
from citypeers.core.text import fold as core_fold
from citypeers.network.models import Municipality


def _cities(text: str) -> list[str]:
    return [m["name"] for m in extract_report(text, source="x.txt")["municipalities"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 2022 an online peer-to-peer exchange took place between Nantes and "
            "Cluj-Napoca on school enrolment.",
            ["Nantes", "Cluj-Napoca"],
        ),
        ("Si è svolto online lo scambio tra pari tra Verona e Lubiana.", ["Verona", "Ljubljana"]),
        (
            "Lo scambio fra Trieste e Zagabria si è concluso con un piano comune.",
            ["Trieste", "Zagreb"],
        ),
        ("Utrecht – Graz\nThe exchange looked at housing first.", ["Utrecht", "Graz"]),
        (
            "An exchange among Tampere, Tartu and Riga on language courses.",
            ["Tampere", "Tartu", "Riga"],
        ),
        ("Officials from the cities of Brno and Košice met online.", ["Brno", "Košice"]),
        ("Hanno partecipato i comuni di Lecce e Braga.", ["Lecce", "Braga"]),
        ("Ha partecipato anche la città di Stoccarda.", ["Stuttgart"]),
    ],
)
def test_extract_report_participation_cues(text, expected):
    assert _cities(text) == expected


def test_extract_report_between_needs_a_pair_of_places():
    text = "The meeting ran between Monday and Tuesday. Lyon has a new mayor."

    assert _cities(text) == []


def test_extract_report_later_paragraph_city_name_alone_not_cued():
    text = "Exchange on housing\nThe talks compared rents. Prices in Milan and Paris rose."

    assert _cities(text) == []


@pytest.mark.django_db
def test_import_report_named_only_between_two_cities():
    text = (
        "Online exchange between Bari and Kraków\n"
        "On 12 April 2021 an online peer-to-peer exchange took place between Bari and Kraków."
    )

    outcome = import_report_text(text=text, source_name="bari.txt")

    assert outcome.action == ImportAction.CREATED
    assert Municipality.objects.count() == 2


@pytest.mark.parametrize(
    ("text", "presenter"),
    [
        (
            'Lisbon presented its "Lisboa Acolhe" programme, while Athens illustrated the '
            '"Curing the Limbo" project. The municipalities of Lisbon and Athens took part.',
            "Athens",
        ),
        (
            "I comuni di Siviglia e Lipsia hanno partecipato. Siviglia ha presentato il "
            "programma «Sevilla Integra», mentre Lipsia ha illustrato il progetto «Arbeit für "
            "Alle».",
            "Leipzig",
        ),
    ],
)
def test_extract_report_practice_goes_to_its_presenter(text, presenter):
    practices = extract_report(text, source="x.txt")["practices"]

    assert practices[-1]["municipality"] == presenter
    assert len(practices) == 2


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        ("Lo scambio tra i comuni di Bari e Lecce, organizzato dall'OIM, è concluso.", "IOM"),
        ("Il laboratorio fra i comuni di Bari e Lecce è stato moderato dall'ACNUR.", "UNHCR"),
        ("Il webinar per i comuni di Bari e Lecce è organizzato dall'OCSE.", "OECD"),
        (
            "L'incontro fra i comuni di Bari e Lecce, organizzato dalla Commissione europea.",
            "European Commission",
        ),
        ("L'incontro fra i comuni di Bari e Lecce, promosso dall'UE.", "EU"),
        ("The meeting of the cities of Lyon and Porto was moderated by the OIT.", "ILO"),
    ],
)
def test_extract_report_organizer_international_short_name(text, organizer):
    assert extract_report(text, source="x.txt")["organizer"] == organizer


def test_extract_report_organisations_use_english_short_names():
    text = (
        "Lo scambio fra i comuni di Bari e Lecce, organizzato dall'ACNUR con l'OCSE e con la "
        "Organizzazione Internazionale per le Migrazioni."
    )

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert names == ["UNHCR", "OECD", "IOM"]


def test_international_short_table_leaves_local_bodies_alone():
    assert international_short("Commissione Europea") == "European Commission"
    assert international_short("Caritas") is None
    assert international_short("Comune di Bari") is None


@pytest.mark.parametrize("name", ["Ærø", "Łódź", "Straße", "Kraków", "Cluj-Napoca", "Ağrı"])
def test_archive_fold_is_the_directory_fold(name):
    assert fold(name) == core_fold(name)
