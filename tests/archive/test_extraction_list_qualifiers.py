"""A list of towns goes on across what is said of each item: the US state or Canadian
province after a city, by name or by postal code ("Denver, CO", "Aurora, Ontario"), a
bracketed province or country ("Erice (TP) e Paceco (TP)", "Kamond (Ungaria)"); the heads of
Latin American and Brazilian municipalities name their towns ("los intendentes de", "o
prefeito de"); and a metropolitan area's word before a city ("Greater Irbid", "Gran
Santiago") leaves the city's authority."""

import pytest

from tests.archive import extraction_helpers as helpers


def _towns(text: str) -> list[tuple[str, str]]:
    record = helpers.record(f"Exchange meeting\n\n{text}")
    return [(m["name"], m["country"]) for m in record["municipalities"]]


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "The forum brought together the mayors of Fresno, CA; Aurora and Denver, CO; "
            "Cambridge and Somerville, MA; Austin, and Travis County, TX; and Seattle, WA.",
            [
                ("Fresno", "US"),
                ("Aurora", "US"),
                ("Denver", "US"),
                ("Cambridge", "US"),
                ("Somerville", "US"),
                ("Austin", "US"),
                ("Seattle", "US"),
            ],
        ),
        (
            "Delegations from Portland, OR, Tucson, AZ and Halifax, NS took part in the "
            "review on housing.",
            [("Portland", "US"), ("Tucson", "US"), ("Halifax", "CA")],
        ),
        (
            "Smaller towns, including St. Albert, Alberta, and Aurora, Ontario, sent a "
            "representative to the working group.",
            [("St. Albert", "CA"), ("Aurora", "CA")],
        ),
        (
            "Officials from Boise, Idaho; Dayton, and Toledo, Ohio; and St. Louis, Missouri "
            "joined the study tour.",
            [("Boise", "US"), ("Dayton", "US"), ("Toledo", "US"), ("St. Louis", "US")],
        ),
    ],
)
def test_a_list_goes_on_after_each_citys_state(text, towns):
    assert _towns(text) == towns


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # a postal code that is also a country's code names the country where the city is
        (
            "The mayors of Berlin, DE and Vienna, AT met to discuss tram procurement.",
            [("Berlin", "DE"), ("Vienna", "AT")],
        ),
        # "LA" is Los Angeles here, not Louisiana: Madrid has no namesake there
        (
            "The mayors of Madrid, LA, Essen and Belfast took part in the conference.",
            [("Madrid", "ES"), ("Essen", "DE"), ("Belfast", "GB")],
        ),
        # a state's name before a surname is a given name
        (
            "The deputy mayor of Thessaloniki, Virginia Politis, took part in the meeting.",
            [("Thessaloniki", "GR")],
        ),
    ],
)
def test_a_code_or_a_name_after_a_city_is_no_state_where_it_cannot_be(text, towns):
    assert _towns(text) == towns


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "All'incontro hanno partecipato i sindaci di Erice (Trapani) e Paceco (Trapani).",
            [("Erice", "IT"), ("Paceco", "IT")],
        ),
        (
            "Asistieron los alcaldes de Getafe (Madrid) y Sant Boi (Barcelona).",
            [("Getafe", "ES"), ("Sant Boi de Llobregat", "ES")],
        ),
        (
            "Estuvieron presentes el intendente de Villa María (Córdoba) y la intendenta de "
            "Rafaela (Santa Fe).",
            [("Villa María", "AR"), ("Rafaela", "AR")],
        ),
        (
            "O prefeito de Londrina (PR) e a prefeita de Maringá (PR) assinaram o acordo.",
            [("Londrina", "BR"), ("Maringá", "BR")],
        ),
        (
            "Au participat 25 de cetățeni din localitatea Kamond (Ungaria) și 40 din comuna "
            "Livezeni (România).",
            [("Kamond", "HU"), ("Livezeni", "RO")],
        ),
    ],
)
def test_a_bracketed_province_or_country_keeps_the_list(text, towns):
    assert _towns(text) == towns


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "A prefeita de Curitiba e o prefeito do Recife participaram do encontro.",
            [("Curitiba", "BR"), ("Recife", "BR")],
        ),
        (
            "Participaron los presidentes municipales de Zapopan y Tlaquepaque en la mesa.",
            [("Zapopan", "MX"), ("Tlaquepaque", "MX")],
        ),
    ],
)
def test_the_heads_of_latin_american_municipalities_name_their_towns(text, towns):
    assert _towns(text) == towns


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "The mayor of Greater Irbid joined the delegation from Zarqa.",
            [("Greater Irbid", "JO"), ("Zarqa", "JO")],
        ),
        (
            "The Greater Amman Municipality hosted the peer learning session.",
            [("Greater Amman", "JO")],
        ),
        (
            "El intendente del Gran Mendoza y el alcalde de Gran Santiago firmaron el acuerdo.",
            [("Mendoza", "AR"), ("Santiago", "CL")],
        ),
        (
            "Representatives of the Gran Santiago metropolitan government joined the meeting.",
            [("Santiago", "CL")],
        ),
    ],
)
def test_a_metropolitan_areas_word_before_a_city_leaves_its_authority(text, towns):
    assert _towns(text) == towns
