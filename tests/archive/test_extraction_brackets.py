"""Roles keep their brackets; a description in brackets is not taken for a practice's name."""

import pytest

from citypeers.archive.extraction import extract_details
from citypeers.archive.extraction.people import closed_brackets
from tests.archive import extraction_helpers as helpers

OPENING = (
    "The 4th online peer-to-peer exchange took place on 3 March 2022 between the "
    "municipalities of Vienna and Porto.\n"
)


def _roles(text: str) -> dict[str, str | None]:
    return helpers.roles(OPENING + text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "From Vienna: Ms Anna Huber, Head of the Integration and Diversity Department "
            "(MA 17); Mr Peter Gruber, Officer.",
            "Anna Huber",
            "Head of the Integration and Diversity Department (MA 17)",
        ),
        (
            "From Vienna: Ms Anna Huber (Head of Unit (MA 17)), Mr Peter Gruber (Officer).",
            "Anna Huber",
            "Head of Unit (MA 17)",
        ),
        (
            "From Vienna: Ms Anna Huber (Head of Unit), Mr Peter Gruber (Officer).",
            "Anna Huber",
            "Head of Unit",
        ),
        (
            "Ms Anna Huber (Head of the Welcome Service (MA 35)) opened the meeting.",
            "Anna Huber",
            "Head of the Welcome Service (MA 35)",
        ),
        (
            "Ms Anna Huber – Coordinator of the Start Programme (MA 17) – opened the meeting.",
            "Anna Huber",
            "Coordinator of the Start Programme (MA 17)",
        ),
        (
            "Per Porto: dott.ssa Maria Bianchi, Responsabile dell'Ufficio Stranieri "
            "(Servizi Sociali); sig. Rui Costa, Mediatore.",
            "Maria Bianchi",
            "Responsabile dell'Ufficio Stranieri (Servizi Sociali)",
        ),
    ],
)
def test_role_keeps_its_closing_bracket(text, name, role):
    roles = _roles(text)

    assert roles[name] == role


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Head of Unit (MA 17)", "Head of Unit (MA 17)"),
        ("Head of Unit (MA 17", "Head of Unit (MA 17)"),
        ("Head of Unit)", "Head of Unit"),
        ("Officer [Social Services", "Officer [Social Services]"),
        ("Director (Social Services]", "Director (Social Services)"),
    ],
)
def test_closed_brackets_pairs_every_bracket(phrase, expected):
    assert closed_brackets(phrase) == expected


def _practices(text: str) -> list[dict]:
    return [
        {key: item.get(key) for key in ("name", "aliases", "description")}
        for item in helpers.record(OPENING + text)["practices"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vienna presented “Start Wien” (Welcome programme for newcomers).",
            [
                {
                    "name": "Start Wien",
                    "aliases": [],
                    "description": "Welcome programme for newcomers",
                }
            ],
        ),
        (
            "Vienna presented “Start Wien” (a welcome programme run with NGOs).",
            [
                {
                    "name": "Start Wien",
                    "aliases": [],
                    "description": "A welcome programme run with NGOs",
                }
            ],
        ),
        (
            "Porto illustrated the “Families Without Borders” (Famiglie Senza Confini) project.",
            [
                {
                    "name": "Famiglie Senza Confini",
                    "aliases": ["Families Without Borders"],
                    "description": None,
                }
            ],
        ),
        (
            "Porto showed the “House of Cultures” (Casa delle Culture).",
            [{"name": "Casa delle Culture", "aliases": ["House of Cultures"], "description": None}],
        ),
        (
            "Vienna described “Mama lernt Deutsch” (German courses for mothers at schools).",
            [
                {
                    "name": "Mama lernt Deutsch",
                    "aliases": [],
                    "description": "German courses for mothers at schools",
                }
            ],
        ),
    ],
)
def test_bracketed_description_is_not_a_practice_name(text, expected):
    assert _practices(text) == expected


def test_evidence_names_the_sentence_of_an_unsure_person():
    text = OPENING + "Mr Peter Gruber spoke. The cities agreed to meet again."

    details = extract_details(text, source="x.txt")

    assert "people" in details.low_confidence
    assert details.evidence["people"] == ["Mr Peter Gruber spoke."]
