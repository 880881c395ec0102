"""Places beyond close cues: every city named is a candidate, its sentence decides."""

import pytest

from citypeers.archive.extraction import (
    agents,
    extract_report,
    load_gazetteer,
    organisations,
    people,
    places,
)
from citypeers.archive.extraction.inflection import base_forms, polish_name_forms
from citypeers.archive.extraction.text import AND_LIST, AUTHORITY_NOUNS, AUTHORITY_OF, fold
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Delegates from Leeds, Graz and Tartu attended the meeting on housing.",
            [("Graz", "AT"), ("Leeds", "GB"), ("Tartu", "EE")],
        ),
        (
            "Eine Delegation aus Dresden, Bremen und Kassel besuchte die Städte Chicago und "
            "Toronto.",
            [
                ("Bremen", "DE"),
                ("Chicago", "US"),
                ("Dresden", "DE"),
                ("Kassel", "DE"),
                ("Toronto", "CA"),
            ],
        ),
        (
            "Al encuentro asistieron representantes de Valladolid, Oviedo y Murcia.",
            [("Murcia", "ES"), ("Oviedo", "ES"), ("Valladolid", "ES")],
        ),
        (
            "Hanno partecipato all'incontro Lecce, Braga e Osaka.",
            [("Braga", "PT"), ("Lecce", "IT"), ("Osaka", "JP")],
        ),
    ],
)
def test_extract_report_enumeration_in_a_sentence_of_taking_part(text, expected):
    assert helpers.cities(text) == sorted((fold(n), c) for n, c in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tour also took in the villages of Moritzburg and Tharandt.",
            ["Moritzburg", "Tharandt"],
        ),
        (
            "Durante el viaje el grupo visitó los municipios de Lorca y Totana.",
            ["Lorca", "Totana"],
        ),
        ("Teilnehmende Städte: Jena, Gera und Suhl.", ["Gera", "Jena", "Suhl"]),
    ],
)
def test_extract_report_places_after_a_plural_authority_noun(text, expected):
    assert [name for name, _country in helpers.cities(text)] == [fold(n) for n in expected]


def test_extract_report_list_goes_on_past_an_item_the_gazetteer_does_not_know():
    text = (
        "Sono intervenuti i rappresentanti dei Comuni di Calitri, Monte Verdello Alto, "
        "Cairano e Andretta."
    )

    assert helpers.cities(text) == [("andretta", "IT"), ("cairano", "IT"), ("calitri", "IT")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Στη συνάντηση συμμετείχαν εκπρόσωποι από τη Λάρισα.", [("Larissa", "GR")]),
        ("W spotkaniu wzięli udział przedstawiciele Lublina.", [("Lublin", "PL")]),
        ("La întâlnire au participat reprezentanți ai Clujului.", [("Cluj-Napoca", "RO")]),
        # the genitive of a neuter name in -e, and a plural name's genitive with no ending
        ("W spotkaniu wzięli udział przedstawiciele Zabrza.", [("Zabrze", "PL")]),
        ("W spotkaniu wzięli udział przedstawiciele Kielc.", [("Kielce", "PL")]),
    ],
)
def test_extract_report_place_in_another_script_or_case_form(text, expected):
    assert helpers.cities(text) == sorted((fold(n), c) for n, c in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "W spotkaniu wzięli udział prezydenci Poznania, Wrocławia i Bydgoszczy.",
            [("Bydgoszcz", "PL"), ("Poznań", "PL"), ("Wrocław", "PL")],
        ),
        ("Spotkanie otworzył Prezydent Wrocławia Jan Nowak.", [("Wrocław", "PL")]),
        ("Die Sitzung eröffnete der Oberbürgermeister von Potsdam.", [("Potsdam", "DE")]),
        ("La reunión fue inaugurada por la alcaldesa de Palencia.", [("Palencia", "ES")]),
    ],
)
def test_extract_report_city_named_after_its_mayor_in_any_case_form(text, expected):
    assert helpers.cities(text) == sorted((fold(n), c) for n, c in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # small towns in a case form, after their head: the larger of two namesakes' forms
        (
            "W debacie wzięli udział wójt Korycina i burmistrz Michałowa.",
            [("Korycin", "PL"), ("Michałowo", "PL")],
        ),
        ("Na spotkanie przyjechał burmistrz miejscowości Ostana, Jan Nowak.", [("Ostana", "IT")]),
        # a village's own name that is a far larger town's case form: the town
        (
            "W debacie wzięli udział prezydent Lublina i burmistrz Wieliczki.",
            [("Lublin", "PL"), ("Wieliczka", "PL")],
        ),
    ],
)
def test_extract_report_small_town_in_a_case_form_after_its_head(text, expected):
    assert helpers.cities(text) == sorted((fold(n), c) for n, c in expected)


def test_extract_report_small_town_case_form_without_a_head_is_no_place():
    text = "W debacie wzięli udział przedstawiciele Lublina. Korycina nie było."

    assert helpers.cities(text) == [("lublin", "PL")]


@pytest.mark.parametrize(
    "text",
    [
        "Representatives of the University of Granada attended the meeting.",
        "Delegates visited the “Casa Verona” shelter during the exchange.",
        "The deputy mayor, Luca Bergamo, welcomed the participants.",
        "Participants met officials of the Landkreis Cham.",
        "A researcher from UNHCR Thessaloniki took part in the visit.",
        "In March the delegates met to plan the exchange.",
    ],
)
def test_extract_report_place_inside_a_name_or_word_is_not_a_participant(text):
    assert helpers.cities(text) == []


def test_extract_report_list_without_a_cue_of_taking_part_is_not_participants():
    text = "The exchange compared rents. Prices rose in Lyon, Porto and Graz."

    assert helpers.cities(text) == []


@pytest.mark.parametrize(
    ("word", "greek", "nominative"),
    [
        ("bytowie", False, "bytow"),
        ("krakowa", False, "krakow"),
        ("timisoarei", False, "timisoara"),
        ("wiens", False, "wien"),
        ("thessalonikes", True, "thessalonike"),
        ("monachou", True, "monacho"),
        ("poznania", False, "poznan"),
        ("wroclawia", False, "wroclaw"),
        ("bydgoszczy", False, "bydgoszcz"),
        ("katowicach", False, "katowice"),
        ("katowic", False, "katowice"),
        ("zabrzu", False, "zabrze"),
        ("wieliczki", False, "wieliczka"),
        ("wieliczce", False, "wieliczka"),
    ],
)
def test_base_forms_offer_the_nominative(word, greek, nominative):
    assert nominative in base_forms(word, greek=greek)


@pytest.mark.parametrize(
    ("said", "nominative"),
    [
        ("bialegostoku", "bialystok"),
        ("bialymstoku", "bialystok"),
        ("zielonej gorze", "zielona gora"),
        ("zielonej gory", "zielona gora"),
        ("nowego sacza", "nowy sacz"),
        ("nowym saczu", "nowy sacz"),
        ("gorzowie wielkopolskim", "gorzow wielkopolski"),
        ("gorzowa wielkopolskiego", "gorzow wielkopolski"),
        ("bielsku bialej", "bielsko biala"),
    ],
)
def test_polish_names_of_two_parts_decline_both(said, nominative):
    assert nominative in polish_name_forms(said)


@pytest.mark.parametrize(
    "said", ["zielonej gorze", "nowego sacza", "gorzowa wielkopolskiego", "wielkiej radzie"]
)
def test_polish_name_forms_of_given_first_words_are_the_others_filtered(said):
    first_words = {"zielona", "nowy", "gorzow"}

    forms = polish_name_forms(said, first_words=first_words)

    every = polish_name_forms(said)
    assert forms == [f for f in every if f.split(" ")[0] in first_words]


def test_polish_cities_of_two_parts_named_in_a_case():
    text = (
        "Deklarację podpisali prezydenci miast: Białegostoku, Zielonej Góry, Nowego Sącza, "
        "Gorzowa Wielkopolskiego i Bielska-Białej."
    )

    assert [name for name, _ in helpers.cities(text)] == [
        "bialystok",
        "bielsko biala",
        "gorzow wielkopolski",
        "nowy sacz",
        "zielona gora",
    ]


def test_gazetteer_prefers_the_european_place_unless_a_namesake_is_far_larger():
    gaz = load_gazetteer()

    assert (gaz.lookup("Cartagena").country, gaz.lookup("Los Angeles").country) == ("ES", "US")


def test_gazetteer_keeps_greek_and_cyrillic_names_apart():
    gaz = load_gazetteer()

    assert (fold(gaz.lookup("Θεσσαλονίκη").name), gaz.lookup("Στην")) == ("thessaloniki", None)


def _venue(text: str) -> tuple:
    record = helpers.record(text)
    return (fold(record["location"]) if record["location"] else None, record["online"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("From 4 to 6 May, Bologna hosted a delegation from Graz.", ("bologna", False)),
        ("Valladolid acogió la tercera jornada de la red.", ("valladolid", False)),
        ("Gastgeber des Treffens war die Stadt Kassel.", ("kassel", False)),
        ("W dniach 3-4 maja w Lublinie odbyło się spotkanie partnerów.", ("lublin", False)),
        ("Oggi ha preso il via a Verona l'incontro delle città.", ("verona", False)),
        ("Η συνάντηση πραγματοποιήθηκε στη Λάρισα.", ("larissa", False)),
        (
            "Study visit on housing\n\n12-14 June 2019 Tampere, Finland\n\nOfficers met.",
            ("tampere", False),
        ),
        ("PADOVA Ieri una delegazione di Graz ha visitato lo sportello.", ("padua", False)),
    ],
)
def test_extract_report_venue_said_once_in_any_language(text, expected):
    assert _venue(text) == expected


@pytest.mark.parametrize(
    ("text", "online"),
    [
        ("Das Treffen der Partnerstädte fand digital per Zoom statt.", True),
        ("La reunión de las ciudades se celebró en línea.", True),
        ("Spotkanie partnerów odbyło się zdalnie w formie online.", True),
        ("Η συνάντηση των δήμων έγινε διαδικτυακά.", True),
        ("Întâlnirea orașelor a avut loc în format online.", True),
        ("Das Treffen der Partnerstädte fand in Präsenz statt.", False),
        ("La jornada se celebró de forma presencial.", False),
        ("Una delegazione della città ha visitato i servizi.", False),
        (
            "Housing and work\n\n"
            + "The cities compared their rules on housing. " * 6
            + "They discussed their online services for newcomers.",
            None,
        ),
    ],
)
def test_extract_report_format_said_once_in_any_language(text, online):
    assert extract_report(text, source="x.txt")["online"] is online


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gastgeberin war die Stadt Kamenz.", [("Kamenz", "DE")]),
        ("Projekt realizowała gmina Kartuzy.", [("Kartuzy", "PL")]),
        ("The panel, with Ana Ruiz (Deputy Mayor, Getafe), discussed housing.", [("Getafe", "ES")]),
        (
            "The event gathered officials from Tulln and Krems in Austria; Lublin and Kielce "
            "in Poland.",
            [("Kielce", "PL"), ("Krems", "AT"), ("Lublin", "PL"), ("Tulln", "AT")],
        ),
        (
            "Leeds, Espoo and Tartu presented their reception centres.",
            [("Espoo", "FI"), ("Leeds", "GB"), ("Tartu", "EE")],
        ),
    ],
)
def test_extract_report_authority_noun_affiliation_and_long_lists(text, expected):
    assert helpers.cities(text) == sorted((fold(n), c) for n, c in expected)


def test_extract_report_city_of_is_not_a_town_named_the_city():
    text = "The City of Graz hosted the partners."

    assert helpers.cities(text) == [("graz", "AT")]


def _bodies(text: str) -> list[str]:
    return sorted(helpers.organisation_names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The visit to Graz was organised by Solidar and Urban Bridges.",
            ["Solidar", "Urban Bridges"],
        ),
        (
            "L'incontro di Verona, organizzato in collaborazione con Sportello Amico.",
            ["Sportello Amico"],
        ),
        (
            "Das Treffen in Kassel wurde von der Agentur Weltoffen organisiert, gemeinsam mit "
            "Brückenbauer.",
            ["Agentur Weltoffen", "Brückenbauer"],
        ),
        ("A Lecce è intervenuta la cooperativa sociale Arcobaleno.", ["Arcobaleno"]),
        (
            "Three partner organisations (Policy Lab, Open Doors and Welcome Work) joined the "
            "meeting in Espoo.",
            ["Open Doors", "Policy Lab", "Welcome Work"],
        ),
        ("The exchange in Tartu was run by NORDLINK S.A. for the partners.", ["NORDLINK S.A."]),
        (
            "Η συνάντηση έγινε στην ΕΝΠΕ. Εκπρόσωποι της ΕΝΠΕ μίλησαν για τη στέγαση.",
            ["ΕΝΠΕ"],
        ),
    ],
)
def test_extract_report_bodies_named_by_their_part_in_the_meeting(text, expected):
    assert _bodies(text) == expected


def test_extract_report_person_after_organised_by_is_not_a_body():
    text = "The workshop in Graz was organised by Ms Anna Berger and the city's team."

    assert _bodies(text) == []


def test_extract_report_city_named_as_organiser_is_not_another_body():
    text = "The meeting was organised by the City of Graz together with Urban Bridges."

    assert _bodies(text) == ["Urban Bridges"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An exchange between the municipalities of Graz and Ribeirão das Neves.",
            [("Graz", "AT"), ("Ribeirão das Neves", "BR")],
        ),
        (
            "An exchange between the municipalities of Lyon and Kafr ash Shaykh.",
            [("Kafr ash Shaykh", "EG"), ("Lyon", "FR")],
        ),
        (
            "Officers of Valencia City Council met the team of Porto.",
            [("Porto", "PT"), ("Valencia", "ES")],
        ),
    ],
)
def test_extract_report_names_beyond_europe_keep_their_particles(text, expected):
    assert helpers.cities(text) == sorted((fold(n), c) for n, c in expected)


@pytest.mark.parametrize("word", AND_LIST)
def test_every_reader_of_a_list_joins_its_items_with_each_and_word(word):
    bodies = f"Velden Association {word} Lienz Foundation"

    parts = [part for _start, part in organisations._conjoined_split(bodies)]

    assert parts == ["Velden Association", "Lienz Foundation"]
    assert agents._CONJUNCTION.search(f"Velden {word} Lienz")
    assert people._AND_NAME_AFTER.match(f" {word} Anna Berg.")
    assert places._TOWN_RIGHT.match(f" {word} ")


@pytest.mark.parametrize(
    ("lang", "noun"), [(lang, noun) for lang, nouns in AUTHORITY_NOUNS.items() for noun in nouns]
)
def test_every_reader_of_an_authority_name_knows_each_authority_noun(lang, noun):
    joined = f"{noun} {AUTHORITY_OF[lang]} Velden" if lang in AUTHORITY_OF else f"{noun} Velden"

    assert places._AUTHORITY_HEAD.match(joined)
    assert organisations._MUNICIPAL_NAME.match(joined)
    if lang not in AUTHORITY_OF:
        assert places._TOWN_LEFT.search(f"die {noun} ")


def test_extract_report_a_list_with_two_participants_is_a_list_of_participants():
    text = (
        "W spotkaniu w Gdańsku udział wzięli prezydent Lublina i prezydent Gdańska. Lublin, "
        "Gdańsk, Kielce, Rzeszów i Szczecin wymienili się doświadczeniami."
    )

    assert {name for name, _country in helpers.cities(text)} == {
        fold(n) for n in ("Gdańsk", "Kielce", "Lublin", "Rzeszów", "Szczecin")
    }


def test_extract_report_a_city_named_with_an_english_possessive_presented_its_own_work():
    text = (
        "Online exchange, 4 May 2022. Sessions:\n"
        "  • “Welcome desks that work: Zagreb’s one-stop shop”\n"
        "  • “Learning the language at work: Graz's evening classes”\n"
    )

    assert helpers.cities(text) == [("graz", "AT"), ("zagreb", "HR")]


def test_gazetteer_a_town_s_own_name_beats_a_larger_city_s_foreign_alias():
    from citypeers.archive.extraction import load_gazetteer

    gaz = load_gazetteer()
    mirano = gaz.choose(gaz.candidates("Mirano"))
    assert (mirano.name, mirano.country) == ("Mirano", "IT")  # not Milan's Japanese name
    halle = gaz.choose(gaz.candidates("Halle"))
    assert halle.name == "Halle (Saale)"  # a shortened form of the city's own name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials from Portland, Oregon and Hamilton, Ontario attended the meeting.",
            [("hamilton", "CA"), ("portland", "US")],
        ),
        (
            "The delegation includes representatives from Atlanta and Clarkston, Georgia; "
            "Boise, Idaho; and St. Louis, Missouri.",
            [("atlanta", "US"), ("boise", "US"), ("clarkston", "US"), ("st louis", "US")],
        ),
        (
            "Representatives of Tbilisi, Georgia, and Yerevan attended.",
            [("tbilisi", "GE"), ("yerevan", "AM")],
        ),
        # a town and its country joined by a slash
        (
            "Es trafen sich die Partnerstädte Gagny/Frankreich und Sutton/England in Minden.",
            [("gagny", "FR"), ("sutton", "GB")],
        ),
        # a state in brackets, as Italian or Spanish reports write it
        (
            "Hanno partecipato i sindaci di Clarkston (Georgia), Boise (Idaho) e Prato.",
            [("boise", "US"), ("clarkston", "US"), ("prato", "IT")],
        ),
        (
            "Hanno partecipato i sindaci di Batumi (Georgia) e Prato.",
            [("batumi", "GE"), ("prato", "IT")],
        ),
        (
            "Officials from St. Gallen, St. Pölten and Saint-Denis attended the meeting.",
            [("saint denis", "FR"), ("st gallen", "CH"), ("st polten", "AT")],
        ),
    ],
)
def test_a_saints_title_is_part_of_the_name_and_a_state_names_the_country(text, expected):
    assert helpers.cities(text) == expected


def test_a_name_with_a_double_letter_single_takes_the_gazetteers_spelling():
    text = "Representatives of Valetta (Malta), Ghent (Belgium) and Tallin (Estonia) attended."

    assert helpers.cities(text) == [("ghent", "BE"), ("tallinn", "EE"), ("valletta", "MT")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al convegno di Siracusa sono intervenuti i sindaci di Catania, Ragusa e Augusta "
            "per discutere di accoglienza.",
            ("Augusta", "IT"),
        ),
        (
            "Il sindaco di Augusta ha incontrato a Monaco di Baviera i delegati di Norimberga "
            "e Ratisbona.",
            ("Augsburg", "DE"),
        ),
    ],
)
def test_a_name_means_the_place_it_is_the_own_name_of_in_the_reports_country(text, expected):
    # Augusta is a Sicilian town's own name and Augsburg's Latin one: the country the report
    # names more often decides
    gaz = load_gazetteer()
    mentions, _location, _excluded = places.candidates(text, gaz)
    chosen = {(m.place.name, m.place.country) for m in mentions if m.surface == "Augusta"}
    assert chosen == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il sindaco di Olbia ha partecipato all'incontro con le associazioni del territorio.",
            ("Olbia", "IT"),
        ),
        (
            "El alcalde de Berga participó en la jornada sobre la acogida de las personas "
            "refugiadas.",
            ("Berga", "ES"),
        ),
        (
            "Il sindaco di Olbia ha incontrato i colleghi durante il viaggio in Turchia.",
            ("Antalya", "TR"),
        ),
    ],
)
def test_a_namesake_in_the_country_of_the_reports_language_when_no_country_is_named(text, expected):
    # Olbia is a Sardinian town's name and Antalya's ancient one, Berga a Catalan town's and
    # Bergen's: with no country named, the report's language tells; a country named tells more
    gaz = load_gazetteer()
    mentions, _location, _excluded = places.candidates(text, gaz)
    assert {(m.place.name, m.place.country) for m in mentions if m.place} == {expected}


def test_the_host_country_weighs_in_the_choice_of_a_namesake():
    # one Italian and one Turkish place besides Olbia (a Sardinian town, Antalya's ancient
    # name): the meeting's place, in Italy, tips it
    text = (
        "The seminar was held in Sassari on 3 May. The mayors of Olbia and Izmir took part in it."
    )
    gaz = load_gazetteer()
    mentions, location, _excluded = places.candidates(text, gaz)
    assert location is not None and location.surface == "Sassari"
    olbia = next(m.place for m in mentions if m.surface == "Olbia")
    assert (olbia.name, olbia.country) == ("Olbia", "IT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al tavolo di Viterbo sedevano i sindaci di Orte, Vitorchiano, Celleno e Bassano.",
            ("Bassano Romano", "IT"),
        ),
        (
            "Il sindaco di Bassano ha incontrato i colleghi di Padova, Vicenza e Treviso.",
            ("Bassano del Grappa", "IT"),
        ),
    ],
)
def test_a_town_said_cut_short_is_the_one_near_the_reports_other_places(text, expected):
    # "Bassano" alone is Bassano del Grappa, in the Veneto; among towns of Lazio it is the
    # nearer Bassano Romano, which is then reported by its full name
    gaz = load_gazetteer()
    mentions, _location, _excluded = places.candidates(text, gaz)
    bassano = next(m for m in mentions if m.surface == "Bassano")
    assert (bassano.place.name, bassano.place.country) == expected
    bassano.cued = True
    assert places.display_name(bassano, gaz, english=False) == expected[0]


def test_a_province_in_brackets_after_an_item_does_not_break_the_list():
    text = (
        "Las ciudades adheridas a la red son Sabadell (Barcelona), Manresa (Barcelona), Reus "
        "(Tarragona), Elche (Alicante), Gandia (Valencia), Lleida y Girona. También se sumaron "
        "otras entidades."
    )
    assert [name for name, _country in helpers.cities(text)] == [
        "elche",
        "gandia",
        "girona",
        "lleida",
        "manresa",
        "reus",
        "sabadell",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il sindaco di Guardia ha firmato il protocollo con i comuni di Ariano Irpino, "
            "Calitri e Vallata.",
            ("Guardia Lombardi", "IT"),
        ),
        (
            "Der Bürgermeister von Guardia unterzeichnete das Protokoll mit Vitoria und Logroño.",
            ("Laguardia", "ES"),
        ),
    ],
)
def test_a_name_no_place_bears_as_its_own_goes_to_the_reports_country(text, expected):
    # "Guardia" is only another name of Laguardia (Álava) and of Guardia Piemontese: among
    # towns of Irpinia it is an Italian one, and there the nearest (Guardia Lombardi)
    gaz = load_gazetteer()
    mentions, _location, _excluded = places.candidates(text, gaz)
    guardia = next(m.place for m in mentions if m.surface == "Guardia")
    assert (guardia.name, guardia.country) == expected


def test_a_short_case_form_of_a_town_beats_a_village_once_spelt_so():
    # "Nysy" is the genitive of Nysa (PL), and also an old spelling of a Ukrainian village
    text = "Spotkanie burmistrzów\n\nW spotkaniu uczestniczyli burmistrzowie Nysy i Brzegu."
    assert helpers.cities(text) == [("brzeg", "PL"), ("nysa", "PL")]


@pytest.mark.parametrize(
    ("said", "english"),
    [
        ("Torino, Bruxelles and Praha", ["Brussels", "Prague", "Turin"]),
        ("Göteborg, Wien and Lisboa", ["Gothenburg", "Lisbon", "Vienna"]),
        # an English spelling, or a city with no English name of its own, stays as said
        ("Ghent, Kraków and Zaragoza", ["Ghent", "Kraków", "Zaragoza"]),
    ],
)
def test_english_report_gives_cities_their_english_names(said, english):
    text = (
        "Peer exchange, 3 May 2023\n\nOfficers of the municipalities of "
        f"{said} took part in the online peer exchange on 3 May 2023."
    )
    record = extract_report(text, source="exchange.txt")
    names = sorted(m["name"] for m in record["municipalities"])
    assert names == english
