"""People named in a list that shares one office: said before the names in the plural
("the integration officers A, B and C"), or after them ("A and B, mayors of X"); and the
Spanish "y" between two people, which is no part of a surname. The names are invented."""

import pytest

from tests.archive import extraction_helpers as helpers

_TITLE = "Meeting of the partner towns on housing\n\n"


def _roles(text: str) -> dict[str, str | None]:
    """Name -> role of every person found, in a report under a title."""
    return helpers.roles(_TITLE + text)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Los concejales Iker Salvat y Rubén Oliart presentaron el plan de la ciudad.", "concejal"),
        ("Los alcaldes Iker Salvat y Rubén Oliart firmaron la carta de acogida.", "alcalde"),
    ],
)
def test_spanish_y_joins_two_people_who_share_the_office(text, office):
    assert _roles(text) == {"Iker Salvat": office, "Rubén Oliart": office}


def test_spanish_y_inside_a_units_name_makes_no_person():
    roles = _roles("La concejala de Cultura y Deportes, Nerea Olano, abrió la sesión del foro.")
    assert list(roles) == ["Nerea Olano"]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Social workers Tove Lindqvist and Kaja Brenner described the night shelter.", "worker"),
        (
            "The policy advisers Tove Lindqvist and Kaja Brenner drafted the welcome plan.",
            "adviser",
        ),
        ("The mediators Tove Lindqvist and Kaja Brenner ran the language café.", "mediator"),
    ],
)
def test_plural_office_before_names_is_each_ones(text, head):
    roles = _roles(text)
    assert set(roles) == {"Tove Lindqvist", "Kaja Brenner"}
    assert all(head in (role or "") for role in roles.values())


@pytest.mark.parametrize(
    ("text", "names", "office"),
    [
        (
            "Tove Lindqvist, Kaja Brenner and Ilse Dorn, integration officers of the City of "
            "Linz, presented the local welcome plan.",
            {"Tove Lindqvist", "Kaja Brenner", "Ilse Dorn"},
            "integration officer",
        ),
        (
            "Tove Lindqvist and Kaja Brenner, mayors of Linz and Steyr, signed the charter.",
            {"Tove Lindqvist", "Kaja Brenner"},
            "mayor",
        ),
        (
            "Chiara Vezzosi e Lucia Antonini, assessori del Comune di Lecco, hanno aperto i lavori.",
            {"Chiara Vezzosi", "Lucia Antonini"},
            "assessor",
        ),
    ],
)
def test_plural_office_after_a_list_is_each_ones(text, names, office):
    roles = _roles(text)
    assert set(roles) == names
    assert all((role or "").startswith(office) for role in roles.values())


@pytest.mark.parametrize(
    "text",
    [
        # two towns, not two people
        "Linz and Steyr, mayors of the region, presented the local welcome plan.",
        # a body before the people of the list
        "Caritas Nordmark, Tove Lindqvist and Kaja Brenner, teachers at the town school, joined.",
    ],
)
def test_plural_office_after_names_takes_no_place_or_body_for_a_person(text):
    roles = _roles(text)
    assert not {"Linz", "Steyr", "Caritas Nordmark"} & set(roles)
    assert set(roles) <= {"Tove Lindqvist", "Kaja Brenner"}


def test_greek_field_of_an_office_before_its_body_is_no_name():
    roles = _roles(
        "Μίλησε ο αντιδήμαρχος Κοινωνικής Πολιτικής του Δήμου Λάρισας, Γιώργος Παππάς, για τη "
        "στέγαση."
    )
    assert list(roles) == ["Γιώργος Παππάς"]
