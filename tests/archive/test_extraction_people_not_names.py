"""Capitalised pairs that name a place, a body or a body's branch, not a person (own
sentences)."""

from tests.archive import extraction_helpers as helpers


def test_a_place_before_a_persons_name_and_role_is_no_person():
    text = (
        "The delegation from Tulcea met officials of the Northern Quarter, Maria Popescu, "
        "the Deputy Mayor, and discussed housing for refugees in Tulcea and Galati."
    )
    people = helpers.person_names(text)
    assert "Maria Popescu" in people
    assert "Northern Quarter" not in people


def test_a_known_bodys_branch_is_no_person():
    text = (
        "A Padova si sono riuniti i sindaci di Vigonza e Noventa. Ha parlato la sindaca di "
        "Vigonza, Laura Bianchi, presidente Anci Veneto, sul tema dell'accoglienza."
    )
    assert "Anci Veneto" not in helpers.person_names(text)


def test_a_surname_whose_particle_is_capitalised_is_a_name_as_written():
    text = (
        "La visita a Lecce. Hanno parlato Paola Di Serio, assessora di Lecce, "
        "e Rosa De Luca, responsabile dello sportello migranti; il lavoro di squadra di "
        "ogni città è stato al centro dei lavori."
    )

    names = helpers.person_names(text)

    assert "Paola Di Serio" in names
    assert "Rosa De Luca" in names


def test_a_capitalised_particle_after_no_given_name_stays_a_place():
    text = "Il seminario si tenne a Città Di Castello, con i sindaci della valle."

    assert helpers.person_names(text) == []
