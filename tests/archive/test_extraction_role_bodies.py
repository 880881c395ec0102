"""The body a named person belongs to, read after the role's preposition or genitive in the
programme languages, is the person's organisation (made-up sentences in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers
from tests.archive.archive_scoring import scorer


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        (
            "The delegation from Riga visited Tallinn on 3 May. Laura Kask, secretary general "
            "of Baltoria Urban Forum, opened the exchange on housing.",
            "Laura Kask",
            "Baltoria Urban Forum",
        ),
        (
            "La delegazione di Graz è stata accolta a Padova. Marco Ferri, docente di Novalis "
            "Studi Sociali, ha parlato dell'accoglienza.",
            "Marco Ferri",
            "Novalis Studi Sociali",
        ),
        (
            "Die Delegation aus Linz besuchte Kassel. Jonas Weber, Vorsitzender des Nordhafen "
            "Kollektivs, stellte die Arbeit mit Geflüchteten vor.",
            "Jonas Weber",
            "Nordhafen Kollektivs",
        ),
        (
            "La delegación de Lorca visitó Murcia. Ana Gil, directora de Red Solana Sur, "
            "presentó el programa de acogida.",
            "Ana Gil",
            "Red Solana Sur",
        ),
        (
            "Die Delegation aus Linz besuchte Kassel. Dort sprach Lena Vogt von der Kieler "
            "Lernwerkstatt Nord über Sprachkurse.",
            "Lena Vogt",
            "Kieler Lernwerkstatt Nord",
        ),
        (
            "Delegația din Iași a vizitat Cluj-Napoca. Ioana Pop, președintele Comisiei de "
            "Cultură din Camera Vestică, a prezentat proiectul.",
            "Ioana Pop",
            "Camera Vestică",
        ),
    ],
)
def test_the_body_after_a_role_is_the_persons(text, name, body):
    person = next(p for p in helpers.record(text)["people"] if p["name"] == name)
    assert person["organization"] and scorer().fuzzy(person["organization"], body)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "La delegación de Lorca visitó Murcia. Ana Gil, concejal de Vivienda Social, "
            "presentó el programa de acogida.",
            "Vivienda Social",
        ),
        (
            "The delegation from Riga visited Tallinn on 3 May. Laura Kask, Head of the "
            "Department of Social Care, opened the exchange on housing.",
            "Social Care",
        ),
        (
            "The delegation from Riga visited Tallinn on 3 May. Laura Kask, Chief of Mission "
            "for Estonia and Latvia, opened the exchange on housing.",
            "Mission for Estonia",
        ),
        (
            "La red se reunió en Quito. Al cierre, el encargado de Asuntos Sociales de la Red "
            "Andina de Ciudades, Tomás Echeverri, agradeció la acogida.",
            "Asuntos Sociales",
        ),
        (
            "La red se reunió en Quito. Marta Solís, directora de la División Vivienda Social, "
            "presentó el plan.",
            "División Vivienda",
        ),
    ],
)
def test_a_councillors_field_or_a_unit_is_no_body(text, field):
    record = helpers.record(text)
    assert not any(field in (p["organization"] or "") for p in record["people"])


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Officials from Porto came to Vigo on 4 June. Rita Lopes, deputy head of the "
            "Atlantic Shores Research Centre, spoke about language classes for newcomers.",
            "Atlantic Shores Research Centre",
        ),
        (
            "Die Delegation aus Linz besuchte Kassel am 3. Mai. Jonas Weber, Vorsitzender "
            "des Vereins Brückenschlag, stellte die Arbeit mit Geflüchteten vor.",
            "Brückenschlag",
        ),
        (
            "La delegación de Lorca visitó Murcia el 2 de abril. Ana Gil, directora de "
            "Migration Bridges Group, presentó el programa de acogida.",
            "Migration Bridges Group",
        ),
    ],
)
def test_the_body_a_persons_role_names_takes_part(text, body):
    """A named speaker's employer, read from the role, is a body at the meeting."""
    orgs = helpers.record(text)["organizations"]
    assert any(scorer().fuzzy(body, o["name"]) for o in orgs), orgs


@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "La delegazione di Graz è stata accolta a Padova. Successivamente Chiara Bonomi, "
            "responsabile dell’Alto Commissariato per le Migrazioni, ha presentato il piano.",
            "Chiara Bonomi",
            "responsabile dell’Alto Commissariato per le Migrazioni",
            "Alto Commissariato per le Migrazioni",
        ),
        (
            "The delegation from Riga visited Tallinn on 3 May. Laura Kask, Head of Unit at "
            "the Baltic Housing Authority, opened the exchange on housing.",
            "Laura Kask",
            "Head of Unit at the Baltic Housing Authority",
            "Baltic Housing Authority",
        ),
    ],
)
def test_the_body_after_a_roles_preposition_stays_in_the_role(text, name, role, body):
    person = next(p for p in helpers.record(text)["people"] if p["name"] == name)
    assert person["role"] == role
    assert person["organization"] and scorer().fuzzy(person["organization"], body)


@pytest.mark.parametrize(
    "text",
    [
        "La reunión en Lugo contó con Ana Ruiz, secretaria de Estado de Vivienda Social, y el "
        "alcalde de Lugo.",
        "Al convegno di Asti è intervenuto Piero Galli, sottosegretario di Stato alla Salute "
        "Pubblica, con il sindaco di Asti.",
    ],
)
def test_a_secretary_of_state_names_no_body(text):
    record = helpers.record(text)

    assert record["people"][0]["organization"] is None
    assert record["organizations"] == []
