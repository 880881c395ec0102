"""Roles in the forms the record keeps: a plural role shared by a list of names, and role
heads written in a case form, each recorded in the nominative singular (made-up sentences
in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Alla cena erano seduti i sindaci Marco Bellini, Carla Neri e Bruno Galli.",
            {"Marco Bellini": "sindaco", "Carla Neri": "sindaca", "Bruno Galli": "sindaco"},
        ),
        (
            "The experts Anna Berg, Jan Smit and Eva Lind toured the new shelter.",
            {"Anna Berg": "expert", "Jan Smit": "expert", "Eva Lind": "expert"},
        ),
    ],
)
def test_a_plural_role_names_every_person_of_its_list(text, roles):
    assert helpers.roles(text) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Firmaron la carta los alcaldes de Getafe, Lucía Ortega; Leganés, Pedro Ruiz; "
            "y Móstoles, Ana Gil.",
            {
                "Lucía Ortega": "alcaldesa de Getafe",
                "Pedro Ruiz": "alcalde de Leganés",
                "Ana Gil": "alcaldesa de Móstoles",
            },
        ),
        (
            "The charter was signed by the mayors of Graz, Anna Huber, of Linz, Karl Moser, "
            "and of Salzburg, Eva Lind, at the end of the day.",
            {
                "Anna Huber": "mayor of Graz",
                "Karl Moser": "mayor of Linz",
                "Eva Lind": "mayor of Salzburg",
            },
        ),
        (
            "En Murcia recibieron a la delegación los concejales de Empleo, Marta Gil, y "
            "Atención Social, Pedro Ruiz.",
            {"Marta Gil": "concejala de Empleo", "Pedro Ruiz": "concejal de Atención Social"},
        ),
    ],
)
def test_a_list_of_places_or_fields_and_names_gives_each_person_their_own(text, roles):
    assert helpers.roles(text) == roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Με την παρουσία του αντιπροέδρου Κώστα Μαυρίδη ξεκίνησε η ημερίδα.",
            "Κώστας Μαυρίδης",
            "αντιπρόεδρος",
        ),
        (
            "Η ομιλία δόθηκε από τον Δήμαρχο Λάρισας Νίκο Σταθάκη, στην αίθουσα.",
            "Νίκος Σταθάκης",
            "Δήμαρχος Λάρισας",
        ),
        (
            "La Cluj a avut loc vizita experților europeni Ioana Marin și Paul Weber.",
            "Paul Weber",
            "expert european",
        ),
        (
            "W Lublinie odbyło się spotkanie z Martą Zielińską, dyrektorką Wydziału Spraw "
            "Społecznych.",
            "Marta Zielińska",
            "dyrektorka Wydziału Spraw Społecznych",
        ),
        (
            "Goście rozmawiali z Ewą Kowalczyk szefową biura do spraw cudzoziemców.",
            "Ewa Kowalczyk",
            "szefowa biura do spraw cudzoziemców",
        ),
        # a German compound ending on a head is the role
        (
            "In Graz begrüßte Sozialstadträtin Anna Huber die Gäste.",
            "Anna Huber",
            "Sozialstadträtin",
        ),
        (
            "Danach sprach Migrationsdezernent Jonas Keller über Wohnungen.",
            "Jonas Keller",
            "Migrationsdezernent",
        ),
    ],
)
def test_a_role_in_a_case_or_compound_form_is_recorded_as_a_head(text, name, role):
    assert helpers.roles(text).get(name) == role


def test_a_greek_role_with_a_genitive_complement_closes_before_the_name():
    text = "Στη συνάντηση μίλησε ο αντιδήμαρχος Κοινωνικής Πολιτικής Γιώργος Ραπτής."

    assert helpers.roles(text) == {"Γιώργος Ραπτής": "αντιδήμαρχος Κοινωνικής Πολιτικής"}


def test_the_verb_opening_a_sentence_is_no_part_of_the_name():
    text = "Intervino Lucía Ortega, concejala de Igualdad, con un resumen del plan."

    assert helpers.roles(text) == {"Lucía Ortega": "concejala de Igualdad"}


def test_a_plural_role_before_a_place_names_no_one():
    text = "La giunta si riunì con i consiglieri presso la Sala Verde di Palazzo Neri."

    assert helpers.roles(text) == {}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "The guests met Commissioner for Home Affairs Ylva Berg in the morning.",
            {"Ylva Berg": "Commissioner for Home Affairs"},
        ),
        ("In Brussels, Commissioner Ylva Berg met the mayor.", {"Ylva Berg": "Commissioner"}),
        (
            "Ο Δήμαρχος Αθηναίων Κώστας Μπάκος καλωσόρισε την αντιπροσωπεία.",
            {"Κώστας Μπάκος": "Δήμαρχος Αθηναίων"},
        ),
        (
            "Η Αντιδήμαρχος Κοινωνικής Πολιτικής κ. Μαρία Παππά μίλησε για τη στέγαση.",
            {"Μαρία Παππά": "Αντιδήμαρχος Κοινωνικής Πολιτικής"},
        ),
        (
            "Mayors Anna Berg of Graz and Jan Smit of Utrecht signed the declaration.",
            {"Anna Berg": "Mayor", "Jan Smit": "Mayor"},
        ),
        ("Μίλησε ο Επικεφαλής Τμήματος Ευρωπαϊκών Προγραμμάτων για τα κονδύλια.", {}),
    ],
)
def test_where_a_role_before_a_name_ends(text, roles):
    assert helpers.roles(text) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Anna Berg, who heads the welcome office, spoke about housing.",
            {"Anna Berg": "Head of the welcome office"},
        ),
        (
            "Jan Smit, who chairs the network's working group, closed the day.",
            {"Jan Smit": "Chair of the network's working group"},
        ),
        (
            "Il primo cittadino Marco Bellini ha accolto gli ospiti.",
            {"Marco Bellini": "primo cittadino"},
        ),
    ],
)
def test_a_role_said_by_a_verb_or_a_phrase_for_the_mayor(text, roles):
    assert helpers.roles(text) == roles


def test_a_romanian_plural_role_keeps_its_and():
    from citypeers.archive.extraction.inflection import nominative_role

    assert nominative_role("experții și consilierii primăriei", feminine=False).split()[1] == "și"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Prefectul Maria Pop, apel la colaborare\n\nÎn acest context, prefectul județului "
            "Alba, Maria Pop, a participat la o ședință.",
            {"Maria Pop": "prefectul județului Alba"},
        ),
        (
            "Mayor Ann Hill meets partners\n\nAnn Hill, Mayor of Millbrook, welcomed the guests.",
            {"Ann Hill": "Mayor of Millbrook"},
        ),
        (
            "Il sindaco di Valmora Luca Neri ha aperto i lavori. Poi il sindaco Luca Neri ha "
            "ringraziato gli ospiti.",
            {"Luca Neri": "sindaco di Valmora"},
        ),
    ],
)
def test_someone_named_twice_keeps_the_fuller_form_of_their_role(text, roles):
    """A title line's bare role ("Prefectul X") gives way to the same role said later with
    its body or place; a later bare role never shortens a fuller one."""
    assert helpers.roles(text) == roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Forum in Bonn. Nach der Begrüßung durch den Präsidenten des Vereins Weltoffen e.V., "
            "Jonas Kramer, sprachen die Gäste über Sprachkurse.",
            "Jonas Kramer",
            "Präsident des Vereins Weltoffen e.V.",
        ),
        (
            "Forum in Bonn. Im Gespräch mit dem Landtagsabgeordneten Stefan Vogt ging es um "
            "Wohnungen für Geflüchtete.",
            "Stefan Vogt",
            "Landtagsabgeordneter",
        ),
        (
            "Forum in Bonn. Die Gäste trafen sich mit der Integrationsbeauftragten des Kreises, "
            "Monika Brandt, im Rathaus.",
            "Monika Brandt",
            "Integrationsbeauftragte des Kreises",
        ),
    ],
)
def test_a_german_office_after_an_article_in_another_case_is_said_in_the_nominative(
    text, name, role
):
    assert helpers.roles(text)[name] == role
