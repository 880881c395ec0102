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
    ],
)
def test_a_body_without_head_noun_is_found_by_its_part(text, body):
    orgs = extract_report(text, source="x.txt")["organizations"]
    assert any(scorer().fuzzy(body, o["name"]) for o in orgs), orgs
