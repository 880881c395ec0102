"""Place names with particles ("Kralupy nad Vltavou") and small towns, from the text to the
directory: the name is found whole, the next city of a list is kept, and the import adds a
small town to the directory instead of failing on it."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citypeers.archive.enums import ImportAction
from citypeers.archive.extraction import extract_report, load_gazetteer
from citypeers.archive.extraction.places import Mention, display_name, find_mentions
from citypeers.archive.extraction.text import fold
from citypeers.archive.services import import_report_text
from citypeers.archive.validation import record_problems
from citypeers.network.models import Municipality


def _cities(text: str) -> list[tuple[str, str]]:
    found = extract_report(text, source="x.txt")["municipalities"]
    return sorted((fold(m["name"]), m["country"]) for m in found)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Kralupy nad Vltavou", "CZ"),
        ("Roseto degli Abruzzi", "IT"),
        ("Reggio nell'Emilia", "IT"),
        ("Neumarkt in der Oberpfalz", "DE"),
        ("Castiglione delle Stiviere", "IT"),
    ],
)
def test_extract_report_keeps_a_name_with_particles_whole_and_the_next_city(name, country):
    text = f"The visit of 4 May 2022 brought together the municipalities of {name} and Tartu."

    assert _cities(text) == sorted([(fold(name), country), ("tartu", "EE")])


def _particle_names() -> list[str]:
    """European places of some size whose name holds a particle, from the gazetteer."""
    gaz = load_gazetteer()
    return sorted(
        p.name
        for p in gaz.places.values()
        if p.population >= 20_000
        and p.name[0].isupper()
        and "," not in p.name
        and any(w in gaz.connectors for w in p.name.split(" ")[1:-1])
        and gaz.lookup(p.name) == p
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(_particle_names()))
def test_extract_report_names_with_particles_keep_the_list_together(name):
    text = f"Officials from the municipalities of {name} and Tartu met on 4 May 2022."
    gaz = load_gazetteer()

    found = extract_report(text, source="x.txt")["municipalities"]

    # the record may give the place's English name ("Castellón de la Plana" for GeoNames'
    # "Castelló de la Plana"): what counts is that each name leads back to the place meant
    places = {gaz.resolve(m["name"], country=m["country"]) for m in found}
    assert {gaz.lookup(name), gaz.lookup("Tartu", country="EE")} <= places


def test_every_municipality_extracted_is_one_the_import_can_resolve():
    text = (
        "On 4 May 2022 a delegation of the Comune di Bologna visited Stadt Übersee and the "
        "municipalities of Roseto degli Abruzzi and Graz."
    )
    record = extract_report(text, source="x.txt")
    gaz = load_gazetteer()

    assert all(gaz.resolve(m["name"], country=m["country"]) for m in record["municipalities"])
    assert ("ubersee", "DE") in _cities(text)


@pytest.mark.django_db
def test_import_report_adds_a_small_town_to_the_directory():
    text = (
        "12 March 2021\nOn 12 March 2021 officials of the Comune di Bologna met the staff of "
        "the partner town Stadt Übersee to compare welcome desks for newcomers.\n"
    )

    outcome = import_report_text(text=text, source_name="town.txt")

    assert outcome.action != ImportAction.FAILED, outcome.message
    town = Municipality.objects.get(name="Übersee")
    assert town.country_id == "DE"
    assert round(town.latitude) == 48 and round(town.longitude) == 12
    assert set(outcome.report.municipalities.values_list("name", flat=True)) == {
        "Bologna",
        "Übersee",
    }


def test_record_problems_accepts_a_small_town_and_names_an_unknown_place():
    record = {
        "source": "x.txt",
        "municipalities": [
            {"name": "Übersee", "country": "DE"},
            {"name": "Nowhereville", "country": "DE"},
        ],
    }

    problems = " ".join(record_problems(record))

    assert "Übersee" not in problems
    assert "Nowhereville" in problems


def test_resolve_prefers_a_small_town_in_the_records_country_to_a_namesake_abroad():
    gaz = load_gazetteer()
    towns_abroad = (
        (town, place)
        for town, _main in (
            t for key in list(gaz.town_index()[0])[:20_000] for t in gaz.small_towns(key)
        )
        if (place := gaz.lookup(town.name)) is not None and place.country != town.country
    )
    town, namesake = next(towns_abroad)

    assert gaz.resolve(town.name, country=town.country) == town
    assert gaz.resolve(town.name) == namesake


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il 4 maggio 2022 i comuni di Luzern e Tartu si sono incontrati a Tartu.",
            [("lucerne", "CH"), ("tartu", "EE")],
        ),
        (
            "Am 4. Mai 2022 trafen sich Vertreter der Städte Sevilla und Graz in Graz.",
            [("graz", "AT"), ("seville", "ES")],
        ),
    ],
)
def test_extract_report_names_a_city_by_its_english_exonym(text, expected):
    assert _cities(text) == expected


def test_extract_report_keeps_the_short_name_the_text_writes():
    text = "On 4 May 2022 the municipalities of Palma and Graz met in Graz."

    assert ("palma", "ES") in _cities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 4 May 2022 city officials from Washington, Atlanta and Boise in the United "
            "States met their peers of the municipality of Stuttgart.",
            ("washington", "US"),
        ),
        (
            "Il 4 maggio 2022 si sono incontrati i comuni di Augusta, Prato e Bari.",
            ("augusta", "IT"),
        ),
    ],
)
def test_extract_report_reads_a_name_many_countries_share_in_the_reports_country(text, expected):
    assert expected in _cities(text)


def test_extract_report_keeps_the_larger_city_of_a_name_among_other_countries_cities():
    text = (
        "El 4 de mayo de 2022 se reunieron las ciudades de Madrid, Lima, Quito y Bogotá "
        "en Colombia."
    )

    assert ("madrid", "ES") in _cities(text)


def test_extract_report_a_larger_namesake_in_the_country_the_report_speaks_of_wins():
    # a Spanish report on Colombian cities: the Colombian Cartagena, the larger namesake,
    # though the report's language speaks of Spain once
    text = (
        "Participaron las alcaldías de Medellín, Cali, Cartagena, Pereira y Manizales, "
        "en Colombia, junto con delegados de Colombia y del Perú."
    )

    assert ("cartagena", "CO") in _cities(text)


def test_extract_report_a_name_whose_country_the_text_tells_once_is_that_place_throughout():
    text = (
        "El alcalde de Mérida viajará a un foro de ciudades en Santiago. En el foro hablarán "
        "los municipios de Rosario (Argentina), Mérida (España) y Cuenca (Ecuador)."
    )

    found = _cities(text)

    assert ("merida", "ES") in found
    assert ("merida", "MX") not in found


def test_extract_report_a_word_that_is_only_another_name_of_a_city_beyond_europe_is_no_place():
    text = (
        "L'assemblea annuale dell'Anci si è svolta il 4 maggio 2022: Anci ha riunito i "
        "sindaci di Prato e di Bari."
    )

    assert _cities(text) == [("bari", "IT"), ("prato", "IT")]


@pytest.mark.parametrize("name", ["Landau in der Pfalz", "Hidalgo del Parral", "Palma"])
def test_display_name_keeps_a_name_its_english_exonym_only_cuts_short(name):
    gaz = load_gazetteer()
    place = gaz.lookup(name)
    mention = Mention(0, len(name), name, place=place, cued=True)

    assert display_name(mention, gaz, english=True) == name


def test_extract_report_reads_a_town_cut_before_its_qualifier_under_its_full_name():
    text = (
        "El 3 de marzo de 2024 se reunieron los ayuntamientos de Sant Boi, Santa Coloma y "
        "Terrassa para hablar de la acogida."
    )

    assert _cities(text) == sorted(
        [("sant boi de llobregat", "ES"), ("santa coloma de gramenet", "ES"), ("terrassa", "ES")]
    )


def test_gazetteer_a_name_many_towns_open_with_names_none_of_them():
    # "Sant'Angelo" opens many Italian towns' names, none much larger than the others
    found = load_gazetteer().candidates("Sant'Angelo")

    assert all(fold(place.name) == "sant angelo" for place, _ in found)


def test_extract_report_a_large_city_named_as_a_country_elsewhere_is_the_city():
    # Spanish names Grenada "Granada"; the Spanish city is what a list of cities means
    text = "El 3 de marzo de 2024 participaron los ayuntamientos de Granada, Girona y Lleida."

    assert _cities(text) == [("girona", "ES"), ("granada", "ES"), ("lleida", "ES")]


def test_extract_report_a_european_country_named_like_a_town_stays_a_country():
    # "Włochy" is a Polish town and Italy in Polish: Italy is meant
    text = "3 marca 2024 r. miasta Gdańsk i Sopot spotkały się z partnerami z Włochy i Grecji."

    assert ("wlochy", "PL") not in _cities(text)


def test_extract_report_names_a_city_as_other_languages_agree_when_the_english_tag_is_odd():
    # GeoNames tags Castelló de la Plana "Castellon" in English; French and Spanish agree
    text = "El 3 de marzo de 2024 participaron los ayuntamientos de Castelló de la Plana y Lleida."

    assert _cities(text) == [("castellon de la plana", "ES"), ("lleida", "ES")]


def test_a_word_whose_accents_fall_on_other_letters_names_no_small_place():
    found = find_mentions("Covoare de Lână din Rădăuți și din Bălți.", load_gazetteer())

    assert [m.surface for m in found] == ["Rădăuți", "Bălți"]
