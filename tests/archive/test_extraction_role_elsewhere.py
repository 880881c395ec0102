"""A role said away from the name, for a person found without one: after "as", by a verb
whose doer holds it, in an office's title, before a title, in the next sentence (made-up
sentences in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Rosalind Ashworth spoke as the project lead for Open Doors, and the tenants listened.",
            "Rosalind Ashworth",
            "project lead for Open Doors",
        ),
        (
            "Gianluca Ferrante ha aperto la sessione in qualità di presidente dell'associazione.",
            "Gianluca Ferrante",
            "presidente dell'associazione",
        ),
        (
            "El viaje de Montserrat Vilaró empezó en Gante. Es el primer viaje de Vilaró como "
            "alcaldesa.",
            "Montserrat Vilaró",
            "alcaldesa",
        ),
        (
            "Detlef Oberhauser eröffnete als Vorsitzender des Beirats die Sitzung.",
            "Detlef Oberhauser",
            "Vorsitzender des Beirats",
        ),
        (
            "As chair of the housing board, Tomasz Wierzbicki opened the day.",
            "Tomasz Wierzbicki",
            "chair of the housing board",
        ),
    ],
)
def test_a_role_after_as_is_the_persons(text, name, role):
    assert helpers.roles(text)[name] == role


def test_as_without_a_role_gives_none():
    text = "Rosalind Ashworth spoke as well as the others, as she had promised."

    assert helpers.roles(text) == {"Rosalind Ashworth": None}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "The housing panel, chaired by Rosalind Ashworth, met in the morning.",
            {"Rosalind Ashworth": "chair of the housing panel"},
        ),
        (
            "Il catalogo, curato da Ornella Sabatini e Gianluca Ferrante, è stato dato agli ospiti.",
            {
                "Ornella Sabatini": "curatrice del catalogo",
                "Gianluca Ferrante": "curatore del catalogo",
            },
        ),
        (
            "La mesa, moderada por Montserrat Vilaró, cerró la jornada.",
            {"Montserrat Vilaró": "moderadora de la mesa"},
        ),
        (
            "Die Runde wurde von Hannelore Brückner moderiert.",
            {"Hannelore Brückner": "Moderatorin"},
        ),
        (
            "Obrady odbyły się pod przewodnictwem Zbigniewa Pawlaka, a potem Jadwiga Kołodziej "
            "zaprosiła gości na obiad.",
            {"Jadwiga Kołodziej": None},
        ),
    ],
)
def test_the_doer_of_a_verb_of_office_holds_its_role(text, roles):
    found = helpers.roles(text)

    assert {name: found.get(name) for name in roles} == roles


def test_an_office_title_or_a_head_before_a_title_is_the_role():
    text = (
        "The visit began with Cllr Rosalind Ashworth. In Germany the group met "
        "Oberbürgermeister Dr. Oberhauser in the town hall."
    )

    roles = helpers.roles(text)

    assert roles["Rosalind Ashworth"] == "councillor"
    assert roles["Oberhauser"] == "Oberbürgermeister"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The guests from Tallinn met Gianluca Ferrante on Monday. The mayor of Lecce showed "
            "them the new centre.",
            "Gianluca Ferrante",
            "mayor of Lecce",
        ),
        (
            "Gli ospiti hanno incontrato Ornella Sabatini. È la presidente della consulta "
            "cittadina.",
            "Ornella Sabatini",
            "presidente della consulta cittadina",
        ),
    ],
)
def test_a_role_opening_the_next_sentence_is_the_one_persons_before(text, name, role):
    assert helpers.roles(text)[name] == role


def test_a_role_opening_the_next_sentence_is_nobodys_when_two_were_named():
    text = (
        "The guests met Gianluca Ferrante and Ornella Sabatini. The mayor showed them the "
        "new centre."
    )

    roles = helpers.roles(text)

    assert roles["Gianluca Ferrante"] is None
    assert roles["Ornella Sabatini"] is None


def test_a_programme_line_that_ends_the_text_keeps_its_role():
    text = "Webinar on housing\n\nGianluca Ferrante – dirigente del servizio immigrazione"

    assert helpers.roles(text) == {"Gianluca Ferrante": "dirigente del servizio immigrazione"}


def test_a_role_said_before_and_after_the_name_keeps_both():
    text = (
        "“We will open more doors,” said Senator Rosalind Ashworth, chair of the committee on "
        "housing, who spoke first."
    )

    assert helpers.roles(text)["Rosalind Ashworth"] == "Senator, chair of the committee on housing"


def test_capitalised_words_before_a_lower_case_head_are_the_roles():
    text = "At noon a speech by the Road Safety minister Tomasz Wierzbicki closed the fair."

    assert helpers.roles(text)["Tomasz Wierzbicki"] == "Road Safety minister"


def test_a_heading_line_is_no_part_of_the_name_under_it():
    text = (
        "Programme\n\nOpening Session\nFenella Quayle – Head of Housing, Leeds City Council\n"
        "Closing Session\nBartholomew Okafor – Director, Tenant Action"
    )

    roles = helpers.roles(text)

    assert roles["Fenella Quayle"] == "Head of Housing"
    assert roles["Bartholomew Okafor"].startswith("Director")
    assert "Tenant Action" not in roles


def test_a_surname_in_capitals_opening_a_programme_line_is_read():
    text = "Speakers\nMirela STANCU, Officer, Tenants Forum\nAnna BERG-SMITH, Programme Manager"

    roles = helpers.roles(text)

    assert roles["Mirela Stancu"].startswith("Officer")
    assert roles["Anna Berg-Smith"] == "Programme Manager"


def test_a_regions_name_in_capitals_is_no_surname():
    text = "Partners\nRegione TOSCANA, lead partner\nAnna Berg, mayor of Prato"

    assert "Regione Toscana" not in helpers.roles(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Webinar\n\nTomasz Wierzbicki – CEO, Northern Refugee Trust", "Tomasz Wierzbicki", "CEO"),
        (
            "Ha parlato la giornalista Ornella Sabatini della rete Carta di Roma.",
            "Ornella Sabatini",
            "giornalista",
        ),
        (
            "Anwesend war der Beigeordnete Detlef Oberhauser aus Fulda.",
            "Detlef Oberhauser",
            "Beigeordnete",
        ),
    ],
)
def test_common_offices_and_trades_are_roles(text, name, role):
    assert helpers.roles(text)[name].split(",")[0].split()[0] == role
