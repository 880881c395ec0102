"""Bodies named in case forms, compounds, lower-case heads and both long and short (own
sentences)."""

import pytest

from citypeers.archive.extraction.event import acronyms
from citypeers.archive.extraction.organisations import (
    classify_organisation,
    find_organisations,
    known_short_name,
)
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Spotkanie odbyło się z udziałem Fundacji Pomocy Sąsiedzkiej.",
            "Fundacji Pomocy Sąsiedzkiej",
        ),
        (
            "Au participat ofițeri ai Poliției Locale de Frontieră Nord.",
            "Poliției Locale de Frontieră Nord",
        ),
        ("Παρόντες ήταν στελέχη του Οργανισμού Κοινωνικής Αρωγής.", "Οργανισμού Κοινωνικής Αρωγής"),
        (
            "Asistió también la Comisión Andaluza de Apoyo al Migrante.",
            "Comisión Andaluza de Apoyo al Migrante",
        ),
    ],
)
def test_a_head_noun_in_its_case_form_names_a_body(text, body):
    assert body in helpers.bodies_found(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Die Gäste besuchten anschließend das Kinderhilfswerk Nordstadt.",
            "Kinderhilfswerk Nordstadt",
        ),
        ("Mit dabei war auch der Sportverband Niederrhein.", "Sportverband Niederrhein"),
    ],
)
def test_a_german_compound_ending_in_a_head_noun_names_a_body(text, body):
    assert body in helpers.bodies_found(text)


def test_a_lower_case_ministry_before_its_capitalised_domain_is_a_body():
    text = "Στην ημερίδα μίλησαν στελέχη του υπουργείου Αγροτικής Ανάπτυξης."

    assert "Υπουργείου Αγροτικής Ανάπτυξης" in helpers.bodies_found(text)


def test_a_body_named_by_long_name_and_acronym_keeps_both():
    text = "Speakers came from the Northern Alliance for Refugee Housing (NARH). NARH hosted lunch."

    assert helpers.bodies_found(text) == ["Northern Alliance for Refugee Housing (NARH)"]


def test_a_name_stops_at_the_end_of_its_line():
    text = "Visit to the Refugee Support Foundation\nTwo Trainers Showed Their Courses."

    assert "Refugee Support Foundation" in helpers.bodies_found(text)


def test_a_body_named_only_as_funder_is_left_out():
    text = "The exchange, co-funded by a programme of the European Commission, met in Ghent."

    assert "European Commission" not in helpers.bodies_found(text)


def test_a_body_whose_representatives_attended_took_part():
    text = "Present were representatives of NORDHELP, Help Desk Ostrava and the CIVITAS group."

    assert {"NORDHELP", "Help Desk Ostrava"} <= set(helpers.bodies_found(text))


def test_a_person_after_the_body_they_represent_is_not_a_body():
    text = (
        "We thank the representatives of the Municipality of Ostrava, Jana Novotna, and "
        "representatives of the NORDHELP network."
    )

    names = helpers.bodies_found(text)

    assert "NORDHELP" in names
    assert "Jana Novotna" not in names


def test_a_long_acronym_written_as_a_word_is_the_body():
    text = "All'incontro di Lucca ha partecipato anche l'Anci regionale."

    assert "ANCI" in helpers.bodies_found(text)


def test_a_quoted_name_after_a_kind_of_body_is_a_body():
    text = "Alla giornata di Avellino ha aderito anche la rete dei “Borghi Solidali del Sud”."

    assert "Borghi Solidali del Sud" in helpers.bodies_found(text)


def test_a_shorter_case_form_of_a_body_named_before_is_the_same_body():
    text = (
        "Au participat specialişti de la Centrul Regional de Sprijin pentru Tineri Cluj. "
        "Apoi, directorul Centrului Regional Cluj a vorbit despre locuinţe."
    )

    assert helpers.bodies_found(text) == ["Centrul Regional de Sprijin pentru Tineri Cluj"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "W spotkaniu wzięli udział eksperci Rady Europy i Komisji Europejskiej.",
            "Council of Europe (Rada Europy)",
            "international_organization",
        ),
        (
            "Στη συνάντηση μίλησαν στελέχη της Ευρωπαϊκής Επιτροπής.",
            "European Commission (Ευρωπαϊκή Επιτροπή)",
            "eu_institution",
        ),
        (
            "La visita fue impulsada por el Consejo de Europa.",
            "Council of Europe (Consejo de Europa)",
            "international_organization",
        ),
        (
            "La întâlnire au participat reprezentanți ai Congresului Autorităților Locale și "
            "Regionale.",
            "Congress of Local and Regional Authorities (Congresul Autorităților Locale și "
            "Regionale)",
            "international_organization",
        ),
    ],
)
def test_a_well_known_body_named_in_the_local_language_keeps_its_nominative(text, name, kind):
    found = find_organisations(text, acronyms=acronyms(text), municipality_names=set(), extra=[])

    assert {"name": name, "kind": kind} in found


def test_a_body_named_by_short_and_local_name_is_filed_under_the_short_name():
    assert known_short_name("Council of Europe (Rada Europy)") == "Council of Europe"
    assert classify_organisation("IOM (OIM)") == "international_organization"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Hanno partecipato l'Ufficio Federale per le Politiche Abitative e altri enti.",
            "Ufficio Federale per le Politiche Abitative",
        ),
        (
            "Intervino el Centro Nacional de Acogida Temprana.",
            "Centro Nacional de Acogida Temprana",
        ),
    ],
)
def test_a_qualified_head_with_its_qualifier_after_it_names_a_body(text, body):
    found = find_organisations(text, acronyms=acronyms(text), municipality_names=set(), extra=[])

    assert body in [o["name"] for o in found]


def test_a_body_named_with_the_body_it_belongs_to_is_one_body():
    text = (
        "The visit was led by the Congress of Local and Regional Authorities of the Council "
        "of Europe."
    )

    found = find_organisations(text, acronyms=acronyms(text), municipality_names=set(), extra=[])

    assert [o["name"] for o in found] == [
        "Congress of Local and Regional Authorities of the Council of Europe"
    ]


@pytest.mark.parametrize(
    ("text", "joint"),
    [
        (
            "Habló la Asociación Gallega de Pueblos Costeros. Según el presidente de la AGPC, "
            "el plan de acogida está listo.",
            "Asociación Gallega de Pueblos Costeros (AGPC)",
        ),
        (
            "The Federation of Lakeland Towns sent two experts. The FLT also organised the "
            "second session.",
            "Federation of Lakeland Towns (FLT)",
        ),
    ],
)
def test_an_acronym_said_apart_from_its_long_name_is_one_body(text, joint):
    assert helpers.bodies_found(text) == [joint]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ha parlato anche una rappresentante del Consiglio olandese per i Migranti.",
            "Consiglio olandese per i Migranti",
        ),
        (
            "La întâlnire a participat și Consiliul județean Vaslui, alături de parteneri.",
            "Consiliul județean Vaslui",
        ),
        (
            "Intervino la Oficina Nacional para el Retorno de los Emigrantes.",
            "Oficina Nacional para el Retorno de los Emigrantes",
        ),
    ],
)
def test_a_name_runs_on_over_a_lower_case_adjective_or_article(text, body):
    assert body in helpers.bodies_found(text)


def test_a_romanian_head_in_the_genitive_does_not_take_the_word_before_it():
    names = helpers.bodies_found(
        "Obiectivul Consiliului județean Vaslui este integrarea migranților."
    )
    assert not any(n.startswith("Obiectivul") for n in names)
    assert any(n.startswith("Consiliului județean Vaslui") for n in names)


def test_a_plural_noun_after_a_head_ends_the_name():
    names = helpers.bodies_found(
        "The talk was given by the Public Employment Service delegates in Leeds."
    )
    assert not any("delegates" in n for n in names)


def test_a_long_name_cut_at_its_lower_case_words_before_a_known_short_name_is_that_body():
    names = helpers.bodies_found(
        "Se informó de la reunión de trabajo con la Agencia de la ONU para los refugiados (ACNUR)."
    )
    assert "Agencia de la ONU" not in names


def test_a_known_long_name_after_its_family_acronym_is_the_known_body():
    names = helpers.bodies_found(
        "The forum was organised with the UN International Organization for Migration (IOM) "
        "and the IOM office in Rome."
    )
    assert "IOM" in names
    assert not any(n.startswith("UN International") for n in names)


def test_names_run_together_by_a_lost_line_break_are_two_bodies():
    names = helpers.bodies_found(
        "Zapraszają: Fundacja Pomocy MigrantomStowarzyszenie Gmin Podlaskich oraz partnerzy."
    )
    assert any(n.startswith("Fundacja Pomocy Migrantom") and "Stow" not in n for n in names)
    assert any(n.startswith("Stowarzyszenie Gmin Podlaskich") for n in names)


def test_a_capital_inside_a_word_without_a_head_before_it_is_one_name():
    names = helpers.bodies_found("Gäste der BürgerStiftung Hamburg waren auch dabei.")
    assert "Stiftung Hamburg" not in names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Al seminario ha aderito anche il Consiglio d’Europa.", "Council of Europe"),
        ("La giornata si è tenuta in collaborazione con l`Anci.", "ANCI"),
        ("Ha parlato la presidente del Comitato Europeo delle regioni.", "CoR"),
    ],
)
def test_a_known_body_is_found_with_any_apostrophe_and_in_any_case_of_its_later_words(text, body):
    names = helpers.bodies_found(text)

    assert any(known_short_name(name) in {body, known_short_name(body)} for name in names)


def test_a_known_long_name_in_lower_case_throughout_is_no_body():
    text = "They worked hard to save the children of the valley."

    assert helpers.bodies_found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Parlerà anche la sindaca di Riace, vincitrice del Premio Unicef per i diritti.",
        "The mayor, who won the UNICEF Prize last year, opened the session.",
        "WHAT: Mayors' board meeting\nWHO: Twelve mayors and their advisers\nWHERE: Oslo",
    ],
)
def test_a_known_body_named_in_a_prize_or_as_an_advisory_label_is_no_body(text):
    assert helpers.bodies_found(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The briefing heard Jo Lane, Policy Officer, Municipal Association of Tasmania.",
            "Municipal Association of Tasmania",
        ),
        ("Au vorbit reprezentanți ai Universitatea din Craiova.", "Universitatea din Craiova"),
    ],
)
def test_an_association_of_towns_and_a_romanian_name_with_din_are_bodies(text, body):
    assert body in helpers.bodies_found(text)


def test_a_romanian_local_council_in_lower_case_is_the_town():
    text = "A vorbit Ana Pop, consilier în Consiliul local Cluj, România."

    assert not any("Consiliul" in name for name in helpers.bodies_found(text))


def test_a_piece_of_a_known_body_name_is_no_body_of_its_own():
    text = "Na zaproszenie Kongresu Władz Lokalnych i Regionalnych Rady Europy przybyli goście."

    assert not any(name.startswith("Regionalnych") for name in helpers.bodies_found(text))


def test_a_short_name_clipped_from_the_long_names_words_is_the_bodys():
    text = "La Asociación Andina de Municipios (Asoandina) convocó la reunión en Quito."

    assert "Asociación Andina de Municipios (Asoandina)" in helpers.bodies_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Participaron delegados de la Organización Internacional para las Migraciones (OIM).",
        # the short name after a dash, and the long name said first in a title's capitals
        "Alcalde Recibe A La Organización Internacional Para Las Migraciones\n\n"
        "Participaron delegados de la Organización Internacional para las Migraciones – OIM, "
        "agencia de Naciones Unidas.",
    ],
)
def test_a_known_body_keeps_the_short_name_the_text_gives_it_in_its_language(text):
    (body,) = [b for b in helpers.bodies_found(text) if b.startswith("IOM")]

    assert body.endswith(", OIM)")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Gäste kamen auch aus dem Landkreis Uckerfeld und des Landkreises Oderau.", "Oderau"),
        ("Die Tagung fand in der Landesvertretung Thüringen statt.", "Thüringen"),
    ],
)
def test_a_german_district_in_the_genitive_and_a_states_mission_are_bodies(text, body):
    assert any(name.endswith(body) for name in helpers.bodies_found(text))
