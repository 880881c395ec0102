"""Greek given names read as Greek names are spelled in Latin letters (own sentences)."""

import pytest

from citypeers.archive.extraction import extract_report
from citypeers.archive.extraction.given_names import is_given_name


@pytest.mark.parametrize("name", ["Γιάννης", "Βασίλης", "Δημήτρης", "Ελένη", "Σταύρος"])
def test_a_greek_given_name_is_known_in_its_own_script(name):
    assert is_given_name(name)


@pytest.mark.parametrize("word", ["Δήμος", "Παιδεία", "Επιτροπή"])
def test_greek_words_are_no_given_names(word):
    assert not is_given_name(word)


def test_mayors_listed_with_their_towns_each_get_the_role():
    text = (
        "Αθήνα, 3 Μαΐου 2024. Στη συνάντηση για την ένταξη των προσφύγων συμμετείχαν οι "
        "δήμαρχοι της Λάρισας, Γιάννης Ραφτόπουλος, των Τρικάλων, Δημήτρης Νικολάου, και της "
        "Καβάλας, Ελένη Παππά."
    )

    people = extract_report(text, source="own.txt")["people"]

    assert [(p["name"], p["role"].split()[0]) for p in people] == [
        ("Γιάννης Ραφτόπουλος", "δήμαρχος"),
        ("Δημήτρης Νικολάου", "δήμαρχος"),
        ("Ελένη Παππά", "δήμαρχος"),
    ]
