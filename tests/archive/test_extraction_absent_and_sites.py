"""Places a report names that did not take part: towns that could not come, refugee sites
visited, a country after a municipal noun, a given name read as a village; and a large city
said in another spelling, or said short after its full name."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        (
            "Housing exchange\n\nRepresentatives of Ghent and Utrecht met in Ghent on 3 May "
            "2022. Leuven and Tilburg could not attend and asked for the minutes.",
            [("ghent", "BE"), ("utrecht", "NL")],
        ),
        (
            "Scambio sulla casa\n\nI rappresentanti di Parma e Modena si sono incontrati a "
            "Parma il 3 maggio 2022. Lecce e Foggia non hanno potuto partecipare.",
            [("modena", "IT"), ("parma", "IT")],
        ),
        (
            "Intercambio\n\nLos representantes de Valencia y Alicante se reunieron en Valencia "
            "el 3 de mayo de 2022. Murcia y Cartagena no pudieron asistir.",
            [("alicante", "ES"), ("valencia", "ES")],
        ),
    ],
)
def test_towns_said_not_to_have_come_are_left_out(text, cities):
    assert helpers.cities(text) == cities


def test_towns_that_came_are_kept_beside_a_sentence_on_absence():
    text = (
        "Housing exchange\n\nRepresentatives of Ghent and Utrecht met in Ghent on 3 May 2022. "
        "The chair thanked everyone for coming."
    )
    assert helpers.cities(text) == [("ghent", "BE"), ("utrecht", "NL")]


@pytest.mark.parametrize(
    "site",
    [
        "went to the Serres refugee camp and the Veria hosting facilities",
        "visited the Lagadas refugee camp and the Kavala accommodation centre",
    ],
)
def test_a_place_naming_a_refugee_site_is_no_party(site):
    text = (
        "Third transnational workshop\n\nThe delegates of Thessaloniki and Ioannina met in "
        f"Thessaloniki on 24 May 2022. On the second day they {site}."
    )
    assert helpers.cities(text) == [("ioannina", "GR"), ("thessaloniki", "GR")]


def test_a_place_where_a_shelter_stands_is_no_party():
    text = (
        "Delegation aus Leipzig\n\nEine Delegation aus Leipzig besuchte am 3. Mai 2022 Berlin. "
        "Sie besuchte eine Unterkunft für Geflüchtete in Köpenick und das Rathaus."
    )
    assert helpers.cities(text) == [("berlin", "DE"), ("leipzig", "DE")]


def test_a_country_after_a_municipal_noun_is_no_town():
    text = (
        "Conferencia de alcaldes\n\nGilberto Ramírez, alcalde de Desamparados, presentó su "
        "trabajo el 3 de mayo de 2022. Desamparados es uno de los municipios de Costa Rica "
        "con más personas migrantes."
    )
    cities = helpers.cities(text)
    assert ("desamparados", "CR") in cities
    assert all(name != "costa rica" for name, _country in cities)


def test_a_given_name_inside_a_persons_name_is_no_town():
    text = (
        "Summit\n\nThe city of Timișoara took part in the summit on 3 May 2022. Municipiul va "
        "fi reprezentat de consilierul local Ovidiu Mereanu."
    )
    assert helpers.cities(text) == [("timisoara", "RO")]


def test_a_large_city_in_another_spelling_is_that_city_by_its_name():
    text = (
        "Mediterranean mayors\n\nThe mayors of Tangiers, Sfax and Genoa signed the joint "
        "statement in Marseille on 3 May 2022."
    )
    assert helpers.city_names(text) == ["Genoa", "Sfax", "Tangier"]


def test_a_town_said_short_after_its_full_name_is_that_town():
    text = (
        "Visita a Riace\n\nIl Comune di Foiano di Val Fortore ha visitato Riace il 3 maggio "
        "2022. Il sindaco di Foiano ha incontrato il sindaco di Riace."
    )
    assert helpers.city_names(text) == ["Foiano di Val Fortore", "Riace"]


def test_a_person_after_a_municipal_noun_of_another_language_is_no_town():
    text = (
        "Primera reunión\n\nLa ciudad de Rosario recibió a la red el 3 de mayo de 2022. Se "
        "abrió la mesa con las directoras de la comuna Fabiola Guerrero, de la División "
        "Cultura, y Marta Gómez."
    )
    assert helpers.cities(text) == [("rosario", "AR")]


@pytest.mark.parametrize(
    "aim",
    [
        "L'obiettivo di Interlink è rafforzare le politiche locali, coinvolgendo cinque città "
        "(Bergamo, Lecce, Nantes, Gdynia e Braga).",
        "The project's aim is to improve local policies by involving five cities (Bergamo, "
        "Lecce, Nantes, Gdynia and Braga).",
    ],
)
def test_cities_in_a_projects_aim_are_its_partners_not_the_meetings_parties(aim):
    text = (
        "Second meeting\n\nThe second meeting of the network was held in Modena on 3 May "
        f"2022, with the City of Modena and the City of Parma. {aim}"
    )
    assert helpers.cities(text) == [("modena", "IT"), ("parma", "IT")]


def test_a_phrase_of_everyday_words_is_no_city_beyond_europe_named_so_in_translation():
    text = (
        "Member summit\n\nThe mayors of Dayton and Atlanta took part in the summit on 3 May "
        "2022, with officials of the White House."
    )
    assert helpers.cities(text) == [("atlanta", "US"), ("dayton", "US")]


def test_a_city_beyond_europe_whose_own_name_is_everyday_words_is_kept():
    text = (
        "Mayors' forum\n\nThe mayors of Cape Town and Salt Lake City met in Geneva on 3 May 2022."
    )
    assert helpers.cities(text) == [("cape town", "ZA"), ("salt lake city", "US")]


def test_places_listed_as_what_makes_up_one_region_are_its_counties():
    text = (
        "Quarterly coordination meeting\n\nThe foundation held its coordination meeting on 3 "
        "May 2022 with the City of Iași and the public authorities of Region 1: Bacău, "
        "Botoșani, Suceava and Vaslui."
    )
    assert helpers.cities(text) == [("iasi", "RO")]


def test_a_town_the_gazetteer_lacks_takes_the_named_country_its_letters_allow():
    text = (
        "Study visit\n\nOn 3 May 2022 a delegation of Ādažķi Municipality came to the town "
        "hall of Elverum in Norway. The Latvian guests met Norwegian officials; Norway's "
        "integration law was presented."
    )
    assert helpers.cities(text) == [("adazki", "LV"), ("elverum", "NO")]
