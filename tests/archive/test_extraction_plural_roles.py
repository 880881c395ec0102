"""A plural role said before a list of names gives each name the role (own sentences)."""

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
    ],
)
def test_each_name_after_a_plural_role_gets_the_role(text, role):
    people = extract_report(text, source="own.txt")["people"]

    assert len(people) == 2
    assert all(p["role"].split()[0] == role for p in people)
