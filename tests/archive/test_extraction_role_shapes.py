"""Roles in shapes a report writes without a rule fitted to it: a profession in an
apposition, the role as the subject of "was", a list whose roles run on to the next name, a
"who is" clause, a body in brackets, a rank's short form (made-up sentences in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Speakers included Lena Hart, sociologist, author and former councillor, and "
            "Peter Quill, researcher at the Urban Institute.",
            "Lena Hart",
            "sociologist, author and former councillor",
        ),
        (
            "W debacie wzięli udział Jan Kowalczyk, socjolog i historyk, oraz Anna Zielińska.",
            "Jan Kowalczyk",
            "socjolog i historyk",
        ),
        (
            "Ο Επίτροπος Παιδείας, Νίκος Παπαδάκης, συναντήθηκε με τους δημάρχους.",
            "Νίκος Παπαδάκης",
            "Επίτροπος Παιδείας",
        ),
    ],
)
def test_a_profession_in_an_apposition_is_the_role(text, name, role):
    assert helpers.roles(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The workshop took place on Monday. The moderator was Karen Olsen.",
            "Karen Olsen",
            "moderator",
        ),
        (
            "Spotkanie trwało dwie godziny. Moderatorem spotkania był Jan Kowalczyk.",
            "Jan Kowalczyk",
            "Moderator spotkania",
        ),
    ],
)
def test_a_role_said_as_the_subject_of_was_before_the_name(text, name, role):
    assert helpers.roles(text)[name] == role


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Present were Anna Berg – Deputy Mayor, Jan Smit – Head of the Social Office and "
            "Eva Lind – councillor.",
            {
                "Anna Berg": "Deputy Mayor",
                "Jan Smit": "Head of the Social Office",
                "Eva Lind": "councillor",
            },
        ),
        (
            "Erano presenti Marco Bellini - assessore al Welfare, Carla Neri - dirigente dei "
            "Servizi sociali e Bruno Galli - mediatore culturale.",
            {
                "Marco Bellini": "assessore al Welfare",
                "Carla Neri": "dirigente dei Servizi sociali",
                "Bruno Galli": "mediatore culturale",
            },
        ),
    ],
)
def test_a_role_after_a_dash_ends_before_the_next_person(text, roles):
    assert helpers.roles(text) == roles


def test_a_who_is_clause_gives_the_role():
    text = (
        "Ms Helen Ward, who is the director of the Welcome Centre, and Mr Tom Reed led the visit."
    )

    roles = helpers.roles(text)

    assert roles["Helen Ward"] == "director of the Welcome Centre"


def test_a_body_in_brackets_is_the_role_when_nothing_else_says_one():
    text = (
        "The panel brought together Jane Moss (Housing Europe) and Paul Grant (Mayor of Lakeside)."
    )

    roles = helpers.roles(text)

    assert roles == {"Jane Moss": "Housing Europe", "Paul Grant": "Mayor of Lakeside"}


def test_a_ranks_short_form_does_not_end_the_role():
    text = "Marta Vogel, stv. Vorsitzende des Integrationsrates, begrüßte die Gäste."

    roles = helpers.roles(text)

    assert roles == {"Marta Vogel": "stv. Vorsitzende des Integrationsrates"}


def test_a_body_after_from_is_no_partner_of_the_next_name():
    text = (
        "Es berichteten Paul Kern vom Landesverband Nordheim und Marta Vogel, stv. Vorsitzende "
        "des Integrationsrates."
    )

    names = set(helpers.roles(text))

    assert "Landesverband Nordheim" not in names
    assert "Marta Vogel" in names
