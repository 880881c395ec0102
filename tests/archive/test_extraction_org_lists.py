"""A list of bodies names each item alike: one item a body found makes the others bodies,
though their names carry no head noun (own sentences)."""

import pytest

from tests.archive import extraction_helpers as helpers
from tests.archive.archive_scoring import scorer


def _found(body: str, names: list[str]) -> bool:
    return any(scorer().fuzzy(body, n) for n in names)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "The forum in Leeds on 4 May was backed by Harbour Collective, Civic Bridges Trust "
            "Fund, the Northern Migration Institute and Open Doors Lab.",
            ["Harbour Collective", "Open Doors Lab"],
        ),
        (
            "Las mesas de trabajo del 9 de marzo en Murcia fueron conducidas por Acción Vecinal "
            "por la Paz, Fundación Mar Abierto y Red Solidaria Sur.",
            ["Acción Vecinal por la Paz", "Red Solidaria Sur"],
        ),
        (
            "Il 12 aprile a Lucca hanno partecipato la Regione Toscana, Casa Aperta Lucca, "
            "Fraternita di Pescia e l'Istituto per la Coesione Sociale.",
            ["Casa Aperta Lucca", "Fraternita di Pescia"],
        ),
        # a bracket after each item (its country) and an acronym
        (
            "The kick-off in Lyon on 2 June gathered the partners: KOLVA (Portugal), Young "
            "Horizons (Malta) and Fundació Mar de Llum (Spain).",
            ["KOLVA", "Young Horizons"],
        ),
    ],
)
def test_the_other_items_of_a_list_with_a_body_are_bodies(text, bodies):
    names = helpers.organisation_names(text)

    assert all(_found(body, names) for body in bodies), names


@pytest.mark.parametrize(
    ("text", "not_bodies"),
    [
        # one name run on over "and": its second half is no body of its own
        (
            "The sessions in Turin on 3 May were run with the Working Group for Urban Prevention "
            "and Response to Floods, the Alpine Cities Institute and Open Doors Lab.",
            ["Response to Floods"],
        ),
        # a funder's units, an acronym beside its long name, people and towns
        (
            "On 5 May the Central Union of Harbour Towns (CUHT) met in Split, funded by the "
            "Regional Fund Directorate, Coastal Renewal and Inclusion.",
            ["Coastal Renewal"],
        ),
        (
            "Il 7 maggio a Parma l'Istituto per la Coesione Sociale, Marco Bellini, Giulia "
            "Ferri e Comune di Fidenza hanno firmato il protocollo.",
            ["Marco Bellini", "Giulia Ferri", "Comune di Fidenza"],
        ),
    ],
)
def test_a_list_item_that_is_no_body_is_left_out(text, not_bodies):
    names = helpers.organisation_names(text)

    assert not any(_found(item, names) for item in not_bodies), names


@pytest.mark.parametrize(
    "text",
    [
        "W dniach 3-4 maja w Strasburgu obradował Zespół ds. Polityki Młodzieżowej Rady Europy, "
        "a Kraków reprezentowała Anna Nowak.",
        "Il 6 maggio a Strasburgo la delegazione di Parma ha seguito i lavori del Gruppo "
        "Giovani Consiglio d'Europa.",
    ],
)
def test_words_said_before_a_known_body_that_holds_the_head_are_no_body(text):
    names = helpers.organisation_names(text)

    assert "Council of Europe" in " ".join(names), names
    assert all(n.split(" (")[0] in {"Council of Europe"} for n in names), names
