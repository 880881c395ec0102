"""Bodies named only as a project's applicant or partners, one body's name joined by "and"
around its owner, and a Romanian prefect's office named in the text's own words (own
sentences)."""

import pytest

from citypeers.archive.extraction import extract_report, organisations
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "The Velmora Refugee Foundation hosted the meeting in Dunholt. The project partners "
            "are: Lienz Housing Association, Marten Institute and Oskar Trust.",
            ["Lienz Housing Association", "Marten Institute", "Oskar Trust"],
        ),
        (
            "Fundația Sprijin Nord a organizat întâlnirea. Solicitantul proiectului este "
            "Asociația Ajutor Vest, iar partenerii în proiect sunt: Asociația Pâine Caldă.",
            ["Asociația Ajutor Vest", "Asociația Pâine Caldă"],
        ),
        (
            "Το Ίδρυμα Βελμόρα φιλοξένησε τη συνάντηση. Το εταιρικό σχήμα αποτελείται από "
            "τους: Οργανισμός Λίεντς, Ένωση Μάρτεν.",
            ["Οργανισμός Λίεντς", "Ένωση Μάρτεν"],
        ),
        (
            "Das Treffen richtete die Stiftung Velmora aus. Zu den Projektpartnern gehören der "
            "Verein Lienzer Wohnen und das Institut Marten.",
            ["Verein Lienzer Wohnen", "Institut Marten"],
        ),
        (
            "La Fondazione Velmora ha ospitato l'incontro. Fanno parte del partenariato "
            "l'Associazione Casa Lienz e l'Istituto Marten.",
            ["Associazione Casa Lienz", "Istituto Marten"],
        ),
    ],
)
def test_a_body_named_only_in_a_list_of_project_partners_is_left_out(text, listed):
    found = helpers.bodies_found(text)

    assert found and not set(found) & set(listed)


def test_a_listed_partner_said_to_take_part_elsewhere_is_kept():
    text = (
        "The project partners are: Lienz Housing Association and Marten Institute. Experts "
        "of the Marten Institute presented their survey at the meeting."
    )

    assert helpers.bodies_found(text) == ["Marten Institute"]


def test_the_partner_said_to_lead_the_project_is_kept():
    text = (
        "The project partners are: Marten Institute (lead partner), Lienz Housing Association "
        "and Oskar Trust."
    )

    assert helpers.bodies_found(text) == ["Marten Institute"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Association of Towns and Villages of the Federation of Velmora sent two experts.",
            "Association of Towns and Villages of the Federation of Velmora",
        ),
        (
            "Hanno partecipato i membri dell'Osservatorio Economico e Sociale della Federazione "
            "Valdora.",
            "Osservatorio Economico e Sociale della Federazione Valdora",
        ),
    ],
)
def test_and_before_the_owner_of_a_name_goes_on_with_the_same_body(text, body):
    assert helpers.bodies_found(text) == [body]


def test_and_before_a_body_with_a_head_of_its_own_still_joins_two_bodies():
    parts = [
        part
        for _start, part in organisations._conjoined_split(
            "Velden Association and Lienz Refugee Agency"
        )
    ]

    assert parts == ["Velden Association", "Lienz Refugee Agency"]


def test_the_romanian_prefects_office_by_its_legal_name_is_a_body():
    texts = [
        "Instituția Prefectului a organizat întâlnirea cu primarii.",
        "Au participat și experți ai Instituției Prefectului și ai Fundației Sprijin Nord.",
    ]

    found = [helpers.bodies_found(text) for text in texts]

    assert found == [
        ["Instituția Prefectului"],
        ["Instituției Prefectului", "Fundației Sprijin Nord"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prefectul județului Valdoru a prezidat ședința de la sediul Instituției Prefectului.",
        "Delegația a vizitat Prefectura Valdoru. Prefectul județului Valdoru a salutat oaspeții.",
    ],
)
def test_the_prefects_office_said_in_the_texts_own_words_is_not_named_again(text):
    office = organisations.office_of_role("Prefectul județului Valdoru")

    assert office == "Prefectura județului Valdoru"
    assert organisations.office_said_otherwise(text, office)
    assert not organisations.office_said_otherwise("Prefectul a prezidat ședința.", office)


def test_extract_report_names_the_prefects_office_once_as_the_text_does():
    text = (
        "Prefectul județului Cluj, Ana Pop, a prezidat ședința de la sediul Instituției "
        "Prefectului. La întâlnire au participat reprezentanții Fundației Sprijin Nord."
    )

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert names == ["Instituția Prefectului", "Fundația Sprijin Nord"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Together with Refugees Campaign- Sally Marten, Velden Asylum Network",
            ["Velden Asylum Network"],
        ),
        ("Ola Lindheim from Velden municipality introduced the city.", []),
        ("The Fondazione Anna Berg hosted the meeting.", ["Fondazione Anna Berg"]),
    ],
)
def test_a_person_named_after_a_word_or_a_surname_like_a_head_is_no_body(text, expected):
    assert helpers.bodies_found(text) == expected


def test_a_case_form_of_a_well_known_bodys_local_name_is_that_body():
    text = (
        "Η συνάντηση έγινε με την Ύπατη Αρμοστεία του ΟΗΕ στην Πάτρα. Εκπρόσωποι της "
        "Ύπατης Αρμοστείας μίλησαν για τους πρόσφυγες."
    )

    assert helpers.bodies_found(text) == ["UNHCR (Ύπατη Αρμοστεία του ΟΗΕ)"]


@pytest.mark.parametrize(
    "group",
    ["Velder Delegation", "Mitarbeitenden des Amtes für Integration", "delegazione di Lienz"],
)
def test_a_group_of_people_is_no_body(group):
    text = "The guests visited the Lienz Refugee Centre."

    assert helpers.bodies_found(text, extra=[group]) == ["Lienz Refugee Centre"]


def test_a_greek_preposition_and_article_before_a_name_is_no_part_of_it():
    text = "«Στο Δίκτυο Πόλεων Βελμόρας για την Ένταξη» ο Δήμος Λίεντς."

    assert helpers.bodies_found(text) == ["Δίκτυο Πόλεων Βελμόρας"]


@pytest.mark.parametrize(
    "text",
    [
        "Ο δήμαρχος συναντήθηκε με την Ύπατη Αρμοστεία του Οργανισμού Ηνωμένων Εθνών.",
        "Spotkanie odbyło się z udziałem przedstawicieli Agencji ONZ ds. Uchodźców.",
    ],
)
def test_the_refugee_agencys_long_name_written_out_in_any_language_is_unhcr(text):
    assert [b.split(" (")[0] for b in helpers.bodies_found(text)] == ["UNHCR"]
