"""People named with a role or title before or after the name, in the programme languages
(made-up sentences in our own words)."""

import pytest

from citypeers.archive.extraction import extract_report
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "La delegazione di Graz ha incontrato a Padova il sindaco di Padova Marco Bellini "
            "e il consigliere regionale Paolo Serra.",
            "Marco Bellini",
            "sindaco di Padova",
        ),
        (
            "Der Besuch in Graz endete mit einem Gespräch, so die Bürgermeisterin des Bezirks "
            "Lend Karin Hofer.",
            "Karin Hofer",
            "Bürgermeisterin des Bezirks Lend",
        ),
        (
            "Delegația din Iași a fost primită la Cluj-Napoca de viceprimarul municipiului "
            "Cluj-Napoca, domnul Andrei Pop, care a prezentat proiectul.",
            "Andrei Pop",
            "viceprimarul municipiului Cluj-Napoca",
        ),
        (
            "Την αντιπροσωπεία από την Πάτρα υποδέχθηκε στο δημαρχείο ο Δήμαρχος Ν. Γεωργίου.",
            "Ν. Γεωργίου",
            "Δήμαρχος",
        ),
        (
            "Waqt il-laqgħa f'Birgu, il-Ministru Maria Camilleri qalet li l-pjan jibda dalwaqt.",
            "Maria Camilleri",
            "Ministru",
        ),
        (
            "Delegacja z Gdańska spotkała się w Poznaniu z burmistrz Anną Nowak oraz z "
            "dyrektor Ewa Zielińska.",
            "Ewa Zielińska",
            "dyrektor",
        ),
        (
            "The delegation from Tartu then met the city of Riga, in particular Mayor Janis Ozols.",
            "Janis Ozols",
            "Mayor",
        ),
    ],
)
def test_a_role_said_before_the_name_is_read_in_every_language(text, name, role):
    assert helpers.roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The cities of Porto and Ghent met online. Lena Smits, Head of Unit Housing and "
            "Inclusion, argued that local services are where integration happens and that "
            "national rules come second …",
            "Lena Smits",
            "Head of Unit Housing and Inclusion",
        ),
        (
            "Lo scambio tra Bari e Malaga si è aperto con Giulia Conti, Delegata per la Puglia, "
            "la Basilicata e il Molise, che ha ricordato il lavoro svolto insieme negli ultimi "
            "anni dalle due amministrazioni e dalle associazioni del territorio.",
            "Giulia Conti",
            "Delegata per la Puglia, la Basilicata e il Molise",
        ),
    ],
)
def test_a_role_after_the_name_ends_where_a_clause_starts(text, name, role):
    assert helpers.roles(text).get(name) == role


def test_a_role_after_the_name_ends_where_the_next_person_of_a_list_starts():
    text = (
        "The exchange was opened in Porto by Rui Costa, councillor of the city of Porto, "
        "Ana Reis, Deputy Mayor of Social Affairs of the municipality of Porto and Rita "
        "Lopes, Head of the Welcome Desk of the municipality of Ghent, together with the "
        "teams of both cities and several local associations working with newcomers."
    )

    roles = helpers.roles(text)

    assert list(roles) == ["Rui Costa", "Ana Reis", "Rita Lopes"]
    assert roles["Ana Reis"].startswith("Deputy Mayor of Social Affairs")
    assert "Rita" not in roles["Ana Reis"] and "Ana" not in roles["Rui Costa"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "En Valencia, tras la bienvenida, Marta de Castro explicó el nuevo plan municipal.",
            "Marta de Castro",
        ),
        ("In Sliema, Joseph Azzopardi qal li l-proġett kien suċċess.", "Joseph Azzopardi"),
        ("At the Malmö meeting, Ingrid Berg, said the city would go on.", "Ingrid Berg"),
    ],
)
def test_a_name_before_a_verb_of_saying_is_a_person(text, name):
    assert name in helpers.roles(text)


def test_names_in_brackets_after_their_city_are_people_of_that_city():
    text = (
        "The working group met in Tampere with the cities of Utrecht and Genoa.\n"
        "Participants: Utrecht (Joost Bakker, Sanne Visser), Genoa (Luca Ferri)\n"
    )

    people = extract_report(text, source="x.txt")["people"]

    assert [(p["name"], p["organization"]) for p in people] == [
        ("Joost Bakker", "Utrecht"),
        ("Sanne Visser", "Utrecht"),
        ("Luca Ferri", "Genoa"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Riga took part. The Director of Migrants Welcome Services presented the plan.",
        "Torino e Lione: era presente l'assessora alle Politiche sociali del Comune di Torino.",
        "Lisbon took part with the Head of the Lisbon Municipal Plan for Migrant Integration.",
        "Venezia e Danzica: la dirigente della Direzione Servizi Sociali ha aperto i lavori.",
        "The mayor welcomed Social Services of Riga and Tartu to the meeting.",
        "Genova e Marsiglia: M. Karim Benali, chargé de mission, Direction de la Cohésion Sociale.",
    ],
)
def test_a_unit_named_after_a_role_is_not_taken_for_a_person(text):
    names = set(helpers.roles(text))

    assert not names & {
        "Migrants Welcome",
        "Welcome Services",
        "di Torino",
        "Comune di Torino",
        "Municipal Plan",
        "Servizi Sociali",
        "Social Services",
        "Direction de la Cohésion Sociale",
    }


def test_the_councillor_abbreviations_are_titles_not_names():
    from citypeers.archive.extraction import extract_report

    text = (
        "Cr Jane Holt attended the housing forum in Perth. Cllr Omar Reid chaired the "
        "session on shelters."
    )
    names = {p["name"] for p in extract_report(text, source="x.txt")["people"]}
    assert names == {"Jane Holt", "Omar Reid"}


@pytest.mark.parametrize("surname", ["McCarty", "MacLeod"])
def test_a_patronymic_with_an_inner_capital_is_one_surname(surname):
    text = (
        "Resettlement exchange\n\nSpeakers:\n- Cllr Joyce " + surname + ", Dover District "
        "Council\n- Anna Berg, Ashford Borough Council"
    )

    assert "Joyce " + surname in helpers.person_names(text)


@pytest.mark.parametrize("office", ["Generalkonsulin", "Honorarkonsulin", "Konsulin"])
def test_a_german_consuls_office_before_her_name_is_her_role(office):
    text = (
        "Forum\n\nGrußworte – " + office + " der Ukraine Olena Kovalenko und Konsul der "
        "Republik Polen Piotr Zielny\n\nDas Forum tagte online."
    )

    assert helpers.roles(text)["Olena Kovalenko"] == office + " der Ukraine"


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Grußworte – Bürgermeisterin Anna Berg", "Anna Berg", "Bürgermeisterin"),
        (
            "Welcome – Ambassador of Ukraine Olena Kovalenko",
            "Olena Kovalenko",
            "Ambassador of Ukraine",
        ),
    ],
)
def test_a_role_and_a_name_that_end_a_line_are_read(line, name, role):
    text = "Forum\n\n" + line + "\n\nThe forum met online to discuss housing."

    assert helpers.roles(text) == {name: role}
