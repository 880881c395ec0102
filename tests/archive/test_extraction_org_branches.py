"""Regional branches of national bodies, bodies whose name is also a place's, and towns
listed after a plural authority noun (own sentences)."""

import pytest

from citypeers.archive.extraction import extract_report
from tests.archive import extraction_helpers as helpers


def test_a_national_body_named_with_a_region_is_its_branch():
    names = helpers.bodies_found("Il seminario, organizzato da Anci Toscana, si è tenuto a Siena.")

    assert "Anci Toscana" in names
    assert "ANCI" not in names


def test_the_body_and_its_branch_are_both_listed_when_both_are_said():
    text = (
        "All'assemblea dell'ANCI ha parlato anche il presidente di ANCI Lombardia, che ha "
        "ricordato il lavoro dei comuni."
    )

    assert {"ANCI", "ANCI Lombardia"} <= set(helpers.bodies_found(text))


def test_an_international_body_keeps_its_short_name_whatever_its_office():
    names = helpers.bodies_found("Hanno partecipato i rappresentanti di UNHCR Italia e di IOM.")

    assert "UNHCR" in names


def test_a_well_known_body_is_no_town_even_when_a_town_shares_its_name():
    assert "ANCI" in helpers.bodies_found(
        "L'ARCI e l'ANCI hanno firmato l'intesa.", municipality_names={"anci"}
    )


def test_towns_after_a_plural_authority_noun_are_no_body():
    text = "Erano presenti i rappresentanti dei Comuni di Montalto, Roccabella e Fiumara."

    assert not [n for n in helpers.bodies_found(text) if n.startswith("Comuni")]


def test_a_branch_named_in_a_mayors_second_role_is_kept():
    text = (
        "Lucca, 3 marzo 2025. La sindaca di Lucca e presidente di Anci Toscana, Maria Rossi, "
        "ha aperto l'incontro sull'accoglienza dei rifugiati con i comuni della provincia."
    )

    record = extract_report(text, source="branch.txt")

    assert "Anci Toscana" in [o["name"] for o in record["organizations"]]


def test_a_body_named_again_in_another_case_is_listed_once():
    text = (
        "Bonn, 3 April 2024. The meeting was attended by the Inspectoratul General pentru "
        "Imigrări and the city of Bonn. The Inspectoratului General pentru Imigrări presented "
        "its figures."
    )

    assert helpers.organisation_names(text) == ["Inspectoratul General pentru Imigrări"]


def test_a_person_named_after_a_body_is_no_part_of_its_name():
    text = (
        "Bonn, 3 April 2024. Experts from the Fundacja Nowy Dom i Jan Kowalski spoke about "
        "housing for refugees with the city of Bonn."
    )

    assert helpers.organisation_names(text) == ["Fundacja Nowy Dom"]


def test_places_whose_representatives_came_are_no_body():
    text = (
        "Bonn, 3 April 2024. The visitors met representatives of Mannheim and Stuttgart at the "
        "town hall of Bonn."
    )

    assert helpers.organisation_names(text) == []


def test_a_committee_of_a_body_is_the_body():
    text = "La Comisión de Vivienda y Empleo de la FEMP se reunió ayer en Murcia."

    names = helpers.bodies_found(text)

    assert "FEMP" in names
    assert not [n for n in names if n.startswith("Comisión")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("All'incontro ha partecipato anche la Regione Umbria.", "Regione Umbria"),
        ("Auch die Regierung von Oberfranken war vertreten.", "Regierung von Oberfranken"),
        ("Mit dabei war das Landratsamt Nordheide.", "Landratsamt Nordheide"),
        (
            "La întâlnire a vorbit Liga pentru Drepturile Copilului.",
            "Liga pentru Drepturile Copilului",
        ),
        (
            "Beteiligt war außerdem das Bündnis Kölner Willkommensinitiativen.",
            "Bündnis Kölner Willkommensinitiativen",
        ),
    ],
)
def test_governments_above_the_town_and_leagues_are_bodies(text, body):
    assert body in helpers.bodies_found(text)


def test_a_role_title_said_before_a_body_is_no_part_of_its_name():
    names = helpers.bodies_found(
        "Ha parlato il Presidente Fondazione Nuovi Cittadini, Marco Bruni."
    )

    assert "Fondazione Nuovi Cittadini" in names


def test_a_body_named_after_its_town_keeps_the_town():
    text = "The keynote came from Halmstad's Cultural Alliance and the Swedish Red Cross."

    assert "Halmstad's Cultural Alliance" in helpers.bodies_found(text)


@pytest.mark.parametrize(
    ("text", "branch"),
    [
        (
            "During the spring, KVRN Europe - together with two city councils - organised a "
            "visit to Aarhus.",
            "KVRN Europe",
        ),
        ("The forum of the city network TALMA Africa met in Accra on 3 May.", "TALMA Africa"),
    ],
)
def test_an_acronym_followed_by_a_continent_is_the_bodys_branch(text, branch):
    names = helpers.bodies_found(text)

    assert branch in names
    assert branch.split()[0] not in names


def test_a_town_named_with_its_own_noun_after_it_is_the_town():
    text = (
        "Speakers: Ann Roe, integration officer of Velmora City; Tom Fry, Brackwater Council; "
        "Eve Lund, Harlow County Council."
    )

    names = helpers.bodies_found(
        text,
        municipality_names={"velmora", "brackwater", "harlow"},
        people=frozenset({"Ann Roe", "Tom Fry", "Eve Lund"}),
    )

    assert "Velmora City" not in names
    assert "Brackwater Council" not in names
    assert "Harlow County Council" in names


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Affairs Sub-Committee heard evidence from three councils on housing.",
        "The Velmora Housing Sub-committee heard evidence from three councils on housing.",
    ],
)
def test_a_sub_committee_is_a_body(text):
    name = text.removeprefix("The ").split(" heard")[0]

    assert name in helpers.bodies_found(text)
