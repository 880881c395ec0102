"""Phrasings beyond the seed reports: participation cues, attribution, names of bodies."""

import pytest

from citypeers.archive.enums import ImportAction
from citypeers.archive.extraction import extract_report
from citypeers.archive.extraction.dates import event_dates, event_times
from citypeers.archive.extraction.ordinals import event_sequence
from citypeers.archive.extraction.organisations import international_short
from citypeers.archive.extraction.text import fold
from citypeers.archive.services import import_report_text
from citypeers.core.text import fold as core_fold
from citypeers.network.models import Municipality
from tests.archive import extraction_helpers as helpers


def _cities(text: str) -> list[str]:
    return [m["name"] for m in helpers.record(text)["municipalities"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 3 March 2022 an online peer-to-peer exchange took place between Nantes and "
            "Cluj-Napoca on school enrolment.",
            ["Nantes", "Cluj-Napoca"],
        ),
        ("Si è svolto online lo scambio tra pari tra Verona e Lubiana.", ["Verona", "Ljubljana"]),
        (
            "Lo scambio fra Trieste e Zagabria si è concluso con un piano comune.",
            ["Trieste", "Zagreb"],
        ),
        ("Utrecht – Graz\nThe exchange looked at housing first.", ["Utrecht", "Graz"]),
        (
            "An exchange among Tampere, Tartu and Riga on language courses.",
            ["Tampere", "Tartu", "Riga"],
        ),
        ("Officials from the cities of Brno and Košice met online.", ["Brno", "Košice"]),
        ("Hanno partecipato i comuni di Lecce e Braga.", ["Lecce", "Braga"]),
        ("Ha partecipato anche la città di Stoccarda.", ["Stuttgart"]),
    ],
)
def test_extract_report_participation_cues(text, expected):
    assert _cities(text) == expected


def test_extract_report_between_needs_a_pair_of_places():
    text = "The meeting ran between Monday and Tuesday. Lyon has a new mayor."

    assert _cities(text) == []


def test_extract_report_later_paragraph_city_name_alone_not_cued():
    text = "Exchange on housing\nThe talks compared rents. Prices in Milan and Paris rose."

    assert _cities(text) == []


@pytest.mark.django_db
def test_import_report_named_only_between_two_cities():
    text = (
        "Online exchange between Bari and Kraków\n"
        "On 12 April 2021 an online peer-to-peer exchange took place between Bari and Kraków."
    )

    outcome = import_report_text(text=text, source_name="bari.txt")

    assert outcome.action == ImportAction.CREATED
    assert Municipality.objects.count() == 2


@pytest.mark.parametrize(
    ("text", "presenter"),
    [
        (
            'Lisbon presented its "Lisboa Acolhe" programme, while Athens illustrated the '
            '"Curing the Limbo" project. The municipalities of Lisbon and Athens took part.',
            "Athens",
        ),
        (
            "I comuni di Siviglia e Lipsia hanno partecipato. Siviglia ha presentato il "
            "programma «Sevilla Integra», mentre Lipsia ha illustrato il progetto «Arbeit für "
            "Alle».",
            "Leipzig",
        ),
    ],
)
def test_extract_report_practice_goes_to_its_presenter(text, presenter):
    practices = extract_report(text, source="x.txt")["practices"]

    assert practices[-1]["municipality"] == presenter
    assert len(practices) == 2


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        ("Lo scambio tra i comuni di Bari e Lecce, organizzato dall'OIM, è concluso.", "IOM"),
        ("Il laboratorio fra i comuni di Bari e Lecce è stato moderato dall'ACNUR.", "UNHCR"),
        ("Il webinar per i comuni di Bari e Lecce è organizzato dall'OCSE.", "OECD"),
        (
            "L'incontro fra i comuni di Bari e Lecce, organizzato dalla Commissione europea.",
            "European Commission",
        ),
        ("L'incontro fra i comuni di Bari e Lecce, promosso dall'UE.", "EU"),
        ("The meeting of the cities of Lyon and Porto was moderated by the OIT.", "ILO"),
    ],
)
def test_extract_report_organizer_international_short_name(text, organizer):
    assert extract_report(text, source="x.txt")["organizer"] == organizer


def test_extract_report_organisations_use_english_short_names_with_the_texts_own():
    text = (
        "Lo scambio fra i comuni di Bari e Lecce, organizzato dall'ACNUR con l'OCSE e con la "
        "Organizzazione Internazionale per le Migrazioni."
    )

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert names == [
        "UNHCR (ACNUR)",
        "OECD (OCSE)",
        "IOM (Organizzazione Internazionale per le Migrazioni)",
    ]


def test_extract_report_organisations_keep_the_short_name_the_text_uses():
    text = "Lo scambio fra i comuni di Bari e Lecce, organizzato dall'OIM (IOM) con l'UNHCR."

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert names == ["IOM", "UNHCR"]


def test_international_short_table_leaves_local_bodies_alone():
    assert international_short("Commissione Europea") == "European Commission"
    assert international_short("Caritas") is None
    assert international_short("Comune di Bari") is None


@pytest.mark.parametrize("name", ["Ærø", "Łódź", "Straße", "Kraków", "Cluj-Napoca", "Ağrı"])
def test_archive_fold_is_the_directory_fold(name):
    assert fold(name) == core_fold(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monday, 12 April 2021", ("2021-04-12", "2021-04-12")),
        ("12/04/2021 | online", ("2021-04-12", "2021-04-12")),
        ("Held on 12-04-2021 online.", ("2021-04-12", "2021-04-12")),
        ("April 12, 2021 - Concluded", ("2021-04-12", "2021-04-12")),
        ("L'incontro si è tenuto il 12.04.2021.", ("2021-04-12", "2021-04-12")),
        ("The visit ran from 10 to 12 May.", ("--05-10", "--05-12")),
        ("Si è svolto dal 10 al 12 maggio 2022.", ("2022-05-10", "2022-05-12")),
    ],
)
def test_event_dates_other_layouts(text, expected):
    assert event_dates(text)[:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 9:30 to 11:00 CET", ("09:30", "11:00", ["CET"])),
        ("ore 10.00-12.00", ("10:00", "12:00", [])),
        ("12/04/2021 | 14:00-15:30 CEST", ("14:00", "15:30", ["CEST"])),
    ],
)
def test_event_times_other_layouts(text, expected):
    assert event_times(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tenth online exchange", 10),
        ("il decimo scambio online", 10),
        ("il 10° incontro", 10),
        ("the 10th webinar of the series", 10),
        ("la ventunesima edizione", 21),
        ("il ventottesimo incontro", 28),
        ("la ventiseiesima edizione", 26),
    ],
)
def test_event_sequence_more_ordinals(text, expected):
    assert event_sequence(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "online", "location"),
    [
        (
            "A training for social workers from the municipalities of Lyon and Turin took place "
            "on 12 May 2022 in Lyon.",
            "training",
            False,
            "Lyon",
        ),
        (
            "Una formazione per assistenti sociali dei comuni di Lione e Torino si è svolta il "
            "12 maggio 2022 a Lione.",
            "training",
            False,
            "Lyon",
        ),
        (
            "Study visit to Vienna by the municipalities of Lyon and Turin.",
            "study_visit",
            False,
            "Vienna",
        ),
        (
            "Webinar on housing for the cities of Lyon and Turin, 10:00-11:30 CET.",
            "webinar",
            True,
            None,
        ),
        (
            "Workshop in Lyon\n12 May 2022\n\nThe cities of Lyon and Turin met.",
            "workshop",
            False,
            "Lyon",
        ),
    ],
)
def test_extract_report_kind_online_location(text, kind, online, location):
    record = extract_report(text, source="x.txt")

    assert (record["kind"], record["online"], record["location"]) == (kind, online, location)


@pytest.mark.parametrize(
    "text",
    [
        "Workshop in Lyon\n12 May 2022\nCancelled\n\nThe cities of Lyon and Turin will not meet.",
        "Laboratorio a Lione\n12 maggio 2022\nAnnullato\n\nI comuni di Lione e Torino non si "
        "incontreranno.",
    ],
)
def test_extract_report_cancelled_status_line(text):
    assert extract_report(text, source="x.txt")["status"] == "cancelled"


def test_extract_report_people_in_brackets_with_unit_and_city():
    text = (
        "Exchange between the municipalities of Turin and Lyon on 3 May 2022.\nSpeakers: Ms Anna "
        "Rossi (Head of Social Services, Municipality of Turin), Mr Pierre Dubois (Director of "
        "Integration, City of Lyon) and Dr Marta Neri (researcher, University of Turin)."
    )

    people = extract_report(text, source="x.txt")["people"]

    assert people == [
        {"name": "Anna Rossi", "role": "Head of Social Services", "organization": "Turin"},
        {"name": "Pierre Dubois", "role": "Director of Integration", "organization": "Lyon"},
        {"name": "Marta Neri", "role": "researcher", "organization": "University of Turin"},
    ]


def test_extract_report_person_speaks_for_the_city_of_the_clause():
    text = (
        "Scambio tra Venezia e Danzica il 20 aprile 2021. Per Venezia è intervenuta la dott.ssa "
        "Giulia Zanon, responsabile del Servizio Casa; per Danzica il sig. Tomasz Kowalski, "
        "coordinatore dell'Ufficio per l'integrazione."
    )

    people = extract_report(text, source="x.txt")["people"]

    assert [p["organization"] for p in people] == ["Venice", "Gdańsk"]


def test_extract_report_social_workers_not_a_labour_theme():
    text = "A training for social workers of the cities of Lyon and Turin on mental health."

    assert "employment" not in extract_report(text, source="x.txt")["themes"]


def test_extract_report_organised_by_at_sentence_start():
    text = "Organised by the OECD, this training brought together the cities of Lyon and Turin."

    assert extract_report(text, source="x.txt")["organizer"] == "OECD"


def test_extract_report_host_city_is_location_and_not_organizer():
    text = (
        "Antwerp hosted the twelfth peer exchange of the Urban Inclusion programme, with a "
        "delegation from Espoo (Finland) attending in person. The meeting was facilitated by "
        "the OECD."
    )

    record = extract_report(text, source="x.txt")

    assert (record["location"], record["organizer"], record["project"]) == (
        "Antwerp",
        "OECD",
        "Urban Inclusion",
    )
    assert record["sequence"] == 12


def test_extract_report_numbered_in_a_quoted_cycle():
    text = (
        'This webinar, the 6th in the "Local Welcome" cycle, gave the floor to the '
        "municipalities of Sofia and Plovdiv (Bulgaria)."
    )

    record = extract_report(text, source="x.txt")

    assert (record["sequence"], record["project"], record["practices"]) == (6, "Local Welcome", [])


def test_extract_report_acronym_in_role_place_is_the_body():
    text = (
        "The cities of Antwerp and Espoo met online.\nParticipants\n"
        "- Ms Laura Janssens, VDAB (Flemish Public Employment Service)"
    )

    people = extract_report(text, source="x.txt")["people"]

    assert people == [{"name": "Laura Janssens", "role": None, "organization": "VDAB"}]


def test_extract_report_interpreting_in_italian_is_language():
    text = "I comuni di Firenze e Malaga hanno discusso di interpretariato nei servizi sanitari."

    assert "language" in extract_report(text, source="x.txt")["themes"]


def test_extract_report_unquoted_plan_after_and_is_a_practice():
    text = (
        'The municipalities of Lisbon and Athens met. Lisbon presented its "Lisboa Acolhe" '
        "programme and the Municipal Plan for Migrants, and the group discussed vocational "
        "training."
    )

    names = [p["name"] for p in extract_report(text, source="x.txt")["practices"]]

    assert names == ["Lisboa Acolhe", "Municipal Plan for Migrants"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The municipalities of Sofia and Plovdiv took part. The Deputy Mayor of Plovdiv "
            "closed the session.",
            [{"role": "Deputy Mayor", "organization": "Plovdiv"}],
        ),
        (
            "I comuni di Bari e Lecce hanno partecipato. L'Assessore alle Politiche Sociali di "
            "Lecce ha chiuso la sessione.",
            [{"role": "Assessore alle Politiche Sociali", "organization": "Lecce"}],
        ),
        (
            "The cities of Lyon and Porto took part. The Mayor of Lyon, Grégory Doucet, opened "
            "the meeting.",
            [],
        ),
    ],
)
def test_extract_report_role_of_a_city_without_a_name(text, expected):
    assert extract_report(text, source="x.txt")["roles"] == expected


def test_extract_report_bullet_headed_by_a_city_and_french_title():
    text = (
        "Scambio tra pari fra i comuni di Genova e Marsiglia.\nRelatori:\n"
        "- Genova: dott.ssa Silvia Parodi, responsabile dell'Ufficio Stranieri\n"
        "- Marsiglia: M. Karim Benali, chargé de mission, Direction de la Cohésion Sociale\n"
    )

    people = extract_report(text, source="x.txt")["people"]

    assert [(p["name"], p["organization"]) for p in people] == [
        ("Silvia Parodi", "Genoa"),
        ("Karim Benali", "Marseille"),
    ]
    assert people[1]["role"].startswith("chargé de mission")


def test_extract_report_body_name_stops_before_in_place():
    text = "Representatives of Vilnius and Riga met, convened by UNHCR and the European Commission in Vilnius."

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert names == ["UNHCR", "European Commission"]


def test_extract_report_temporary_protection_and_arrivals_from_ukraine():
    text = (
        "The cities of Vilnius and Riga discussed temporary protection for refugees from "
        "Ukraine and new arrivals."
    )

    themes = extract_report(text, source="x.txt")["themes"]

    assert {"legal", "crisis_response"} <= set(themes)


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        ("Lo scambio tra Bari e Lecce si è svolto con la moderazione dell'OIM.", "IOM"),
        ("Incontro tra Bari e Lecce a cura dell'ACNUR.", "UNHCR"),
        (
            "The exchange between Lyon and Porto, moderated by Ms Anna Rossi of IOM, was online.",
            "IOM",
        ),
        (
            "The exchange between Lyon and Porto took place under the auspices of the Council of Europe.",
            "Council of Europe",
        ),
        (
            "Webinar for the cities of Lyon and Porto\nOrganiser: Eurocities, with the support of the OECD",
            "Eurocities",
        ),
        (
            "A study visit to Vienna (Austria), hosted by the City of Vienna and organised by ICMPD, "
            "for the cities of Brno and Graz.",
            "ICMPD",
        ),
        (
            "Nell'ambito del progetto, l'Organizzazione Internazionale per le Migrazioni (OIM) ha "
            "organizzato a Roma una consultazione dei comuni di Roma e Bari.",
            "IOM",
        ),
        ("Il webinar, organizzato dal Comune di Torino per i comuni di Torino e Bergamo.", "Turin"),
        ("The exchange between Lyon and Porto was moderated by Ms Anna Rossi.", None),
    ],
)
def test_extract_report_organizer_phrasings(text, organizer):
    assert extract_report(text, source="x.txt")["organizer"] == organizer


def test_extract_report_bilateral_meeting_concluded_promoted_by_the_eu():
    text = (
        "Incontro bilaterale Trento – Graz\n\nSi è concluso a Trento il secondo incontro "
        "bilaterale tra le città di Trento e Graz, promosso dall'Unione europea."
    )

    record = extract_report(text, source="x.txt")

    assert (record["kind"], record["status"], record["organizer"]) == (
        "peer_exchange",
        "concluded",
        "EU",
    )
    assert record["organizations"] == [{"name": "EU", "kind": "eu_institution"}]


def test_extract_report_header_venue_possessive_programme_and_unit_after_city():
    text = (
        "Nantes, Bilbao and Cork: a workshop on hate speech\n"
        "Friday 10 March 2023 · 9:00–13:00 CET · Nantes City Hall\n\n"
        "In-person workshop organised by the Council of Europe's Intercultural Cities programme "
        "with the cities of Nantes (France), Bilbao (Spain) and Cork (Ireland).\n\n"
        "Contributors: Ms Siobhán Walsh (Cork City Council, Community Development)."
    )

    record = extract_report(text, source="x.txt")

    assert (record["location"], record["project"]) == ("Nantes", "Intercultural Cities")
    assert record["people"] == [
        {"name": "Siobhán Walsh", "role": "Community Development", "organization": "Cork"}
    ]


def test_extract_report_italian_lowercase_role_then_name():
    text = (
        "Incontro tra le città di Trento e Graz. Per Graz ha partecipato una delegazione guidata "
        "dal consigliere comunale Florian Huber."
    )

    people = extract_report(text, source="x.txt")["people"]

    assert people == [
        {"name": "Florian Huber", "role": "consigliere comunale", "organization": "Graz"}
    ]


def test_extract_report_organizer_named_locally_is_listed_once():
    text = "L'incontro fra i comuni di Bari e Lecce è stato moderato dall'OIM."

    record = extract_report(text, source="x.txt")

    assert (record["organizer"], [o["name"] for o in record["organizations"]]) == (
        "IOM",
        ["IOM (OIM)"],
    )
