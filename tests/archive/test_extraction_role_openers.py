"""Roles said before a name at the start of a sentence that opens on a preposition ("Laut
Bürgermeister X", "Według zastępcy prezydenta X", "Potrivit viceprimarului X"), and names a
title parts from the role, each in the nominative (made-up sentences in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers

_OPENING = "The meeting of the network took place in Leipzig on 7 May 2024. "


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Laut Bürgermeister Jan Müller ist die Lage angespannt.", "Jan Müller", "Bürgermeister"),
        (
            "Laut Oberbürgermeisterin Petra Vogt fehlen Wohnungen.",
            "Petra Vogt",
            "Oberbürgermeisterin",
        ),
        (
            "Potrivit viceprimarului Ion Popescu, orașul este pregătit.",
            "Ion Popescu",
            "viceprimarul",
        ),
        (
            "Conform primarului Dan Ionescu, centrul se deschide în mai.",
            "Dan Ionescu",
            "primarul",
        ),
        (
            "Według zastępcy prezydenta Gdańska Jana Kowalskiego miasto jest gotowe.",
            "Jan Kowalski",
            "zastępca prezydenta Gdańska",
        ),
        (
            "Według wiceprezydenta Lublina Piotra Nowaka miasto przyjęło rodziny.",
            "Piotr Nowak",
            "wiceprezydent Lublina",
        ),
    ],
)
def test_a_preposition_opening_the_sentence_is_no_word_of_the_role(sentence, name, role):
    assert helpers.roles(_OPENING + sentence).get(name) == role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Σύμφωνα με τον αντιδήμαρχο κ. Νίκο Παππά, η πόλη είναι έτοιμη.",
            "Νίκος Παππάς",
            "αντιδήμαρχος",
        ),
        ("Μίλησε με τον Δήμαρχο κ. Γιώργο Ράπτη για την ένταξη.", "Γιώργος Ράπτης", "Δήμαρχος"),
        (
            "Παρουσία του αντιδημάρχου κ. Νικόλαου Παππά έγινε η συνάντηση.",
            "Νικόλαος Παππάς",
            "αντιδήμαρχος",
        ),
    ],
)
def test_a_titled_name_after_a_role_in_a_case_is_made_nominative(sentence, name, role):
    assert helpers.roles(_OPENING + sentence).get(name) == role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "According to Deputy Mayor Jan Kowalski, the city is ready.",
            "Jan Kowalski",
            "Deputy Mayor",
        ),
        ("Secondo l'assessore Marco Verdi la rete è cresciuta.", "Marco Verdi", "assessore"),
        ("Nach Angaben von Stadtrat Jan Müller fehlen Wohnungen.", "Jan Müller", "Stadtrat"),
        ("Open Society Fellow Anna Berg spoke first.", "Anna Berg", "Open Society Fellow"),
    ],
)
def test_roles_said_so_stay_as_they_were(sentence, name, role):
    assert helpers.roles(_OPENING + sentence).get(name) == role


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Vorbitori: Ion Popescu (Primăria Iași), Maria Ionescu (OIM).",
            {"Ion Popescu": "vorbitor", "Maria Ionescu": "vorbitoare"},
        ),
        (
            "Ομιλητές: Νίκος Παππάς (Δήμος Αθηναίων), Ελένη Ράπτη (ΔΟΜ).",
            {"Νίκος Παππάς": "ομιλητής", "Ελένη Ράπτη": "ομιλήτρια"},
        ),
        (
            "Relatori: Marco Verdi (Comune di Torino), Maria Neri (UNHCR), Luca Bianchi.",
            {"Marco Verdi": "relatore", "Maria Neri": "relatrice", "Luca Bianchi": "relatore"},
        ),
    ],
)
def test_a_list_headings_role_takes_each_persons_gender(text, roles):
    assert helpers.roles(_OPENING + "\n" + text) == roles


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Wizyta wiceprezydenta Lublina Jana Nowaka była udana.",
            "Jan Nowak",
            "wiceprezydent Lublina",
        ),
        (
            "Przemówienie zastępcy prezydenta Torunia Piotra Wiśniewskiego zamknęło dzień.",
            "Piotr Wiśniewski",
            "zastępca prezydenta Torunia",
        ),
        (
            "Discursul viceprimarului Ion Popescu a deschis lucrările.",
            "Ion Popescu",
            "viceprimarul",
        ),
    ],
)
def test_a_sentences_first_word_before_an_office_in_a_case_is_no_bodys_name(sentence, name, role):
    assert helpers.roles(_OPENING + sentence).get(name) == role


def test_an_office_written_high_after_a_capitalised_word_still_names_a_body():
    text = _OPENING + "Biuro Prezydenta Miasta Gdańska Jana Kowalskiego przygotowało raport."
    assert "Jan Kowalski" not in helpers.roles(text)


def test_a_german_moderatorin_heading_gives_its_role():
    text = _OPENING + "\nModeratorin: Anna Weber (Deutscher Städtetag)"
    assert helpers.roles(text) == {"Anna Weber": "Moderatorin"}
