"""Places named in a report that did not take part, and places that did though said oddly."""

import pytest

from citypeers.archive.extraction.text import fold
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "cities"),
    [
        # new members who act at the meeting take part
        (
            "Housing exchange\n\nKlaipėda and Šiauliai, which joined the network last year, "
            "presented their housing plans at the meeting.",
            [("klaipeda", "LT"), ("siauliai", "LT")],
        ),
        # a town admitted in another clause leaves the clause of the parties alone
        (
            "Housing exchange\n\nThe mayors of Klaipėda and Šiauliai signed a joint charter; "
            "Panevėžys, which joined the network last year, was not represented.",
            [("klaipeda", "LT"), ("siauliai", "LT")],
        ),
        # only admitted: none
        (
            "Housing exchange\n\nThe assembly admitted Klaipėda and Šiauliai as new members.",
            [],
        ),
    ],
)
def test_extract_report_admitted_only_in_its_own_clause_and_unless_it_acts(text, cities):
    assert helpers.cities(text) == cities


@pytest.mark.parametrize(
    "text",
    [
        "Housing exchange\n\nKlaipėda, Šiauliai and Panevėžys signed the welcome charter.",
        "Scambio sulla casa\n\nKlaipėda, Šiauliai e Panevėžys hanno firmato la carta.",
    ],
)
def test_extract_report_towns_that_sign_a_text_together_take_part(text):
    assert helpers.cities(text) == [("klaipeda", "LT"), ("panevezys", "LT"), ("siauliai", "LT")]


def test_extract_report_cities_admitted_to_the_network_did_not_take_part():
    text = (
        "The annual assembly of the network was hosted by the City of Ljubljana.\n"
        "At the assembly, three new members were admitted: City of Porto (Portugal), City of "
        "Turku (Finland) and City of Brno (Czechia)."
    )

    assert helpers.cities(text) == [("ljubljana", "SI")]


def test_extract_report_groups_from_a_city_are_not_its_authority():
    text = (
        "Representatives of the City of Leipzig welcomed the guests. Youth groups from "
        "Gdynia (Poland) and Aarhus (Denmark) spoke too.\nGrupos de estudiantes de Valladolid "
        "(España) compartieron sus experiencias."
    )

    assert helpers.cities(text) == [("leipzig", "DE")]


def test_extract_report_project_partners_listed_without_attending():
    text = (
        "The City of Tallinn hosted the second partner meeting of the project.\n"
        "The partners of the project are the municipalities of Sintra (Portugal), Kalisz "
        "(Poland) and Nitra (Slovakia), and the Province of Foggia."
    )

    found = helpers.record(text)

    assert helpers.cities(text) == [("tallinn", "EE")]
    assert found["kind"] == "consultation"  # a partner meeting of four authorities


def test_extract_report_partners_said_to_be_present_afterwards_take_part():
    text = (
        "Il partenariato del progetto è costituito dalle municipalità di Sintra (Portogallo) "
        "e Kalisz (Polonia). I rappresentanti di queste amministrazioni erano presenti al "
        "seminario."
    )

    assert helpers.cities(text) == [("kalisz", "PL"), ("sintra", "PT")]


def test_extract_report_participants_who_were_project_partners_take_part():
    text = (
        "Das dritte Projekttreffen fand im März statt. Die Teilnehmer des Treffens waren "
        "Projektpartner aus der Stadt Kalisz, der Stadt Nitra und der Stadt Sintra."
    )

    assert helpers.cities(text) == [("kalisz", "PL"), ("nitra", "SK"), ("sintra", "PT")]


def test_extract_report_a_region_in_brackets_after_an_unknown_name_is_no_participant():
    text = "Die Teilnehmer kamen aus Kassel, Jena und Oberhavel (Brandenburg)."

    assert helpers.cities(text) == [("jena", "DE"), ("kassel", "DE")]


def test_extract_report_a_former_mayor_brings_no_town():
    text = (
        "Participants:\n• Jane Roe, Mayor of Leeds\n• John Doe, former Mayor of Bristol\n"
        "Partecipa anche l'ex sindaco di Prato."
    )

    assert helpers.cities(text) == [("leeds", "GB")]


def test_extract_report_numbered_district_of_a_city_brings_the_city():
    text = "Officers of the 9th District of Budapest presented their housing desk at the meeting."

    assert helpers.cities(text) == [("budapest", "HU")]


def test_extract_report_country_after_an_acronym_chooses_the_namesake():
    text = (
        "The project involves the City of Bergen (Norway) and the welfare company of the "
        "Municipality of Livadia (KEDL) (Greece)."
    )

    assert ("livadeia", "GR") in helpers.cities(text)  # by its English name, Livadeia


def test_extract_report_canton_is_not_a_city():
    text = "Delegates of the Canton of Vaud and of the City of Geneva attended the meeting."

    assert helpers.cities(text) == [("geneva", "CH")]


def test_extract_report_maltese_local_councils_and_cities_take_part():
    text = (
        "Fit-12 ta' Ottubru 2023 il-Kunsilli Lokali ta' Birkirkara, Mosta u Sliema ltaqgħu "
        "mal-bliet ta' Ljubljana u Tartu biex jaqsmu l-esperjenza tagħhom."
    )

    assert helpers.cities(text) == [
        ("birkirkara", "MT"),
        ("ljubljana", "SI"),
        ("mosta", "MT"),
        ("sliema", "MT"),
        ("tartu", "EE"),
    ]


def test_extract_report_maltese_mayor_of_a_town_brings_the_town():
    text = "Fit-12 ta' Ottubru 2023 is-sindku ta' Żebbuġ laqa' delegazzjoni mill-Ministeru."

    assert helpers.cities(text) == [("zebbug", "MT")]


def test_extract_report_the_city_where_parties_met_is_the_venue_not_a_party():
    text = (
        "Housing officers of the City of Ghent and the City of Lyon met in Milan last spring "
        "to compare their rent support schemes.\nThe officers agreed to write a joint "
        "paper on rent support by the end of the year."
    )

    record = helpers.record(text)
    assert helpers.cities(text) == [("ghent", "BE"), ("lyon", "FR")]
    assert fold(record["location"]) == "milan"


def test_extract_report_a_place_said_as_where_parties_met_is_a_venue_mention():
    from citypeers.archive.extraction import load_gazetteer, places

    text = "Die Delegationen aus Graz und Linz trafen sich in Wien zu einem Austausch."
    mentions, _location, _excluded = places.candidates(text, load_gazetteer())
    said = {m.surface: m for m in mentions if m.place}
    assert said["Wien"].venue and not said["Wien"].cued
    assert not said["Graz"].venue


def test_extract_report_a_mayor_speaking_as_a_national_delegate_does_not_bring_the_city():
    text = (
        "Al seminario sulla casa hanno preso parte il sindaco di Bergamo e il sindaco di "
        "Prato e delegato ANCI alle politiche abitative, che ha chiuso i lavori."
    )

    assert helpers.cities(text) == [("bergamo", "IT")]


def test_extract_report_a_delegate_named_before_the_mayor_does_not_bring_the_city():
    text = (
        "Sono intervenuti Paolo Neri, Delegato Anci per il welfare, sindaco di Prato, e "
        "il sindaco di Bergamo, che ha aperto il seminario."
    )

    assert helpers.cities(text) == [("bergamo", "IT")]


def test_extract_report_the_city_of_a_visit_is_its_host_and_takes_part():
    texts = (
        "Housing officers of the City of Ghent took part in two workshops during their visit "
        "in Lyon.\nThe officers wrote a short note on rent support afterwards.",
        "Przedstawiciele miasta Opola uczestniczyli w warsztatach w ramach wizyty w Tarnowie."
        "\nPo powrocie napisali krótką notatkę.",
    )

    assert helpers.cities(texts[0]) == [("ghent", "BE"), ("lyon", "FR")]
    assert helpers.cities(texts[1]) == [("opole", "PL"), ("tarnow", "PL")]


def test_extract_report_a_german_quotation_closed_before_a_list_does_not_quote_it():
    text = (
        "Die Stadt Erfurt lud zum Netzwerktreffen „Gemeinsam wohnen in der Stadt“ ein. Am "
        "Austausch nahmen Fachleute aus den Partnerstädten Vilnius, Győr und Haarlem teil."
    )

    assert helpers.cities(text) == [
        ("erfurt", "DE"),
        ("gyor", "HU"),
        ("haarlem", "NL"),
        ("vilnius", "LT"),
    ]


def test_extract_report_partner_list_with_the_verb_first_names_no_participants():
    text = (
        "Il Comune di Fermignano ha ospitato il seminario del progetto.\n"
        "Sono partner del progetto le città di Ninove (Belgio), Bebra (Germania) e Voio "
        "(Grecia)."
    )

    assert helpers.cities(text) == [("fermignano", "IT")]


def test_extract_report_a_long_partner_list_is_read_from_its_opening():
    members = ", ".join(f"Association Number {n} (Italy)" for n in range(12))
    text = (
        "The City of Larissa hosted the first transnational meeting.\n"
        f"The project partners are {members}, the City of Zaragoza (Spain) and the City of "
        "Halmstad (Sweden)."
    )

    assert helpers.cities(text) == [("larissa", "GR")]


def test_extract_report_a_network_whose_members_are_listed_is_not_a_party():
    text = (
        "I rappresentanti del Comune di Novara hanno partecipato allo scambio. La rete, di "
        "cui fanno parte le città di Torino, Parigi, Zagabria e Salonicco, è europea."
    )

    assert helpers.cities(text) == [("novara", "IT")]


def test_extract_report_places_a_project_runs_in_are_not_parties():
    text = (
        "Representatives of the City of Cluj-Napoca attended the local seminar.\n"
        "The project activities take place in five cities: Timișoara, Iași, Brașov, "
        "Cluj-Napoca and Bucharest."
    )

    assert helpers.cities(text) == [("cluj napoca", "RO")]


def test_extract_report_regions_and_islands_named_beside_a_place_are_no_parties():
    text = (
        "El encuentro se celebró en San Cristóbal de La Laguna (Tenerife). Asistieron "
        "representantes de diversas regiones de España, como Castilla y León y Murcia, y los "
        "alcaldes de Getafe y Badalona."
    )

    assert helpers.cities(text) == [("badalona", "ES"), ("getafe", "ES")]


def test_other_stops_of_a_tour_are_said_not_to_take_part():
    from citypeers.archive.extraction import load_gazetteer, places

    text = (
        "A delegation of the City of Athens met the Mayor of Rochester on Monday. "
        "They've also visited Baltimore and St. Louis.\n"
        "Die Delegation aus Graz traf Vertreter der Stadt Leipzig und besuchte außerdem "
        "Dresden."
    )

    mentions, _location, excluded = places.candidates(text, load_gazetteer())

    assert sorted(fold(m.surface) for m in mentions if id(m) in excluded) == [
        "baltimore",
        "dresden",
        "st louis",
    ]


def test_extract_report_a_mayor_named_as_head_of_an_association_does_not_bring_the_city():
    texts = (
        "The workshop on housing was hosted by the City of Bergen. Jan Olsen, President of "
        "CEMR and Mayor of Tromsø, opened the workshop together with the Mayor of Bergen.",
        "Al seminario sulla casa hanno preso parte il sindaco di Bergamo e Anna Neri, "
        "sindaca di Cremona e presidente Anci Lombardia, che ha chiuso i lavori.",
        "Jana Roth, Präsidentin des Städtetages Baden-Württemberg und Oberbürgermeisterin von "
        "Ulm, eröffnete das Treffen. Die Delegation der Stadt Leipzig besuchte Wohnprojekte.",
    )

    assert helpers.cities(texts[0]) == [("bergen", "NO")]
    assert helpers.cities(texts[1]) == [("bergamo", "IT")]
    assert helpers.cities(texts[2]) == [("leipzig", "DE")]


def test_extract_report_another_persons_head_or_a_vice_president_keeps_the_city():
    texts = (
        "Al seminario hanno partecipato il sindaco di Bergamo e la presidente dell'Unione "
        "dei Comuni Alpini, nonché sindaca di Lodi, Anna Neri.",
        "The Mayor of Tromsø, Vice-President of CEMR, and the Mayor of Bergen met in Bergen.",
    )

    assert helpers.cities(texts[0]) == [("bergamo", "IT")]  # Lodi's mayor heads the union
    assert ("tromso", "NO") in helpers.cities(texts[1])


def test_extract_report_a_region_named_with_its_noun_is_no_municipality_even_with_a_cue():
    texts = (
        "All'incontro hanno partecipato la città di Lecce e la Provincia di Cuenca (Spagna).",
        "The mayors of Leeds and Hull met the President of Durham County (United Kingdom).",
        "Am Treffen in Kassel nahmen die Städte Jena und Gera sowie die drei Landkreise "
        "Kassel, Gotha und Fulda teil.",
    )

    assert helpers.cities(texts[0]) == [("lecce", "IT")]
    assert ("durham", "GB") not in helpers.cities(texts[1])
    assert ("gotha", "DE") not in helpers.cities(texts[2])
    assert ("fulda", "DE") not in helpers.cities(texts[2])


def test_extract_report_a_persons_city_in_brackets_with_its_country_takes_part():
    text = (
        "On the second day the panel chaired by the journalist Kim Ford heard Mayor Ana Ruiz "
        "(Cuenca, Ecuador) and Commissioner Tom Hale (Tacoma, U.S.) on housing."
    )

    assert helpers.cities(text) == [("cuenca", "EC"), ("tacoma", "US")]


def test_extract_report_a_networks_founders_or_a_projects_lead_and_members_did_not_take_part():
    texts = (
        "Alla giornata di studio sull'abitare ha partecipato il Comune di Lecce. La rete era "
        "nata nel 2015 e le sue città fondatrici furono Brindisi, Taranto, Matera e Potenza.",
        "Al seminario è intervenuto il sindaco di Lecce. Al progetto Casa Aperta aderiscono "
        "come partner Andria e Barletta, mentre capofila è il comune di Foggia.",
    )

    assert helpers.cities(texts[0]) == [("lecce", "IT")]
    assert helpers.cities(texts[1]) == [("lecce", "IT")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted speech names who took part in the speaker's words
        (
            "Housing exchange\n\nThe coordinator said: “At the meeting we had the towns that "
            "signed the housing pact, among them Klaipėda, Šiauliai and Panevėžys, with our "
            "hosts.”",
            [("klaipeda", "LT"), ("panevezys", "LT"), ("siauliai", "LT")],
        ),
        # a quoted name is a name, not a party
        (
            "Housing exchange\n\nThe housing offices of Tartu and Narva met to compare the "
            "programme “Homes for Šiauliai” with their own plans.",
            [("narva", "EE"), ("tartu", "EE")],
        ),
    ],
)
def test_extract_report_reads_places_in_a_quoted_speech_but_not_in_a_quoted_name(text, expected):
    assert sorted(helpers.cities(text)) == expected


def test_extract_report_a_district_heads_place_in_brackets_is_no_party():
    text = (
        "Housing exchange\n\nThe mayors Anna Kuusk (Tartu) and Jaan Kask (Narva) met "
        "Landrat Peter Vogel (Freising) to compare their housing plans."
    )

    assert sorted(helpers.cities(text)) == [("narva", "EE"), ("tartu", "EE")]


def test_extract_report_an_everyday_word_is_no_towns_other_name():
    # "Center" and "Union" are other names of small towns abroad, and the party's names here
    text = (
        "Housing exchange\n\nThe mayor of Tartu, Jaan Kask (Center), and the mayor of Narva, "
        "Anna Kuusk (Union), met to compare their housing plans."
    )

    assert sorted(helpers.cities(text)) == [("narva", "EE"), ("tartu", "EE")]


def test_extract_report_district_councils_are_municipalities_and_county_councils_are_not():
    text = (
        "Resettlement exchange\n\nOfficers of Dover District Council, Ashford Borough Council "
        "and Norfolk County Council compared their resettlement schemes."
    )

    assert sorted(helpers.cities(text)) == [("ashford", "GB"), ("dover", "GB")]


@pytest.mark.parametrize("noun", ["satului", "satul", "oraşului"])
def test_extract_report_a_village_named_by_its_romanian_noun_takes_part(noun):
    text = (
        "Forumul primarilor\n\nLa forumul de la Iaşi, primarul " + noun + " Zăbrăuţi, "
        "Ion Popescu, a vorbit despre cazarea refugiaţilor."
    )

    assert ("zabrauti", "RO") in helpers.cities(text)


def test_extract_report_a_known_village_after_its_romanian_noun_takes_part():
    text = (
        "Forumul primarilor\n\nLa forumul de la Iaşi, primarul satului Codreni, Ion Popescu, "
        "a vorbit despre cazarea refugiaţilor."
    )

    assert ("codreni", "RO") in helpers.cities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Housing exchange\n\nThe mayors of Tartu and Narva spoke with the representative of "
        "the regional office Pärnu of the UN refugee agency about housing.",
        "Schimb de experiență\n\nPrimarii orașelor Tartu și Narva au discutat cu "
        "reprezentantul biroului regional Pärnu al agenției ONU pentru refugiați.",
    ],
)
def test_extract_report_a_bodys_office_named_by_its_town_is_no_party(text):
    assert sorted(helpers.cities(text)) == [("narva", "EE"), ("tartu", "EE")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Întâlnire de lucru\n\nPrimarul comunei Codreni s-a întâlnit la sediul primăriei, "
            "judeţul Vaslui, cu reprezentanţii unei asociaţii de refugiaţi.",
            ("codreni", "RO"),
        ),
        (
            "Incontro di lavoro\n\nIl sindaco di Lousada, comune del distretto di Porto, ha "
            "accolto i partner del progetto.",
            ("lousada", "PT"),
        ),
    ],
)
def test_extract_report_the_district_of_a_town_takes_no_part(text, town):
    assert helpers.cities(text) == [town]


def test_extract_report_a_small_town_beyond_europe_named_with_its_region_and_country():
    text = (
        "Encuentro fronterizo\n\nLas autoridades del municipio de Esquipulas, Chiquimula, "
        "Guatemala, recibieron a una delegación de Honduras para hablar de migración."
    )

    assert helpers.cities(text) == [("esquipulas", "GT")]


def test_extract_report_two_cities_listed_before_their_country_both_take_part():
    text = (
        "Housing exchange\n\nThe mayors of Salzburg, Graz, Austria, compared their housing plans."
    )

    assert sorted(helpers.cities(text)) == [("graz", "AT"), ("salzburg", "AT")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spotkanie robocze\n\nWłodarze Torunia i Płocka rozmawiali o mieszkaniach dla "
            "uchodźców.",
            [("plock", "PL"), ("torun", "PL")],
        ),
        (
            "Spotkanie robocze\n\nJan Nowak, Przewodniczący RM Płocka, opowiedział o programie "
            "mieszkań dla uchodźców.",
            [("plock", "PL")],
        ),
    ],
)
def test_extract_report_polish_mayors_said_plainly_and_a_councils_initials(text, expected):
    assert sorted(helpers.cities(text)) == expected


def test_extract_report_a_city_of_an_everyday_word_is_a_title_not_a_town():
    text = (
        "Welcome exchange\n\nThe mayors of Tartu and Narva met at the refugee centre. Tartu "
        "is a City of Sanctuary and has welcomed refugees for years."
    )

    assert sorted(helpers.cities(text)) == [("narva", "EE"), ("tartu", "EE")]


def test_extract_report_a_town_the_gazetteer_lacks_said_with_its_country():
    text = (
        "Diálogo sobre migración\n\nEl alcalde de Quelentaro de Chile, Juan Pérez, y el "
        "alcalde de Valparaíso compartieron sus experiencias."
    )

    assert sorted(helpers.city_names(text)) == ["Quelentaro", "Valparaíso"]
    assert sorted(helpers.cities(text)) == [("quelentaro", "CL"), ("valparaiso", "CL")]


@pytest.mark.parametrize("noun", ["Stad", "Gemeente"])
def test_extract_report_a_dutch_towns_noun_names_the_town(noun):
    text = (
        "Housing exchange\n\nThe partners visited Tartu, and in " + noun + " Ninove they "
        "discussed the housing of newcomers."
    )

    assert ("ninove", "BE") in helpers.cities(text)


def test_extract_report_a_programmes_item_of_towns_own_reports_names_parties():
    text = (
        "Forum der Partnerschaften\n\nErfahrungsberichte aus Tartu und Narva\n\nDas Forum "
        "tagte online und sprach über die Aufnahme von Geflüchteten."
    )

    assert sorted(helpers.cities(text)) == [("narva", "EE"), ("tartu", "EE")]


@pytest.mark.parametrize("short", ["or.", "mun."])
def test_extract_report_a_romanian_towns_short_noun_names_the_town(short):
    text = (
        "Forumul primarilor\n\nPrimarul din " + short + " Bălți a vorbit despre cazarea "
        "refugiaților."
    )

    assert ("balti", "MD") in helpers.cities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Housing exchange\n\nThe mayor of Narva received a delegation from Sillamäe, a town "
        "of 12,000 very near Tallinn, to compare their housing plans.",
        "Scambio sulla casa\n\nIl sindaco di Narva ha accolto una delegazione di Sillamäe, "
        "città vicinissima a Tallinn, per parlare di alloggi.",
    ],
)
def test_extract_report_a_place_said_only_as_near_another_is_no_party(text):
    assert ("tallinn", "EE") not in helpers.cities(text)
    assert ("narva", "EE") in helpers.cities(text)


def test_extract_report_the_country_said_after_an_unknown_town_is_its_country():
    text = (
        "Encuentro de alcaldes\n\nEl alcalde de Quelentaro de Chile, Juan Pérez, habló de "
        "migración en el foro."
    )

    assert helpers.cities(text) == [("quelentaro", "CL")]


@pytest.mark.parametrize(
    "text",
    [
        "Mayors meet on refugees\n\nThe mayor of Vancouver, Anna Lee, said the caucus held a "
        "teleconference on Friday. Twenty mayors including Toronto's John Tory and Calgary's "
        "Jyoti Gondek are members of the caucus.",
        "Sindaci e rifugiati\n\nIl sindaco di Vancouver, Anna Lee, ha detto che il gruppo si è "
        "riunito venerdì in teleconferenza. I sindaci di Toronto e di Calgary sono membri della "
        "rete.",
    ],
)
def test_extract_report_members_of_a_body_said_as_such_do_not_take_part(text):
    assert helpers.city_names(text) == ["Vancouver"]


def test_extract_report_a_member_said_to_take_part_later_still_does():
    text = (
        "The mayors of Toronto and Calgary are members of the caucus. On Friday the mayor of "
        "Toronto and the mayor of Vancouver took part in its teleconference."
    )

    assert sorted(helpers.city_names(text)) == ["Toronto", "Vancouver"]


def test_extract_report_the_place_a_listed_speaker_speaks_for_takes_part():
    text = (
        "Webinar on inclusive cities\n\nSpeakers:\n"
        "  • Maria Lopes, Head of the Urban Regeneration Office, Braga\n"
        "  • Dr. Jonas Berg, Advisor to the Mayor, Uppsala, Global Taskforce on Migration\n"
        "  • Anna Kowalska, Director of Social Services (Gdynia)\n"
        "  • Karin van Dijk, Head of the Integration Office, Utrecht\n"
    )

    assert sorted(helpers.city_names(text)) == ["Braga", "Gdynia", "Uppsala", "Utrecht"]


def test_extract_report_a_place_inside_a_speakers_role_is_not_their_city():
    # the place runs on into the line ("in Lisbon last year"): no speaker's affiliation
    text = (
        "Speakers:\n  • Maria Lopes, who led the housing office, Braga and the Douro valley "
        "programme in 2019\n"
    )

    assert "Braga" not in helpers.city_names(text)


def test_extract_report_a_mayor_named_as_a_national_bodys_delegate_in_a_long_apposition():
    text = (
        "Interverranno Anna Rossi, sindaca di Lodi e delegata immigrazione e politiche per "
        "l'integrazione di Anci, e il sindaco di Pavia."
    )

    assert helpers.city_names(text) == ["Pavia"]


def test_extract_report_a_mayor_named_as_a_national_bodys_delegate_after_their_name():
    text = (
        "All'incontro parteciperanno il sindaco di Lodi, Anna Rossi, delegata Anci "
        "all'immigrazione, e il sindaco di Pavia."
    )

    assert helpers.city_names(text) == ["Pavia"]
