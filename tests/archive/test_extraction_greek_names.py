"""Greek given names read as Greek names are spelled in Latin letters (own sentences)."""

import pytest

from citypeers.archive.extraction import extract_report
from citypeers.archive.extraction.given_names import is_given_name
from tests.archive import extraction_helpers as helpers


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


def test_foreign_cities_named_in_greek_forms_geonames_lacks_are_found():
    # GeoNames keeps no Greek name of Milan or Genoa, nor the plural genitive of Brussels
    text = (
        "Στις 3 Μαΐου 2024 συναντήθηκαν οι δήμοι Μιλάνου, Γένοβας, Βρυξελλών και Πάτρας "
        "για την ένταξη των προσφύγων."
    )

    assert helpers.city_names(text) == ["Brussels", "Genoa", "Milan", "Patras"]


def test_a_short_greek_word_that_spells_a_latin_place_name_is_no_place():
    text = (
        "Στις 3 Μαΐου 2024 συναντήθηκαν οι δήμοι Πάτρας και Βόλου. Μέσα από τη συζήτηση "
        "προέκυψαν νέες ιδέες."
    )

    assert helpers.city_names(text) == ["Patras", "Volos"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Στη συνάντηση συμμετείχαν εκπρόσωποι των Δήμων Λάρισας, Πάτρας και Ηρακλείου.",
            [("Heraklion", "GR"), ("Larissa", "GR"), ("Patras", "GR")],
        ),
        (
            "Representatives of the municipalities of Larisa, Chania and Limassol attended.",
            [("Chania", "GR"), ("Larissa", "GR"), ("Limassol", "CY")],
        ),
    ],
)
def test_greek_and_cypriot_cities_take_their_english_spelling(text, expected):
    found = extract_report(text, source="own.txt")["municipalities"]

    assert sorted((m["name"], m["country"]) for m in found) == expected
