"""Names read from the shape of a list and of a sentence: the other names of a list one of
whose names is a person (a given name from anywhere in the world will do there), a name
before a particle that opens its body, a name after a sentence's opening verb, and a name
listed beside a body in the same shape, which is a body (made-up sentences in our words)."""

from tests.archive import extraction_helpers as helpers


def test_the_other_names_of_a_list_with_a_person_are_people_with_rarer_given_names():
    text = (
        "The open day was attended by Tomasz Wierzbicki, Aylin Demirtaş and Mamadou "
        "Keïta from the city's welcome office."
    )

    assert list(helpers.roles(text)) == ["Tomasz Wierzbicki", "Aylin Demirtaş", "Mamadou Keïta"]


def test_a_name_listed_first_before_a_person_found_is_a_person_too():
    text = "Farida Benkirane and Jonas Weber presented the mentoring scheme to the guests."

    assert list(helpers.roles(text)) == ["Farida Benkirane", "Jonas Weber"]


def test_capitalised_words_that_are_no_given_name_anywhere_stay_out_of_a_list():
    text = "Jonas Weber, Open Harbour and Civic Lab presented the mentoring scheme."

    assert list(helpers.roles(text)) == ["Jonas Weber"]


def test_a_plural_office_before_a_list_names_people_with_rarer_given_names():
    text = "Our presenters Aylin Demirtaş and Jonas Weber answered questions from the floor."

    assert helpers.roles(text) == {"Aylin Demirtaş": "presenter", "Jonas Weber": "presenter"}


def test_a_name_ends_before_a_particle_that_opens_its_body():
    text = (
        "Hanno partecipato Ornella Sabatini, Gianluca Ferrante e Raffaella Tonini del Comune "
        "di Modena."
    )

    assert list(helpers.roles(text)) == [
        "Ornella Sabatini",
        "Gianluca Ferrante",
        "Raffaella Tonini",
    ]


def test_a_sentences_opening_verb_is_no_part_of_the_name():
    text = "Asistieron Laura Berjón y Montserrat Vilaró a la jornada sobre vivienda."

    assert list(helpers.roles(text)) == ["Laura Berjón", "Montserrat Vilaró"]


def test_a_name_listed_beside_a_body_in_the_same_shape_is_a_body():
    text = (
        "The visit was prepared with Eurocities (project lead) and Harbour Works (expert), "
        "and hosted by Mayor Anna Berg."
    )

    assert list(helpers.roles(text)) == ["Anna Berg"]
