"""Bodies named by an acronym: a cue or a spelled-out name decides, a project word vetoes
(own sentences)."""

import pytest

from citypeers.archive.extraction.initialisms import definitions
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The workshop opened with a word from the Secretary General of NORVA.", "NORVA"),
        ("Ο Διευθυντής της KELPRO μίλησε για τη στέγαση.", "KELPRO"),
        ("The BALMEK General Assembly met in Tarnów on 3 May.", "BALMEK"),
        ("ASVIDO participa en la mesa sobre vivienda.", "ASVIDO"),
        ("The town council and the FEDLOC organised a dinner.", "FEDLOC"),
        ("La mesa de diálogo que organiza AR-CIs reunió a diez ciudades.", "AR-CIs"),
        ("It was the third meeting of the TRAMIG.", "TRAMIG"),
        ("NEXA was represented by its chair, with KOVA, LUMA and SERA in the room.", "NEXA"),
    ],
)
def test_an_acronym_a_cue_vouches_for_is_a_body(text, body):
    assert body in helpers.bodies_found(text)


def test_a_spelled_out_acronym_used_again_is_a_body_without_a_head_noun():
    text = "The Joint Task Group on Housing (JTGH) met in Lublin. The JTGH was set up in 2019."

    assert helpers.bodies_found(text) == ["Joint Task Group on Housing (JTGH)"]


def test_an_acronym_spelled_by_letters_inside_its_words_is_defined():
    text = "Asistió la Red de Pueblos Acogedores (REPAC) y la REPAC presentó su plan."

    assert definitions(text) == {"Red de Pueblos Acogedores": "REPAC"}
    assert helpers.bodies_found(text) == ["Red de Pueblos Acogedores (REPAC)"]


@pytest.mark.parametrize(
    "text",
    [
        "The director of the project SOLVO, Anna Berg, presented SOLVO.",
        "The SOLVO project was organised in Braga; SOLVO hosted three cities.",
        "The Fund for Shared Housing (FSH) paid for the FSH study visits.",
        "For the ULG members it was a good day.",
        "CITIES AND THE ROLE OF NGOS\nThe meeting of the ARCO was cancelled.",
    ],
)
def test_an_acronym_next_to_a_project_word_or_without_a_cue_is_no_body(text):
    assert not {"SOLVO", "FSH", "Fund for Shared Housing (FSH)", "ULG", "NGOS"} & set(
        helpers.bodies_found(text)
    )


def test_the_parts_of_a_long_name_listed_by_its_acronym_are_not_bodies_of_their_own():
    text = (
        "Organizado por la Oficina de Vivienda, en colaboración con el Instituto de Estudios "
        "Urbanos y la Convivencia (IEUC), el taller reunió a técnicos."
    )

    assert "Convivencia" not in helpers.bodies_found(text)


def test_a_body_said_with_the_collaboration_of_takes_part():
    text = "La jornada se celebró con la colaboración de Puentes Abiertos el lunes."

    assert helpers.bodies_found(text) == ["Puentes Abiertos"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Das Treffen fand in enger Zusammenarbeit mit dem Stadtteilbüro Nord und KOMVE statt.",
            ["Stadtteilbüro Nord", "KOMVE"],
        ),
        (
            "The visit was prepared in close cooperation with Open Doors Trust Lyon.",
            ["Open Doors Trust Lyon"],
        ),
    ],
)
def test_bodies_said_to_work_in_close_cooperation_take_part(text, bodies):
    assert all(body in helpers.bodies_found(text) for body in bodies)


def test_a_name_ending_in_a_project_word_is_no_body():
    text = (
        "The toolbox was made in close cooperation with the Shared Housing Initiative (SHI) "
        "and the SHI staff."
    )

    assert helpers.bodies_found(text) == []


def test_a_well_known_body_whose_long_name_ends_in_a_project_word_stays():
    text = "Experts of the United Nations Development Programme (UNDP) took part with UNDP staff."

    assert helpers.bodies_found(text) == ["UNDP"]
