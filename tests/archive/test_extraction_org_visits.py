"""Bodies a delegation visits and acronyms the text spells out without defining them (own
sentences)."""

from citypeers.archive.extraction import extract_report
from citypeers.archive.extraction.visits import visited_bodies
from tests.archive import extraction_helpers as helpers


def test_a_body_named_right_after_a_visit_is_found():
    text = "Il secondo giorno la delegazione ha fatto visita al Centro Sociale Arcobaleno."

    assert "Centro Sociale Arcobaleno" in helpers.bodies_found(text)


def test_the_visited_bodies_are_read_in_the_programmes_languages():
    texts = [
        "The guests visited the Harbour Welcome Point before lunch.",
        "Goście odwiedzili Punkt Pomocy Sąsiedzkiej na Starym Mieście.",
        "Οι σύνεδροι επισκέφθηκαν το Κέντρο Ημέρας Αλκυόνη.",
    ]

    found = [name for text in texts for _offset, name in visited_bodies(text)]

    assert found == ["Harbour Welcome Point", "Punkt Pomocy Sąsiedzkiej", "Κέντρο Ημέρας Αλκυόνη"]


def test_a_lone_word_after_a_visit_is_no_body():
    assert visited_bodies("In May the mayor visited Valdoro and then Montebello.") == []


def test_a_town_visited_is_no_body():
    text = (
        "Visit of the Valdoro delegation\n\nThe delegation from Montebello visited the City of "
        "Valdoro on 3 May."
    )

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert names == []


def test_an_acronym_alone_takes_the_name_its_initials_spell():
    text = (
        "The Harbour Welcome Point by the port helps newcomers. Representatives of HWP "
        "took part in the meeting."
    )

    assert "Harbour Welcome Point (HWP)" in helpers.bodies_found(text)


def test_a_visited_body_whose_name_holds_and_is_found_whole():
    text = "On Tuesday the mayor visited Velmora’s Housing and Welcome Centre to meet families."

    names = helpers.bodies_found(text, municipality_names={"velmora"})

    assert names == ["Velmora’s Housing and Welcome Centre"]


def test_two_visited_bodies_joined_by_and_are_two():
    text = "The delegation visited the Ardent Language School and the Velmora Youth Centre."

    names = helpers.bodies_found(text)

    assert "Ardent Language School" in names
    assert "Velmora Youth Centre" in names


def test_towns_visited_together_are_no_body():
    text = "The guests later visited Dunholt and Brackwater to see two reception centres."

    assert helpers.bodies_found(text, municipality_names={"dunholt", "brackwater"}) == []
