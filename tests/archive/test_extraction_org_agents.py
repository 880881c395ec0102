"""Bodies with no head noun, found by their part in the meeting (own sentences)."""

import pytest

from citypeers.archive.extraction import extract_report
from tests.archive.archive_scoring import scorer


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the body that hosts the event
        (
            "The webinar on 12 May is hosted by the Nordic Inclusion Lab, with speakers from "
            "Oslo and Malmö.",
            "Nordic Inclusion Lab",
        ),
        # a body introduced by its kind and an adjective of scope
        (
            "Il progetto è promosso attraverso l’organizzazione internazionale KORVA, che ha "
            "riunito a Parma i comuni partner il 3 aprile.",
            "KORVA",
        ),
        (
            "The partners met in Ghent on 8 March with the international organisation "
            "Bridgewell to plan the next study visit.",
            "Bridgewell",
        ),
        # a quoted name with an apostrophe inside a word
        (
            "Sabato 4 marzo a Lecco l’associazione “Dell’Orto per tutti” riunisce i sindaci "
            "dei comuni vicini.",
            "Dell’Orto per tutti",
        ),
    ],
)
def test_a_body_without_head_noun_is_found_by_its_part(text, body):
    orgs = extract_report(text, source="x.txt")["organizations"]
    assert any(scorer().fuzzy(body, o["name"]) for o in orgs), orgs


@pytest.mark.parametrize(
    "text",
    [
        "The event is hosted by the Lakeside Governance Platform, representing the EU-funded "
        "project Welcome4All in cooperation with Harbour Cities.",
        "The meeting was organised by the EU funded project Welcome in cooperation with the "
        "Ghent municipality.",
        "Representatives of the EU funded project Welcome met the Ghent municipality.",
    ],
)
def test_eu_funded_names_no_body(text):
    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert not any(n.startswith(("EU", "EU-")) for n in names)
    assert extract_report(text, source="x.txt")["organizer"] not in {"EU", "EU-funded"}


def test_the_eu_said_as_organiser_is_still_a_body():
    text = "The meeting was organised by the EU in Brussels with the Ghent municipality."

    assert {"name": "EU", "kind": "eu_institution"} in extract_report(text, source="x.txt")[
        "organizations"
    ]


def test_a_body_closing_a_speakers_line_after_the_name_is_found():
    text = (
        "The network of local authorities met online on 3 May.\n"
        "1. Housing after arrival – Mara Quist, Harbour Aid\n"
        "2. Welcome - Cllr Tom Reeve, Dunmore Borough Council\n"
    )

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert "Harbour Aid" in names
    assert not any("Council" in n for n in names)


def test_the_items_of_a_list_of_bodies_are_bodies():
    text = (
        "A delegation visited Leeds on 2 June 2014. It came from these organisations:\n\n"
        " • Open Doors Trust North - gives legal advice to newcomers.\n"
        " • 'Fresh Start' - is a volunteer campaign.\n"
        "\nThe visit ended with a dinner."
    )

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert {"Open Doors Trust North", "Fresh Start"} <= set(names)
