"""Names and offices in the case a sentence puts them in, read back in the nominative: Greek
names after their article, Greek, Romanian and Polish offices in the genitive, accusative or
instrumental (made-up sentences in our own words)."""

import pytest

from citypeers.archive.extraction.given_names import is_given_name
from citypeers.archive.extraction.greek_names import given_nominative, nominative_name
from citypeers.archive.extraction.inflection import polish_genitive_name
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize("name", ["Γιώργος", "Ευστάθιος", "Θανάσης"])
def test_greek_given_names_in_their_other_latin_spellings_are_known(name):
    assert is_given_name(name)


@pytest.mark.parametrize(
    ("said", "case", "nominative"),
    [
        ("Νίκου", "genitive", "Νίκος"),
        ("Γιώργο", "accusative", "Γιώργος"),
        ("Μαρίας", "genitive", "Μαρία"),
        ("Ελένη", "nominative", "Ελένη"),
        ("Επιτροπής", "genitive", None),
    ],
)
def test_a_greek_given_name_is_read_in_its_case(said, case, nominative):
    assert given_nominative(said, case) == nominative


@pytest.mark.parametrize(
    ("name", "case", "gender", "nominative"),
    [
        ("Νίκου Βλάχου", "genitive", "m", "Νίκος Βλάχος"),
        ("Κώστα Σαρρή", "accusative", "m", "Κώστας Σαρρής"),
        ("Γιώργου Αντωνίου", "genitive", "m", "Γιώργος Αντωνίου"),
        ("Σπύρου Λαμπρόπουλου", "genitive", "m", "Σπύρος Λαμπρόπουλος"),
        ("Μαρίας Ζαχαρίου", "genitive", "f", "Μαρία Ζαχαρίου"),
        ("Ελένη Σαρρή", "accusative", "f", "Ελένη Σαρρή"),
    ],
)
def test_a_greek_name_in_a_case_is_kept_in_the_nominative(name, case, gender, nominative):
    assert nominative_name(name, case, gender) == nominative


def test_greek_names_after_their_article_are_people_in_the_nominative():
    text = (
        "Στην ημερίδα για τη στέγαση μίλησαν η Μαρία Ζαχαρίου και ο Σπύρος Λαμπρόπουλος. "
        "Η παρουσίαση του Θανάση Βλάχου έκλεισε τη συζήτηση."
    )

    assert helpers.roles(text) == {
        "Μαρία Ζαχαρίου": None,
        "Σπύρος Λαμπρόπουλος": None,
        "Θανάσης Βλάχος": None,
    }


def test_a_greek_office_in_the_accusative_plural_names_each_person_in_the_nominative():
    text = "Η ομάδα συναντήθηκε με τους δημάρχους Κώστα Σαρρή και Νίκο Βλάχο στο δημαρχείο."

    assert helpers.roles(text) == {"Κώστας Σαρρής": "δήμαρχος", "Νίκος Βλάχος": "δήμαρχος"}


def test_a_greek_mayor_in_the_accusative_with_a_comma_before_the_name():
    text = "Ενημερώθηκαν από τον δήμαρχο Ρεθύμνου, Γιώργο Σαρρή, για το πρόγραμμα στέγασης."

    assert helpers.roles(text) == {"Γιώργος Σαρρής": "δήμαρχος Ρεθύμνου"}


def test_romanian_offices_in_the_genitive_open_a_role_in_the_nominative():
    text = (
        "Discuțiile au avut loc în prezența prefectului județului, Sorin Vlădescu, și a "
        "subprefectului Ilie Gavrilă."
    )

    assert helpers.roles(text) == {
        "Sorin Vlădescu": "prefectul județului",
        "Ilie Gavrilă": "subprefectul",
    }


def test_an_office_in_the_genitive_after_a_capitalised_word_is_a_bodys_name():
    text = (
        "Au vorbit Sorin Vlădescu, consilier la Direcția Prefectului și Ilie Gavrilă, "
        "secretar de stat."
    )

    assert helpers.roles(text) == {
        "Sorin Vlădescu": "consilier la Direcția Prefectului",
        "Ilie Gavrilă": "secretar de stat",
    }


@pytest.mark.parametrize(
    ("said", "nominative"),
    [
        ("Jana Bieleckiego", "Jan Bielecki"),
        ("Ewy Zarębskiej", "Ewa Zarębska"),
        ("Marii Lipiec", "Maria Lipiec"),
        ("Anna Lipiec", "Anna Lipiec"),
    ],
)
def test_a_polish_name_after_a_genitive_office_is_kept_in_the_nominative(said, nominative):
    assert polish_genitive_name(said) == nominative


def test_polish_offices_in_the_genitive_and_instrumental_open_a_role():
    text = (
        "Podczas wizyty prezydenta Opola Ewy Zarębskiej podpisano list intencyjny. "
        "Rozmowy prowadzono z radną Teresą Lipiec."
    )

    assert helpers.roles(text) == {
        "Ewa Zarębska": "prezydent Opola",
        "Teresa Lipiec": "radna",
    }


def test_a_polish_office_in_the_dative_is_no_role_of_the_name_after_it():
    text = "Pismo przekazał wojewodzie Opola starosta powiatu Zbigniew Lipiec."

    assert helpers.roles(text) == {"Zbigniew Lipiec": "starosta powiatu"}
