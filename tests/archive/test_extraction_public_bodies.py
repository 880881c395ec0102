"""Public bodies named by a head noun of the other programme languages (own sentences)."""

import pytest

from citypeers.archive.extraction import extract_report
from citypeers.archive.extraction.ministries import ministry_of_role
from citypeers.archive.extraction.organisations import find_organisations


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Am Treffen nahmen Fachleute vom Bundesamt für Migration teil.",
            "Bundesamt für Migration",
        ),
        (
            "En la reunión participó la Dirección General de Migraciones del ministerio.",
            "Dirección General de Migraciones",
        ),
        # service, board, high commission, council, secretariat, authority, department
        (
            "Staff of the Danish Housing Advice Service joined the visit to Aarhus.",
            "Danish Housing Advice Service",
        ),
        (
            "The Regional Integration Board of Skåne sent two officers to the workshop.",
            "Regional Integration Board of Skåne",
        ),
        (
            "All’incontro ha partecipato anche il Consiglio Italiano per i Rifugiati.",
            "Consiglio Italiano per i Rifugiati",
        ),
        (
            "Erano presenti funzionari dell’Alto Commissariato per le Migrazioni portoghese.",
            "Alto Commissariato per le Migrazioni",
        ),
        (
            "La întâlnire a participat Departamentul pentru Relații Interetnice al guvernului.",
            "Departamentul pentru Relații Interetnice",
        ),
    ],
)
def test_a_public_body_is_found_by_its_head_noun(text, body):
    found = find_organisations(text, acronyms={}, municipality_names=set(), extra=[])

    assert body in [o["name"] for o in found]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Il-laqgħa ġiet organizzata mill-Ministeru tal-Edukazzjoni flimkien mas-sindki.",
            "Ministeru tal-Edukazzjoni",
        ),
        (
            "Fil-konferenza tkellmu wkoll membri tal-Assoċjazzjoni tal-Kunsilli Reġjonali.",
            "Assoċjazzjoni tal-Kunsilli Reġjonali",
        ),
        (
            "W spotkaniu uczestniczył Urząd ds. Cudzoziemców z Warszawy.",
            "Urząd ds. Cudzoziemców",
        ),
        ("Gośćmi była także Fundacja dla Uchodźców z Lublina.", "Fundacja dla Uchodźców"),
    ],
)
def test_a_body_named_with_a_connector_of_its_language_keeps_its_whole_name(text, body):
    found = find_organisations(text, acronyms={}, municipality_names=set(), extra=[])

    assert body in [o["name"] for o in found]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Riunione sui profughi a Como\n\nSi è svolta ieri una riunione indetta dal dott. "
            "Paolo Riva, Prefetto di Como, con i sindaci della provincia.",
            "Prefettura di Como",
        ),
        (
            "Întâlnire la Arad\n\nPrefectul județului Arad, Ion Pop, a participat la ședința "
            "echipei locale pentru integrarea străinilor.",
            "Prefectura județului Arad",
        ),
        (
            "Σύσκεψη στο Ηράκλειο\n\nΗ σύσκεψη έγινε με πρωτοβουλία του περιφερειάρχη Κρήτης "
            "Νίκου Παππά για το προσφυγικό.",
            "Περιφέρεια Κρήτης",
        ),
    ],
)
def test_a_prefect_or_regional_governor_taking_part_brings_their_office(text, body):
    """The office a prefect or regional governor heads takes part through them, though the
    text names only the person and their role."""
    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]
    assert body in names


@pytest.mark.parametrize(
    ("role", "ministry"),
    [
        ("Minister for Housing and Local Affairs", "Ministry for Housing and Local Affairs"),
        (
            "ministra del Lavoro e delle Politiche Sociali",
            "Ministero del Lavoro e delle Politiche Sociali",
        ),
        ("ministro dell'Agricoltura", "Ministero dell'Agricoltura"),
        ("ministra de Vivienda", "Ministerio de Vivienda"),
        ("ministre de l’Éducation", "Ministère de l’Éducation"),
        ("Bundesministerin für Bildung", "Bundesministerium für Bildung"),
        ("ministrul Sănătății", "Ministerul Sănătății"),
        ("υφυπουργός Παιδείας", "Υπουργείο Παιδείας"),
    ],
)
def test_a_ministers_role_names_their_ministry(role, ministry):
    """A minister's role gives the ministry's domain: the ministry is named with it."""
    assert ministry_of_role(role) == ministry


@pytest.mark.parametrize(
    "role",
    [
        "minister",
        "Prime Minister",
        "Ministerpräsident",
        "the former Minister of Trade",
        "ex ministro dell'Economia",
    ],
)
def test_a_role_without_a_domain_or_held_before_names_no_ministry(role):
    assert ministry_of_role(role) is None


def test_a_minister_taking_part_brings_their_ministry():
    text = (
        "Forum w Kolonii\n\nAu participat la forum ministrul Transporturilor, Ion Vasile, "
        "și primarul orașului."
    )

    names = [o["name"] for o in extract_report(text, source="x.txt")["organizations"]]

    assert "Ministerul Transporturilor" in names
