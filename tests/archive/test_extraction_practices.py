"""Which named things a report's practices are: the ones a city showed, not the money or the title.

The sentences are written for these tests; none comes from a report.
"""

import pytest

from citypeers.archive.extraction import extract_report
from tests.archive import extraction_helpers as helpers

OPENING = (
    "A study visit took place on 5 May 2023 between the municipalities of Ghent and Bologna.\n"
)


def _names(text: str, opening: str = OPENING) -> list[str]:
    return [item["name"] for item in helpers.record(opening + text)["practices"]]


@pytest.mark.parametrize(
    "text",
    [
        "Ghent presented its work, co-funded through the regional “Open Streets” scheme.",
        "Bologna ricorda che la rete è finanziata dal programma “Europa per i cittadini”.",
        "Ghent presented its Erasmus+ Youth projects to the guests.",
        "Ghent opened the day under the motto “Together in Every Street”.",
        "Then Ghent gave the talk “Streets for Everyone” to the assembly.",
        "Ghent welcomed the foundation “Open Hands” to the table.",
        "Ghent presented the Co.Me. (COmmon MEeting places for a shared city strategy) to the guests.",
    ],
)
def test_a_funding_programme_or_a_title_is_no_practice(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Ghent said: “We will not leave our neighbours alone”.",
        "Ghent hosted the session “Learning together about safer streets for all”.",
    ],
)
def test_quoted_words_in_lower_case_are_a_quotation_not_a_practice(text):
    assert _names(text) == []


def test_a_quoted_name_with_a_word_for_a_service_stays_a_practice():
    assert _names("Ghent presented its “Welcome desk for new neighbours” to Bologna.") == [
        "Welcome desk for new neighbours"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bologna illustrò i servizi del FAMI (Fondo Asilo Migrazione e Integrazione) agli ospiti.",
        "Ghent presented the FSE (Fondo Sociale Europeo) projects of the region.",
    ],
)
def test_the_eu_funds_under_their_names_in_other_languages_are_no_practice(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Ghent described the guests as “Bridge Builders” between the two cities.",
        "Gent stellte sich den Gästen als „Werkstatt der Nachbarschaft“ vor.",
        "Bologna si è presentata come “Laboratorio del Nord” agli ospiti.",
    ],
)
def test_quoted_words_after_as_are_a_likeness_not_a_practice(text):
    assert _names(text) == []


def test_a_quoted_name_after_known_as_stays_a_practice():
    text = "Ghent showed its neighbourhood centres, known as “Open Houses”, to the guests."

    assert _names(text) == ["Open Houses"]


def test_a_country_in_brackets_after_an_acronym_is_not_its_long_name():
    text = "Ghent hosted its partners ROVA (Denmark) and KILT (Estonia) for the project meeting."

    assert _names(text) == []


def test_an_acronym_with_its_long_name_in_brackets_stays_a_practice():
    text = "Ghent presented the WELCOME (Work and Learning Centres for Newcomers) project."

    assert _names(text) == ["WELCOME"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghent recalled the “Ghent Declaration of Open Towns” that both cities signed.",
        "Gent erinnerte an die „Genter Erklärung der offenen Städte“ beider Städte.",
        "Bologna ha ricordato la “Dichiarazione di Bologna sulle città aperte”.",
    ],
)
def test_a_declaration_the_towns_signed_is_no_practice(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghent presented its work. Ghent is a member of the “Open Towns Network” of the region.",
        'Gent stellte sich vor. Gent ist seit 2012 Mitglied des Netzwerks "Offene Städte".',
        'Gandawa jest od 2012 roku członkiem Programu "Otwarte Miasta".',
    ],
)
def test_the_network_a_town_is_a_member_of_is_no_practice(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghent presented its work. The meeting was held within the initiative “Open Towns Network”.",
        'Bologna ha presentato il lavoro. Incontro nell\'ambito del progetto "Città Aperte Insieme".',
        'Gent stellte sich vor. Das Treffen fand im Rahmen des Programms "Offene Städte" statt.',
    ],
)
def test_the_initiative_a_meeting_was_held_within_is_no_practice(text):
    assert _names(text) == []


def test_a_listed_activity_in_lower_case_is_no_practice():
    text = (
        "Ghent and Bologna discussed several topics, such as: preparation of joint projects, "
        "mutual support and common training."
    )

    assert _names(text) == []


def test_a_national_centre_under_its_acronym_is_no_practice():
    text = "Ghent presented the work of the NCI (National Centre for Integration) to the guests."

    assert _names(text) == []


def test_a_programme_named_after_its_town_stays_a_practice_when_read_as_the_project():
    text = (
        "Ghent runs the programme “Open Ghent”, which pairs newcomers with local families. "
        "The mayors agreed to widen the programme Open Ghent to Bologna.\n"
    )

    record = extract_report(OPENING + text, source="x.txt")

    assert record["project"] == "Open Ghent"
    assert [p["name"] for p in record["practices"]] == ["Open Ghent"]


def test_the_project_named_after_no_town_is_still_no_practice():
    text = (
        "Ghent runs the programme “Open Doors”, which pairs newcomers with local families. "
        "The mayors agreed to widen the programme Open Doors to Bologna.\n"
    )

    record = extract_report(OPENING + text, source="x.txt")

    assert record["project"] == "Open Doors"
    assert record["practices"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghent presented the II Plan de Ghent Ciudad Abierta to the guests.",
            "II Plan de Ghent Ciudad Abierta",
        ),
        ("Bologna ha illustrato il modello Sai Bologna ai colleghi.", "Modello Sai Bologna"),
        (
            "Since May the Ghent buddy programme pairs newcomers with neighbours.",
            "Ghent buddy programme",
        ),
    ],
)
def test_an_unquoted_plan_or_programme_named_after_a_town_is_a_practice(text, expected):
    assert _names(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The officers of Ghent and the model of Bologna were compared.",
        "Ghent presented its plan to the guests.",
        "Since May the model of Bologna pairs newcomers with neighbours.",
    ],
)
def test_a_plan_without_a_towns_name_or_a_town_in_a_clause_is_no_practice(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghent presented ‘Open Doors’, the city’s welcome programme.", "Open Doors"),
        ("Bologna presentò il progetto ‘Porte Aperte’ agli ospiti.", "Porte Aperte"),
        ("Gent stellte das Projekt „Offene Türen“ vor.", "Offene Türen"),
        ("Gent stellte „Offene Türen“ – ein Angebot der Stadt – vor.", "Offene Türen"),
        ("Bologna przedstawiła program „Otwarte Drzwi” gościom.", "Otwarte Drzwi"),
        ("Bologna ha presentato la campagna „Porte Aperte“ agli ospiti.", "Porte Aperte"),
        ("Sevilla presentó la campaña „Puertas Abiertas“ a los invitados.", "Puertas Abiertas"),
    ],
)
def test_a_name_in_german_or_single_quotes_next_to_a_word_for_a_practice_is_one(text, expected):
    assert _names(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ghent recalled the closure of the ‘Northern Road’ in March.",
        "Die Gäste besuchten das Gymnasium „Anna Weber“ in Gent.",
        "Auf dem Programm in Gent stehen Themen wie „Kommunale Strukturen“.",
    ],
)
def test_a_name_in_german_or_single_quotes_alone_is_no_practice(text):
    assert _names(text) == []


def test_a_name_after_a_funds_colon_is_a_practice():
    text = "Bologna presentò i progetti finanziati dai fondi regionali: “Casa Comune” e altri."
    assert _names(text) == ["Casa Comune"]


@pytest.mark.parametrize(
    "text",
    [
        "Gent stellte am 01.10.2022 das Projekt „Offene Türen“ vor.",
        "Ghent presented the project A.B. Doors, for open neighbourhoods.",
    ],
)
def test_a_stop_inside_a_date_or_initials_does_not_cut_the_sentence(text):
    assert len(_names(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghent spoke about the projects Casa Verde and Porta Aperta to the guests.",
            ["Casa Verde", "Porta Aperta"],
        ),
        ("Bologna habló del programa Vecinas Unidas con los invitados.", ["Vecinas Unidas"]),
        ("Il sindaco di Bologna ha parlato della campagna Porte Aperte.", ["Porte Aperte"]),
        ("Ghent explained the campaign Open Doors to the guests.", ["Open Doors"]),
        ("Kraków przedstawił inicjatywę Otwarte Drzwi gościom z Bolonii.", ["Otwarte Drzwi"]),
    ],
)
def test_a_name_in_capitals_after_a_lower_case_head_is_a_practice(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ghent took part within the programme Open Cities of the region.",
        "Ghent spoke about the programme Solidarity Towns to the guests.",
        "Bologna invitò il responsabile dei progetti Casa Comune a parlare.",
        "Ghent joined the programme Europe of the citizens in 2015.",
    ],
)
def test_a_frame_a_network_or_an_office_after_a_lower_case_head_is_no_practice(text):
    assert _names(text) == []


def test_this_city_gives_the_host_town_to_a_practice_of_a_sentence_naming_none():
    opening = (
        "A study visit of the Welcome Bridges project was held in Ghent on 5 May 2023 with a "
        "delegation of Bologna.\n"
    )
    text = "The councillor spoke of the programme Casa Verde, carried out in this city."
    record = helpers.record(opening + "\n" + text)
    assert [(p["name"], p["municipality"]) for p in record["practices"]] == [
        ("Casa Verde", "Ghent")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ghent joined the programme Casa Verde last year.",
        "Ghent spoke about the project BRIDGE to the guests.",
        "Ghent spoke about the project Bridges 2Gether to the guests.",
    ],
)
def test_an_untold_or_code_named_project_after_a_lower_case_head_is_no_practice(text):
    assert _names(text) == []
