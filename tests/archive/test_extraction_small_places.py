"""Places named with an authority's noun, small towns, and names that are people's."""

import pytest

from citypeers.archive.extraction import Gazetteer, extract_report
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Herbst kommen zwei Beschäftigte der Stadt Aue zu uns.", [("aue", "DE")]),
        ("Gäste aus der Partnerstadt Eberswalde trafen die Verwaltung.", [("eberswalde", "DE")]),
        ("Die Hansestadt Stralsund schickte eine Delegation.", [("stralsund", "DE")]),
    ],
)
def test_extract_report_town_after_an_authority_noun(text, expected):
    assert helpers.cities(text) == expected


def test_extract_report_title_and_first_name_make_a_person():
    text = "Officials of Graz came. Mr. Omar Khalil said he hoped to visit them soon."

    assert helpers.cities(text) == [("graz", "AT")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two officers came from the municipality of Erdut (Croatia).", [("erdut", "HR")]),
        (
            "Erano presenti delegazioni dei comuni di Alcanadre (Spagna) e Lecce.",
            [
                ("alcanadre", "ES"),
                ("lecce", "IT"),
            ],
        ),
        (
            "Vertreter aus Markaryd (Schweden) und Kassel waren anwesend.",
            [
                ("kassel", "DE"),
                ("markaryd", "SE"),
            ],
        ),
    ],
)
def test_extract_report_small_town_with_a_close_cue(text, expected):
    assert helpers.cities(text) == expected


def test_extract_report_smaller_place_beyond_europe_named_with_its_country():
    text = (
        "The online session gathered the Municipality of Tiznit from Morocco, "
        "the City of Kasserine (Tunisia) and the Municipality of Gaziantep."
    )

    assert helpers.cities(text) == [("gaziantep", "TR"), ("kasserine", "TN"), ("tiznit", "MA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # its country unsaid: the name may be anything
        (
            "The online session gathered the Municipality of Tiznit and the City of Lyon.",
            [("lyon", "FR")],
        ),
        # a list or a project's name is no cue that a word is a place beyond Europe
        (
            "The network of Comuni Welcome met the mayors of Lyon and Porto.",
            [("lyon", "FR"), ("porto", "PT")],
        ),
        (
            "Experts from Central and Eastern Europe joined the mayors of Lyon and Porto.",
            [("lyon", "FR"), ("porto", "PT")],
        ),
    ],
)
def test_extract_report_smaller_place_beyond_europe_needs_its_country(text, expected):
    assert helpers.cities(text) == expected


def test_extract_report_small_town_without_a_close_cue_is_a_word():
    text = "Participants praised the Aheloy approach at the meeting held in Lousada."

    record = extract_report(text, source="x.txt")

    assert (record["municipalities"], record["location"]) == ([], None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff of the city of Saint Jean de la Ruelle took part.", ["Saint-Jean-de-la-Ruelle"]),
        ("The Municipality of Roquetas del Mar sent two officers.", ["Roquetas de Mar"]),
        # misspelt in the text: the gazetteer's spelling, even in an English report
        ("The City of Ljubliana sent two officers to the meeting.", ["Ljubljana"]),
        (
            "Asistieron representantes de Coruña y Santa Coloma.",
            [
                "A Coruña",
                "Santa Coloma de Gramenet",
            ],
        ),
    ],
)
def test_extract_report_name_written_otherwise_is_the_gazetteer_name(text, expected):
    found = extract_report(text, source="x.txt")["municipalities"]

    assert [m["name"] for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the genitive's article between the head and the town, and a cedilla's "ş"
        ("Vorbitori: Ana Pop, consilier local al oraşului Graz, Austria.", [("graz", "AT")]),
        ("Moderator: Ion Dan, viceprimar al Leipzig, Germania.", [("leipzig", "DE")]),
        ("Invitat: Dan Ene, Consiliul local Lyon, Franța.", [("lyon", "FR")]),
        (
            "Ieri a sosit la Arad o echipă a municipalității Graz, Austria, pentru trei zile.",
            [("arad", "RO"), ("graz", "AT")],
        ),
        # a city's sector is the city
        ("Vorbitori: Eva Toth, consilier al sectorului 5 al Vienei.", [("vienna", "AT")]),
    ],
)
def test_extract_report_romanian_head_before_its_town(text, expected):
    assert helpers.cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English puts the authority's head or member before the person
        ('"We keep our doors open," Leeds Mayor Ann Hill told the forum.', [("leeds", "GB")]),
        ("The Cardiff councillor Tom Reed spoke at the forum.", [("cardiff", "GB")]),
        # a title's first word is no place
        ("Vice Mayor Tom Reed spoke at the forum.", []),
    ],
)
def test_extract_report_english_head_after_its_town(text, expected):
    assert helpers.cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hanno parlato l'assessora alle Politiche abitative di Lodi e altri.", [("lodi", "IT")]),
        ("Intervino el concejal de Cultura de Getafe ante el pleno.", [("getafe", "ES")]),
    ],
)
def test_extract_report_a_towns_executive_member_with_a_portfolio(text, expected):
    assert helpers.cities(text) == expected


def test_extract_report_the_authoritys_own_noun_is_no_misspelt_town():
    text = "Speakers:\nJan Nowak – Mayor of the City of Lublin (Poland)\nAnna Kos – Mayor of Graz"

    assert helpers.cities(text) == [("graz", "AT"), ("lublin", "PL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German names the city by its adjective before its head, district or administration
        ("Der Leipziger Oberbürgermeister sprach mit Gästen.", [("leipzig", "DE")]),
        ("Die Leipziger Stadtverwaltung lud ein.", [("leipzig", "DE")]),
        (
            "Was der Berliner Bezirk Pankow leistet, zeigt er auf einem Kongress in Wien.",
            [("berlin", "DE")],
        ),
    ],
)
def test_extract_report_german_city_adjective_before_its_authority(text, expected):
    assert helpers.cities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Στη συνάντηση μίλησαν οι δήμαρχοι Ηρακλείου και Αγίου Νικολάου για το προσφυγικό.",
        "Στη συνάντηση μίλησαν οι δήμαρχοι Ηρακλείου και Αγ. Νικολάου για το προσφυγικό.",
    ],
)
def test_extract_report_greek_saints_town_with_both_words_declined(text):
    assert ("agios nikolaos", "GR") in helpers.cities(text)


def test_extract_report_a_word_opening_many_towns_names_is_no_town():
    # "Città" opens Città di Castello, Città della Pieve, Città Sant'Angelo: a common noun
    text = "Hanno partecipato alla riunione le Città della rete, con il Comune di Parma."

    assert ("citta di castello", "IT") not in helpers.cities(text)
    assert ("parma", "IT") in helpers.cities(text)


def test_extract_report_city_a_delegation_visits_takes_part():
    text = (
        "Study visit: a delegation from Kassel was in Delmenhorst on 4 May 2021 to learn "
        "how the integration office works."
    )

    found = extract_report(text, source="x.txt")

    assert (found["location"], helpers.cities(text)) == (
        "Delmenhorst",
        [("delmenhorst", "DE"), ("kassel", "DE")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The partners will build on the Izmir Municipal Cooperation Meeting held last spring.",
        "The UN Training Centre (UNTC) in Bilbao is this week hosting a course for officials.",
    ],
)
def test_extract_report_place_naming_an_event_or_a_body_seat_takes_no_part(text):
    assert helpers.cities(text) == []


def test_extract_report_town_said_short_is_the_longer_town():
    text = (
        "Il Comune di Castel San Giorgio ha ospitato il seminario. Il Comune di Castel ha "
        "presentato i suoi servizi."
    )

    assert helpers.cities(text) == [("castel san giorgio", "IT")]


def test_extract_report_place_starting_a_longer_name_is_not_listed():
    text = "Delegates came from the city of Bremen, Garda de Coastă showed them the harbour."

    assert helpers.cities(text) == [("bremen", "DE")]


def test_extract_report_city_local_group_takes_part():
    assert helpers.cities("Members of the Tartu LSG met to discuss the draft plan.") == [
        ("tartu", "EE")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Στην ημερίδα μίλησε εκπρόσωπος του Δήμου Ιωαννιτών.", [("ioannina", "GR")]),
        ("Ο Δήμος Λαρισαίων παρουσίασε το πρόγραμμά του.", [("larissa", "GR")]),
    ],
)
def test_extract_report_greek_municipality_named_by_its_people(text, expected):
    assert helpers.cities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asistieron representantes de la ciudad de México, Quito y Lima.",
            [("lima", "PE"), ("mexico city", "MX"), ("quito", "EC")],
        ),
        ("Two officers of the City of Luxembourg took part.", [("luxembourg", "LU")]),
    ],
)
def test_extract_report_city_that_bears_its_country_name(text, expected):
    assert helpers.cities(text) == expected


def test_extract_report_place_naming_an_earlier_event_takes_no_part():
    text = "Delegates from Graz met to review the changes since the Oslo conference."

    assert helpers.cities(text) == [("graz", "AT")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dieci assessori si sono riuniti ieri presso la sala consiliare del Comune di Rieti.",
            "Rieti",
        ),
        ("Ich freue mich, die Gäste aus Lyon heute in Kassel begrüßen zu dürfen.", "Kassel"),
    ],
)
def test_extract_report_venue_in_the_authority_building_or_greeting(text, expected):
    assert extract_report(text, source="x.txt")["location"] == expected


def test_gazetteer_reads_the_small_towns_on_its_first_look_up_of_one():
    gazetteer = Gazetteer(places={}, names={}, countries={}, country_nouns=frozenset(), max_words=1)
    unread = gazetteer._towns

    towns = gazetteer.small_towns("Erdut")

    assert unread is None
    assert [(place.name, place.country) for place, _main in towns] == [("Erdut", "HR")]
    assert gazetteer._towns is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a big city spelt with a wrong letter between two towns, or last after two
        (
            "Delegates from Ghent, Marseile and Tampere attended the meeting on housing.",
            [("ghent", "BE"), ("marseille", "FR"), ("tampere", "FI")],
        ),
        (
            "Al seminario hanno partecipato i comuni di Bergamo (Italia), Pescara (Italia) e "
            "Sivilla (Spagna).",
            [("bergamo", "IT"), ("pescara", "IT"), ("seville", "ES")],
        ),
    ],
)
def test_extract_report_misspelt_item_of_a_list_of_towns_is_the_town(text, expected):
    assert helpers.cities(text) == expected


def test_extract_report_a_lone_near_name_outside_a_list_is_no_town():
    # a surname one letter from a city, said outside any list of towns
    text = "Delegates from Ghent and Tampere attended the meeting. Mr Marseile chaired it."

    assert helpers.cities(text) == [("ghent", "BE"), ("tampere", "FI")]


def test_extract_report_small_town_whose_first_word_alone_names_a_larger_place():
    text = (
        "Alla riunione hanno partecipato i rappresentanti dei Comuni di Orvieto, Castel "
        "Viscardo, Castel Giorgio e Allerona."
    )

    assert helpers.cities(text) == [
        ("allerona", "IT"),
        ("castel giorgio", "IT"),
        ("castel viscardo", "IT"),
        ("orvieto", "IT"),
    ]


def test_extract_report_a_city_whose_own_name_ends_in_city_keeps_it_whole():
    text = "Die Delegation besuchte die Städte Denver, Phoenix und Carson City in den USA."

    assert helpers.cities(text) == [("carson city", "US"), ("denver", "US"), ("phoenix", "US")]


def test_extract_report_small_town_beyond_europe_listed_beside_its_countrys_cities():
    text = (
        "Participaron en la reunión las alcaldías de Lima, Arequipa, Trujillo y Paramonga, en Perú."
    )

    assert helpers.cities(text) == [
        ("arequipa", "PE"),
        ("lima", "PE"),
        ("paramonga", "PE"),
        ("trujillo", "PE"),
    ]


def test_extract_report_a_long_unknown_word_with_its_country_in_brackets_is_a_slip():
    texts = (
        "Al seminario llegaron alcaldes de Cuenca (Ecuador), Barquisimetto (Venezuela) y "
        "Valparaisso (Chile).",
        "Al seminario llegaron alcaldes de Cuenca (Ecuador) y Voio (Grecia).",
    )

    assert helpers.cities(texts[0]) == [
        ("barquisimeto", "VE"),
        ("cuenca", "EC"),
        ("valparaiso", "CL"),
    ]
    assert helpers.cities(texts[1]) == [("cuenca", "EC")]  # a short word is near too many names
