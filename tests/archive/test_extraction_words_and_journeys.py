"""Words that only look like towns (an article opening a sentence, a surname after a given
name), journeys' destinations that are no parties, and the kinds of universities, embassies
and police forces named in the programme's languages (own sentences)."""

import pytest

from citypeers.archive.extraction.organisations import classify_organisation
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Bürgermeister von Kassel empfing die Delegation aus Leipzig im Rathaus.",
            ["Kassel", "Leipzig"],
        ),
        ("Der Oberbürgermeister der Stadt Kassel eröffnete die Tagung.", ["Kassel"]),
        (
            "Des Weiteren sprach der Bürgermeister von Kassel über Wohnungen.",
            ["Kassel"],
        ),
        ("Les maires de Lyon et de Lille ont signé la déclaration.", ["Lille", "Lyon"]),
        ("Una delegación de Sevilla visitó Málaga.", ["Málaga", "Seville"]),
        (
            "Ale burmistrz Gdańska i prezydent Poznania podpisali deklarację.",
            ["Gdańsk", "Poznań"],
        ),
        ("El alcalde de Valencia firmó el acuerdo con Zaragoza.", ["Valencia", "Zaragoza"]),
        (
            "Il sindaco di Bologna ha incontrato la delegazione di Firenze.",
            ["Bologna", "Florence"],
        ),
        ("Os prefeitos de Braga e Coimbra participaram.", ["Braga", "Coimbra"]),
    ],
)
def test_an_article_opening_a_sentence_is_no_town(text, expected):
    assert helpers.city_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Participants: Anna Tamm (City of Tallinn), Peter Wald (City of Graz), "
            "Sarah Bath (City of Leeds).",
            ["Graz", "Leeds", "Tallinn"],
        ),
        (
            "Frau Tamm (Stadt Kassel) und Herr Wald (Stadt Leipzig) stellten ihre Projekte vor.",
            ["Kassel", "Leipzig"],
        ),
        (
            "The mayors of Leeds and Bristol met Ms Bath and Mr Sale to discuss housing.",
            ["Bristol", "Leeds"],
        ),
    ],
)
def test_a_surname_that_names_a_small_town_is_a_person(text, expected):
    assert helpers.city_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor of Bergamo and three officials travelled to Lisbon for the conference.",
            ["Bergamo"],
        ),
        ("Vertreter der Stadt Leipzig reisten nach Hannover zur Konferenz.", ["Leipzig"]),
        ("Delegacja miasta Gdańsk przyjechała do Hanoweru na konferencję.", ["Gdańsk"]),
        (
            "Representatives of the municipality of Bergamo arrived in Hanover on Monday.",
            ["Bergamo"],
        ),
    ],
)
def test_where_a_delegation_went_for_an_event_is_no_party_by_itself(text, expected):
    assert helpers.city_names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The delegation of the City of Leeds came to Hanover to learn about its housing policy.",
        "The City of Hanover hosted a study visit for the delegation of Leeds.",
        "During the study visit to Hanover, the delegation of Leeds met the Mayor of Hanover.",
    ],
)
def test_the_host_of_a_study_visit_takes_part(text):
    assert helpers.city_names(text) == ["Hanover", "Leeds"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Uniwersytet Jagielloński", "academia"),
        ("Uniwersytetu Warszawskiego", "academia"),
        ("Universitatea din București", "academia"),
        ("Πανεπιστήμιο Αιγαίου", "academia"),
        ("Πανεπιστημίου Αθηνών", "academia"),
        ("Universität Wien", "academia"),
        ("Universidad de Granada", "academia"),
        ("Università di Bologna", "academia"),
        ("Instytut Spraw Publicznych", "academia"),
        ("Ινστιτούτο Εργασίας", "academia"),
        ("Hochschule München", "academia"),
        ("Politechnika Warszawska", "academia"),
        ("Εθνικό Μετσόβιο Πολυτεχνείο", "academia"),
        ("Deutsche Botschaft", "national_authority"),
        ("Generalkonsulat", "national_authority"),
        ("Konsulat Generalny", "national_authority"),
        ("Ambasada României", "national_authority"),
        ("Πρεσβεία της Ελλάδας", "national_authority"),
        ("Embajada de España", "national_authority"),
        ("Consulado General", "national_authority"),
        ("Policja", "national_authority"),
        ("Poliția Română", "national_authority"),
        ("Ελληνική Αστυνομία", "national_authority"),
        ("Policía Nacional", "national_authority"),
        ("Guardia Civil", "national_authority"),
        # a town's own police is no national body
        ("Policía Local de Madrid", "other"),
        ("Poliția Locală Iași", "other"),
        ("Δημοτική Αστυνομία", "other"),
    ],
)
def test_universities_embassies_and_police_get_their_kind(name, kind):
    assert classify_organisation(name) == kind
