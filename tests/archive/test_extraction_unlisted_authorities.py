"""Authorities the gazetteer does not list, named by an explicit noun of their own."""

import pytest

from citypeers.archive.extraction import extract_report
from citypeers.archive.extraction.unlisted import greek_latin, greek_nominatives
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ο Δήμος Βόρειας Κυνουρίας φιλοξένησε τη συνάντηση για την ένταξη των προσφύγων.",
            [("voreia kynouria", "GR")],
        ),
        (
            "Il sindaco del Comune di Valfonda Alta ha partecipato al tavolo sull'accoglienza.",
            [("valfonda alta", "IT")],
        ),
        (
            "W spotkaniu o integracji cudzoziemców wziął udział wójt gminy Mierzęcin Stary.",
            [("mierzecin stary", "PL")],
        ),
        (
            "La întâlnirea despre integrarea refugiaților a participat Primăria comunei "
            "Curătura Nouă.",
            [("curatura noua", "RO")],
        ),
        (
            "Cr Jo Smith, Mayor of Kurrawong Shire Council, joined councillors from Perth "
            "and Darwin at the welcoming cities symposium in Australia.",
            [("darwin", "AU"), ("kurrawong shire", "AU"), ("perth", "AU")],
        ),
    ],
)
def test_extract_report_an_authority_the_gazetteer_lacks_after_its_own_noun(text, expected):
    assert helpers.cities(text) == expected


def test_extract_report_words_before_a_known_place_after_an_authority_noun_are_no_name():
    text = (
        "W spotkaniu w Lublinie uczestniczyli przedstawiciele Urzędu Miasta Lublin oraz "
        "Miasto Stołeczne Warszawa."
    )

    assert ("stoleczne warszawa", "PL") not in helpers.cities(text)


def test_extract_report_a_name_joined_by_and_past_three_words_ends_at_the_and():
    text = (
        "Al convegno di Cremona ha parlato il sindaco del Comune di Valfonda Alta e Rivabella "
        "Nuova, con i sindaci della provincia."
    )

    assert ("valfonda alta", "IT") in helpers.cities(text)


@pytest.mark.parametrize(
    "text",
    [
        "The conference on migrant integration gathered mayors of the cities of Europe.",
        "Ann Lee, Deputy Mayor of Social Affairs, spoke on social housing.",
        "Ann Lee, the Mayor of the Central District, spoke on housing.",
        "Wir wissen, dass die Stadt Flüchtlinge aufnimmt und die Flüchtlinge begleitet.",
        "The City of Sanctuary Local Authority Network met online to share practice.",
        "Στη συνάντηση μίλησε ο πρόεδρος της Ένωσης Δήμων Ελλάδας για την ένταξη.",
    ],
)
def test_extract_report_words_after_an_authority_noun_that_name_no_authority(text):
    assert helpers.cities(text) == []


def test_extract_report_a_far_namesake_after_an_authority_noun_is_the_reports_country():
    text = (
        "The Greek network of cities met in Larissa, Greece. The municipality of Springfield "
        "and the municipality of Volos presented their reception plans, and Kozani sent two "
        "officers."
    )

    assert ("springfield", "GR") in helpers.cities(text)
    assert ("springfield", "US") not in helpers.cities(text)


def test_extract_report_an_unknown_authority_spelt_near_a_place_of_the_report_is_that_place():
    text = (
        "El Ayuntamiento de Getafe acogió la jornada sobre acogida. Representantes del "
        "Ayuntamiento de Gatefe presentaron su plan municipal."
    )

    assert helpers.cities(text) == [("getafe", "ES")]


def test_extract_report_a_far_namesake_with_its_own_country_said_stays_there():
    text = (
        "A Verona i sindaci italiani hanno parlato di accoglienza con il sindaco di Verona, il "
        "sindaco di Brescia e il sindaco di Springfield (Illinois) Ann Lee, ospite in Italia."
    )

    assert ("springfield", "US") in helpers.cities(text)
    assert ("springfield", "IT") not in helpers.cities(text)


@pytest.mark.parametrize(
    "text",
    [
        "La întâlnire a participat Primăria Sector 3, alături de asociațiile locale.",
    ],
)
def test_extract_report_a_numbered_division_is_no_authority(text):
    assert helpers.cities(text) == []


def test_extract_report_the_region_a_city_is_the_capital_of_is_no_authority():
    text = "City of Lyon - Lyon is the capital city of Vellandria, in the east of France."

    assert helpers.cities(text) == [("lyon", "FR")]


@pytest.mark.parametrize(
    ("genitive", "latin"),
    [
        ("Κυνουρίας", "kynouria"),
        ("Θέρμης", "thermi"),
        ("Ωραιοκάστρου", "oraiokastro"),
        ("Αιγάλεω", "aigaleo"),
        ("Αγίου", "agios"),
        ("Λαγκαδά", "langada"),
    ],
)
def test_greek_nominative_in_latin_letters(genitive, latin):
    assert greek_latin(greek_nominatives(genitive)[0]) == latin


def test_greek_nominatives_of_a_masculine_or_neuter_genitive_and_of_a_plural():
    assert [greek_latin(n) for n in greek_nominatives("Πολυγύρου")] == ["polygyro", "polygyros"]
    # a genitive plural: a neuter's, a feminine's or a masculine's plural
    assert greek_nominatives("Αμπελοκήπων") == ("αμπελοκηπα", "αμπελοκηπες", "αμπελοκηποι")


def test_extract_report_an_authority_the_gazetteer_lacks_does_not_tip_the_kind():
    text = (
        "The mayors of the City of Lyon, the City of Grenoble and the Municipality of "
        "Vellandor met in an online exchange of practice on housing."
    )

    record = extract_report(text, source="x.txt")

    assert ("vellandor", "FR") in helpers.cities(text)
    assert record["kind"] == "peer_exchange"  # as for two cities: three would be a consultation
