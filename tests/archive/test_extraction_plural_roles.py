"""A plural role said before a list of names gives each name the role; a role said before a
name and its title (own sentences)."""

import pytest

from citypeers.archive.extraction import extract_report


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Lyon, 4 May 2024. The group met City Council members Anne Dubois and Marc Lefevre "
            "at the town hall to discuss refugee housing.",
            "member",
        ),
        (
            "Lyon, 4 May 2024. Our presenters Anne Dubois and Marc Lefevre answered the "
            "questions on refugee housing.",
            "presenter",
        ),
        (
            "Brașov, 3 mai 2024. Delegația a avut întâlniri cu cei doi viceprimari ai "
            "municipiului, Ion Popescu si Vasile Ionescu, despre integrarea refugiaților.",
            "viceprimar",
        ),
        (
            "Lucca, 4 maggio 2024. Hanno relazionato i prefetti Paolo Ferri e Giulia Conti "
            "sull'accoglienza diffusa.",
            "prefetto",
        ),
        (
            "Quito, 4 de mayo de 2024. Intervinieron las directoras Marta Solís y Rocío Ibarra "
            "sobre la acogida de refugiados.",
            "directora",
        ),
        (
            "Ulm, 4. Mai 2024. Über die Aufnahme sprachen die Landräte Karl Huber und Jonas Maier.",
            "Landrat",
        ),
    ],
)
def test_each_name_after_a_plural_role_gets_the_role(text, role):
    people = extract_report(text, source="own.txt")["people"]

    assert len(people) == 2
    assert all(p["role"].split()[0] == role for p in people)


def test_a_role_before_a_lower_case_romanian_title_belongs_to_the_name_after_it():
    text = (
        "Cluj, 3 mai 2024. Secretarul de stat în Ministerul Muncii, dna. Ioana Popescu, a "
        "participat la întâlnire, alături de Șeful Cancelariei Prefectului, dl. Mihai Ionescu."
    )

    people = extract_report(text, source="own.txt")["people"]

    assert [(p["name"], p["role"].split()[0]) for p in people] == [
        ("Ioana Popescu", "Secretarul"),
        ("Mihai Ionescu", "Șeful"),
    ]
