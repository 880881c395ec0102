"""Themes named in other words than the theme list's, in the programme's languages.

The sentences are written for these tests; none comes from a report.
"""

import time

import pytest

from citypeers.archive.extraction import theme_cues, theme_model
from citypeers.archive.extraction.themes import classify_themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Austausch über Wohnungslosigkeit\n\n"
            "Die Fachleute beider Städte sprachen über Notunterkünfte und Sozialwohnungen.",
            "housing",
        ),
        (
            "Encuentro de técnicos municipales\n\n"
            "Se debatió sobre el alojamiento de personas sin hogar en invierno.",
            "housing",
        ),
        (
            "Spotkanie w urzędzie miasta\n\n"
            "Omówiono zatrudnienie cudzoziemców oraz uznawanie kwalifikacji zawodowych.",
            "employment",
        ),
        (
            "Συνάντηση εργασίας\n\n"
            "Συζητήθηκε η φοίτηση των μαθητών με μεταναστευτική βιογραφία στα σχολεία.",
            "education",
        ),
        (
            "Seminar internațional\n\n"
            "Participanții au discutat despre combaterea rasismului în școli și instituții.",
            "anti_discrimination",
        ),
        (
            "Laqgħa tal-kunsilli lokali\n\n"
            "Il-kunsilli tkellmu dwar korsijiet tal-lingwa għall-barranin li jgħixu fil-lokalità.",
            "language",
        ),
        (
            "Rough sleeping in winter\n\n"
            "The session discussed rough sleeping among newcomers and the role of landlords.",
            "housing",
        ),
    ],
)
def test_a_theme_is_found_from_other_words_in_each_language(text, theme):
    assert theme in classify_themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Besuch aus der Partnerstadt\n\n"
            "Die Gäste tauschten sich über die Arbeit der Ausländerbehörde aus. "
            "Am Abend gab es ein Essen mit Musik und Kultur.",
            "intercultural",
        ),
        (
            "Vizită de studiu la Cluj\n\n"
            "Delegația a vizitat serviciul de integrare al primăriei și a discutat despre "
            "locuințele sociale pentru refugiați. Seara s-a încheiat cu o cină în familie.",
            "children_families",
        ),
        (
            "Study visit to Lyon\n\n"
            "The delegation met the integration office and discussed social housing for "
            "refugees. They also had lunch with a family of the host city.",
            "children_families",
        ),
    ],
)
def test_a_passing_mention_does_not_add_a_theme(text, theme):
    assert theme not in classify_themes(text)


def test_the_same_word_in_the_title_or_repeated_makes_the_theme():
    passing = (
        "Besuch aus der Partnerstadt\n\n"
        "Die Gäste besichtigten Sozialwohnungen. Am Abend gab es ein Essen mit der Familie."
    )
    in_title = "Familie und Integration\n\nDie Stadt stellte ihre Beratung vor."
    repeated = (
        "Besuch aus der Partnerstadt\n\n"
        "Die Stadt stellte ihre Beratung für Eltern vor. Auch die Familie wurde beraten."
    )

    assert "children_families" not in classify_themes(passing)
    assert "children_families" in classify_themes(in_title)
    assert "children_families" in classify_themes(repeated)


def test_a_role_or_the_name_of_a_body_is_not_a_topic():
    text = (
        "Study visit to Vienna\n\n"
        "Anna Berger, Head of the Housing Department, welcomed the guests. "
        "The exchange was about the city's integration office."
    )

    assert "housing" not in classify_themes(text, exclude=("Head of the Housing Department",))


def test_a_role_run_on_into_the_sentence_still_leaves_the_topic():
    # a "role" of twenty words is the sentence after a title, cut at its end: what the
    # meeting was about, not someone's job
    run_on = (
        "Prefect of Doria on the storm and its effects on the valley above all in terms "
        "of shelters and temporary accommodation for the families"
    )
    text = (
        "Mayors of the valley meet by video\n\n"
        f"The mayors joined a call with Marco Bruni, {run_on}."
    )

    assert "housing" in classify_themes(text, exclude=(run_on,))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The delegation of the city was welcomed by the mayor and the staff.", "en"),
        ("La delegazione della città è stata accolta dal sindaco e dagli uffici.", "it"),
        ("La delegación de la ciudad fue recibida por el alcalde y sus técnicos.", "es"),
        ("Die Delegation der Stadt wurde von dem Bürgermeister und den Ämtern empfangen.", "de"),
        ("Delegacja miasta została przyjęta przez prezydenta oraz urzędników w ratuszu.", "pl"),
        ("Delegația orașului a fost primită de primar și de funcționarii din primărie.", "ro"),
        ("Η αντιπροσωπεία της πόλης έγινε δεκτή από τον δήμαρχο και τους υπαλλήλους.", "el"),
        ("Id-delegazzjoni tal-belt intlaqgħet mis-sindku u mill-uffiċjali tal-kunsill.", "mt"),
    ],
)
def test_the_lexicon_of_the_reports_language_is_used(text, language):
    found, _ = theme_cues.weighed_themes(text)

    assert found == language


def test_every_theme_has_cues_in_every_programme_language():
    from citypeers.archive.extraction.theme_lexicon import LEXICON
    from citypeers.archive.extraction.themes import theme_slugs

    languages = {"en", "it", "es", "de", "pl", "ro", "el", "mt"}

    assert set(LEXICON) == set(theme_slugs())
    assert {slug: set(cues) for slug, cues in LEXICON.items()} == {
        slug: languages for slug in LEXICON
    }


def test_scoring_time_grows_linearly_with_the_text():
    unit = "Wohnungslosigkeit, Sozialwohnungen und Arbeitsmarkt: Themen der Sitzung. "

    def elapsed(times: int) -> float:
        # The process's own CPU time, best of five: other processes on a busy machine (the
        # wall clock counts their turns too) do not decide.
        text = "Titel\n" + unit * times
        runs = []
        for _ in range(5):
            started = time.process_time()
            theme_cues.weighed_themes(text)
            runs.append(time.process_time() - started)
        return min(runs)

    elapsed(10)  # warm the token cache
    # Ten times the text: about ten times the time when linear, a hundred when quadratic.
    # Both texts are long enough that a millisecond of noise does not decide.
    small, large = elapsed(500), elapsed(5000)

    assert large < small * 30


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Incontro tra due comuni\n\n"
            "Si è parlato dell'accesso al welfare locale e del benessere delle persone "
            "arrivate da poco.",
            "health",
        ),
        (
            "Workshop on city services\n\n"
            "How can a city keep its clinics and shelters open to undocumented residents? "
            "Speakers described services for people with irregular status.",
            "legal",
        ),
        (
            "Jornada de trabajo\n\n"
            "Se habló de las personas indocumentadas y de quienes viven en situación irregular.",
            "legal",
        ),
        (
            "Fachtag in der Stadthalle\n\n"
            "Die Beratungsstellen sprachen über die Versorgung papierloser Menschen.",
            "legal",
        ),
    ],
)
def test_welfare_said_twice_and_irregular_status_name_their_themes(text, theme):
    assert theme in classify_themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Visit of a delegation from a partner town\n\n"
            "The mayor welcomed the guests together with representatives of civil society. "
            "The talks were about school enrolment and teachers for pupils.",
            "civil_society",
        ),
        (
            "Incontro tra i sindaci della rete\n\n"
            "Dopo due anni di lavoro il tavolo di lavoro ha discusso di accoglienza.",
            "employment",
        ),
        (
            "Second meeting of the network\n\n"
            "The cities discussed the orientation of new arrivals and welcome desks.",
            "crisis_response",
        ),
    ],
)
def test_who_attended_or_work_in_general_is_not_a_topic(text, theme):
    assert theme not in classify_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Besuch aus der Partnerstadt\n\n"
        "Die Gäste sprachen mit den Fachleuten über die soziale Integration der Zugewanderten.",
        "Wizyta partnerów\n\nRozmawiano o tym, jak wspierać integrację społeczną cudzoziemców.",
        "Vizita partenerilor\n\nS-a discutat cu partenerii din orașele vecine despre integrarea "
        "străinilor în comunitatea locală și despre proiectele care sunt în derulare.",
    ],
)
def test_social_integration_names_inclusion(text):
    assert "inclusion" in classify_themes(text)


def test_a_theme_named_in_the_title_is_taken_in_english():
    text = "Working day on local action plans\n\nThe cities compared their experiences."

    assert "governance" in classify_themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Treffen der Partnerstädte\n\n"
            "Die Gäste kamen am Morgen an. Im Mittelpunkt der Diskussion stand die Kultur.",
            "intercultural",
        ),
        (
            "Meeting of the partner cities\n\n"
            "The guests arrived in the morning. The discussion focused on rough sleeping.",
            "housing",
        ),
    ],
)
def test_a_sentence_announcing_the_topics_weighs_like_a_heading(text, theme):
    assert theme in classify_themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Flüchtlinge in der Partnerstadt\n\nDie Gäste sprachen mit Flüchtlingen.",
            "reception",
        ),
        (
            "Uchodźcy w mieście partnerskim\n\nGoście rozmawiali z uchodźcami.",
            "reception",
        ),
        (
            "Toleranz in der Partnerstadt\n\nDie Gäste sprachen mit den Vereinen der Stadt über Toleranz.",
            "intercultural",
        ),
    ],
)
def test_the_people_a_theme_serves_make_it_when_the_title_names_them(text, theme):
    assert theme in classify_themes(text)


def test_the_people_a_theme_serves_said_in_passing_do_not_make_it():
    text = (
        "Besuch aus der Partnerstadt\n\n"
        "Die Gäste besichtigten Sozialwohnungen. Die Gäste sprachen auch mit Flüchtlingen."
    )

    assert "reception" not in classify_themes(text)


def test_weak_words_in_the_sentence_naming_the_topics_make_the_theme():
    # the hand-written rules wanted a strong English cue; the model over every candidate
    # takes the topics a report announces, even in plain words
    pointing = (
        "Meeting of the partner cities\n\n"
        "The guests arrived in the morning and visited a social housing project. The topics "
        "discussed were participation, the community and vulnerable people."
    )
    titled = (
        "Inclusive neighbourhoods\n\n"
        "The guests arrived in the morning. The topics discussed were the community "
        "and vulnerable people."
    )

    assert "inclusion" in classify_themes(pointing)
    assert "inclusion" in classify_themes(titled)


def test_coordination_names_governance_in_english_as_in_the_other_languages():
    text = (
        "Meeting of the partner cities\n\n"
        "The guests arrived in the morning. The talks focused on the coordination of the "
        "offices that serve residents."
    )

    assert "governance" in classify_themes(text)


def test_the_name_of_a_body_taking_part_is_not_a_topic():
    from citypeers.archive.extraction import extract_report

    text = (
        "Vizită la Cluj\n\n"
        "Pe 3 mai 2023, reprezentanți ai primăriilor din Cluj-Napoca și Oradea s-au întâlnit "
        "cu Direcția de Asistență Socială și Medicală. Au vorbit despre activitatea serviciilor."
    )
    record = extract_report(text, source="x.txt")

    assert [o["name"] for o in record["organizations"]] == [
        "Direcția de Asistență Socială și Medicală"
    ]
    assert "health" not in record["themes"]


def test_the_name_of_the_project_is_not_a_topic():
    from citypeers.archive.extraction import extract_report

    text = (
        "Partners of the SHELTER CITIES project meet in Graz\n\n"
        "On 3 May 2023 the cities of Graz and Maribor met in Graz within the SHELTER CITIES "
        "project. The partners compared their timetables."
    )
    record = extract_report(text, source="x.txt")

    assert record["project"] == "SHELTER CITIES"
    assert "housing" not in record["themes"]


def test_new_members_in_greek_are_not_young_people():
    text = (
        "Συνάντηση του δικτύου πόλεων\n\n"
        "Οι δήμαρχοι των πόλεων καλωσόρισαν τους εκπροσώπους των νέων μελών του δικτύου."
    )

    assert "children_families" not in classify_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reunión del grupo de trabajo\n\n"
        "Los técnicos de los ayuntamientos presentaron el plan de trabajo para la acogida.",
        "Incontro del tavolo di lavoro\n\n"
        "I tecnici dei comuni hanno presentato il piano di lavoro per l'accoglienza.",
    ],
)
def test_work_of_a_working_group_is_not_employment(text):
    assert "employment" not in classify_themes(text)


def test_a_theme_the_model_finds_unlikely_is_dropped():
    # the rules take a theme from one faint word of the lexicon, a tenth of the report's cue
    # mass, beside one the report insists on (title, headings, many cues): the fitted model
    # (theme_model) keeps the latter alone
    base = dict.fromkeys(theme_model.FEATURES, 0.0)
    faint = {**base, "bias": 1.0, "rules": 1.0, "lexicon": 0.69, "distinct": 0.69,
             "share": 0.1, "rank": 0.5, "other": 1.0, "other_lexicon": 0.69}  # fmt: skip
    insisted = {**base, "bias": 1.0, "rules": 1.0, "lexicon": 2.5, "headline": 2.0,
                "opening": 2.0, "distinct": 1.6, "share": 0.9, "rank": 1.0, "other": 1.0,
                "other_lexicon": 2.5}  # fmt: skip

    assert theme_model.decide({"legal": faint, "housing": insisted}) == {"housing"}


def test_the_model_weighs_every_candidate_not_the_rules_verdict():
    # the hand-written verdict is no input: a theme it leaves out with strong evidence is
    # kept, and one it takes on faint evidence beside a likely one is not
    strong = {**dict.fromkeys(theme_model.FEATURES, 5.0), "rules": 0.0, "legacy": 0.0}
    faint = {**dict.fromkeys(theme_model.FEATURES, 0.0), "bias": 1.0, "rules": 1.0}

    assert theme_model.decide({"data": strong, "legal": faint}) == {"data"}


def test_the_model_leaves_a_report_its_likeliest_theme():
    weak = {**dict.fromkeys(theme_model.FEATURES, 0.0), "bias": 1.0, "rules": 1.0}
    strong = {**dict.fromkeys(theme_model.FEATURES, 5.0), "rules": 1.0}

    assert theme_model.decide({"legal": weak, "civil_society": weak}) == {"civil_society"}
    assert theme_model.decide({"legal": weak, "housing": strong}) == {"housing"}


def test_when_the_rules_take_no_theme_the_likeliest_candidate_stays():
    faint = {**dict.fromkeys(theme_model.FEATURES, 0.0), "bias": 1.0}
    likely = {**faint, "lexicon": 1.0, "share": 0.8, "opening": 1.0}

    assert theme_model.decide({"data": faint, "reception": likely}) == {"reception"}


def test_a_report_with_one_faint_cue_keeps_its_theme():
    # one word of the German lexicon for newcomers, no tuned pattern: still the report's topic
    text = (
        "Zweites Treffen der Partnerstädte in Kassel\n\n"
        "Die Bürgermeister beider Städte sprachen am Dienstag über die Aufnahme der "
        "Neuankömmlinge und besichtigten danach das Rathaus."
    )

    assert "reception" in classify_themes(text)


def test_accommodation_said_once_is_housing():
    # one mention of where people are put up, as "alojamiento" or "Unterkunft" already is
    text = (
        "Visit of a partner city\n\n"
        "The guests met the deputy mayor and toured the town hall. They also saw how the "
        "municipality finds accommodation for families in rented flats."
    )

    assert "housing" in classify_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Launch of a city network\n\n"
        "Ten towns met to start a project on the economic integration of newcomers "
        "through small shops and trades.",
        "Incontro tra comuni\n\n"
        "I sindaci hanno parlato dell'inclusione economica delle donne arrivate da poco.",
        "Reunión de alcaldes\n\n"
        "Los alcaldes hablaron de la integración económica de las personas recién llegadas.",
    ],
)
def test_economic_integration_is_employment(text):
    # migrants' place in the economy is the labour-market theme, named in other words
    assert "employment" in classify_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Study visit to a port city\n\n"
        "The guests learned how public-private partnerships pay for the new training centre.",
        "Study visit to a port city\n\n"
        "The talks covered ways for the private and public sector to hire refugees together.",
        "Visita de estudio\n\n"
        "Los técnicos conocieron la colaboración público-privada del programa municipal.",
    ],
)
def test_public_private_partnership_is_civil_society(text):
    # business working with the city is the partnerships theme, named in other words
    assert "civil_society" in classify_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seminar in the town hall\n\n"
        "A lawyer spoke about the rights of asylum seekers while their claims are examined.",
        "Seminario in municipio\n\n"
        "Un avvocato ha parlato dei diritti dei rifugiati durante l'esame delle domande.",
        "Seminario en el ayuntamiento\n\n"
        "Una abogada habló de los derechos de las refugiadas que esperan una respuesta.",
    ],
)
def test_the_rights_of_migrants_are_a_legal_topic(text):
    # what a migrant is entitled to is a question of legal status, named in other words
    assert "legal" in classify_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Conference of mayors\n\n"
        "The mayors asked how the national reception system shares places among towns.",
        "Convegno dei sindaci\n\n"
        "I sindaci hanno chiesto come il sistema di accoglienza distribuisce i posti tra i comuni.",
        "Encuentro de alcaldes\n\n"
        "Los alcaldes criticaron el sistema estatal de acogida y el reparto de plazas.",
    ],
)
def test_the_reception_system_is_governance(text):
    # how reception is organised as a whole is a question of governance
    assert "governance" in classify_themes(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "Network meeting\n\n"
            "Partners shared how newcomers find their way into the local economy of small towns.",
            "employment",
        ),
        (
            "Reunión de la red\n\n"
            "Se habló de la integración de los recién llegados en la economía local.",
            "employment",
        ),
        (
            "Visita di studio\n\n"
            "Il gruppo ha visitato un progetto di coabitazione tra studenti e rifugiati.",
            "housing",
        ),
    ],
)
def test_the_local_economy_and_cohousing_in_other_words(text, theme):
    # into the local economy is the labour market; cohousing is housing
    assert theme in classify_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Delegația orașului înfrățit\n\n"
        "Oaspeții au vizitat noua bibliotecă municipală și au discutat despre locuințele "
        "sociale. Cooperarea dintre cele două orașe durează de mulți ani, iar cooperarea "
        "corurilor la fel.",
        "Delegación de la ciudad hermana\n\n"
        "Los invitados visitaron la nueva biblioteca municipal y hablaron de la vivienda "
        "social. La cooperación entre las dos ciudades dura desde hace años, y la cooperación "
        "de los coros también.",
        "Wizyta z miasta partnerskiego\n\n"
        "Goście zwiedzili nową bibliotekę miejską i rozmawiali o mieszkaniach socjalnych. "
        "Współpraca obu miast trwa od lat, a współpraca chórów także.",
    ],
)
def test_partner_towns_working_together_is_not_governance(text):
    # two towns cooperating is what a visit is, not how services are governed
    assert "governance" not in classify_themes(text)


def test_a_legal_status_naming_a_group_said_once_is_not_the_legal_topic():
    # "beneficiaries of international protection", "the undocumented" say whom a place
    # serves; the legal topic needs more (legal advice, permits, or the status said again)
    passing = (
        "Study visit to the harbour town\n\n"
        "The guests discussed social housing, toured a football club whose players include "
        "beneficiaries of international protection, and then the new harbour library."
    )
    assert "legal" not in classify_themes(passing)
    discussed = (
        "Network meeting\n\n"
        "The cities compared how undocumented migrants can obtain legal advice and how long "
        "their residence permits take; undocumented workers rarely reach the legal clinics."
    )
    assert "legal" in classify_themes(discussed)


def test_conflicts_between_neighbours_are_no_emergency():
    # "conflict" is said of wars and of neighbours alike: alone it makes no crisis
    text = (
        "Seminar în orașul gazdă\n\n"
        "Participanții au vorbit despre locuințele sociale, despre conflictele dintre vecini "
        "într-un bloc și despre cum un mediator calmează conflictele de zi cu zi."
    )
    assert "crisis_response" not in classify_themes(text)


def test_german_verb_sprachen_they_spoke_is_no_language_theme():
    text = (
        "Austausch der Partnerstädte\n\n"
        "Die Fachleute beider Städte sprachen über die Wohnungssuche geflüchteter Familien."
    )
    themes = classify_themes(text)
    assert "language" not in themes
    assert "housing" in themes


def test_romanian_plural_schools_names_education():
    text = (
        "Schimb între orașe partenere\n\n"
        "Funcționarii au discutat despre înscrierea copiilor refugiați în școli."
    )
    assert "education" in classify_themes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayors and the ministry meet\n\n"
        "The dialogue between the mayors and the ministry covered social housing. "
        "Both sides praised the dialogue and agreed to keep the dialogue going.",
        "Treffen der Bürgermeister\n\n"
        "Im Dialog mit dem Ministerium ging es um Sozialwohnungen. Der Dialog soll "
        "fortgesetzt werden, sagten beide Seiten nach dem Dialog.",
    ],
)
def test_a_dialogue_between_two_parties_is_no_intercultural_theme(text):
    themes = classify_themes(text)

    assert "intercultural" not in themes
    assert "housing" in themes


def test_intercultural_dialogue_still_names_its_theme():
    text = (
        "Evening of the network\n\n"
        "The towns presented their intercultural dialogue with newcomers' associations."
    )

    assert "intercultural" in classify_themes(text)


def test_the_media_covering_a_meeting_are_no_communication_theme():
    text = (
        "Mayors meet on social housing\n\n"
        "The mayors compared their waiting lists for social housing and the rents of new "
        "flats. Local media followed the visit."
    )

    themes = classify_themes(text)

    assert "communication" not in themes
    assert "housing" in themes
