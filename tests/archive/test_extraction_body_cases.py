"""Bodies named in an oblique case are recorded in the nominative; a Polish unit stands for
its body; a body also called by its initials keeps both (own sentences)."""

import pytest

from citypeers.archive.extraction.body_names import nominative_body
from citypeers.archive.extraction.organisations import classify_organisation
from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("said", "nominative"),
    [
        ("Fundacji Pomocy Sąsiedzkiej", "Fundacja Pomocy Sąsiedzkiej"),
        ("Związku Gmin Nadmorskich", "Związek Gmin Nadmorskich"),
        ("Stowarzyszenia Otwarty Dom", "Stowarzyszenie Otwarty Dom"),
        ("Krajowej Rady Sołtysów", "Krajowa Rada Sołtysów"),
        ("Stowarzyszenia Polskiego Ruchu Wiejskiego", "Stowarzyszenie Polskiego Ruchu Wiejskiego"),
        ("Asociației Tinerilor Voluntari", "Asociația Tinerilor Voluntari"),
        ("Direcției Generale de Sprijin Comunitar", "Direcția Generală de Sprijin Comunitar"),
        ("Ελληνικού Δικτύου Αλληλεγγύης", "Ελληνικό Δίκτυο Αλληλεγγύης"),
        ("Διεθνούς Οργανισμού Βοήθειας", "Διεθνής Οργανισμός Βοήθειας"),
        ("Comitato Cittadino", "Comitato Cittadino"),
        ("Polskiej Akcji Humanitarnej", "Polska Akcja Humanitarna"),
        # German heads in the genitive, and the adjectives before them
        ("Deutschen Städtetags", "Deutscher Städtetag"),
        ("Österreichischen Städtebundes", "Österreichischer Städtebund"),
        ("Deutschen Roten Kreuzes", "Deutsches Rotes Kreuz"),
        ("Bundesamts für Migration", "Bundesamt für Migration"),
        ("Paritätischen Wohlfahrtsverbandes", "Paritätischer Wohlfahrtsverband"),
        ("Deutschen Stiftung für Engagement", "Deutsche Stiftung für Engagement"),
        ("Flüchtlingsrats Niedersachsen", "Flüchtlingsrat Niedersachsen"),
        ("Deutscher Städtetag", "Deutscher Städtetag"),
        ("Stiftung Mercator", "Stiftung Mercator"),
        ("Institutes of Health", "Institutes of Health"),
        ("", ""),
    ],
)
def test_a_body_in_an_oblique_case_is_named_in_the_nominative(said, nominative):
    assert nominative_body(said) == nominative


def test_a_polish_unit_stands_for_its_body_in_the_nominative():
    text = (
        "W Opolu obradował Zespół Związku Gmin Nadmorskich ds. Turystyki. W spotkaniu wzięli "
        "udział przedstawiciele Opola i Gdyni, którzy wymienili doświadczenia."
    )
    names = helpers.organisation_names(text)
    assert any(n.startswith("Związek Gmin Nadmorskich") for n in names)
    assert not any("Zespół" in n or "Związku" in n for n in names)


def test_a_body_also_called_by_its_initials_keeps_both():
    text = (
        "W Opolu spotkali się przedstawiciele Związku Gmin Nadmorskich z Gdyni i Sopotu. "
        "Kolejne posiedzenie ZGN odbędzie się w Gdyni."
    )
    assert "Związek Gmin Nadmorskich (ZGN)" in helpers.organisation_names(text)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Bundesamt für Migration und Flüchtlinge", "national_authority"),
        ("Urząd do Spraw Cudzoziemców", "national_authority"),
        ("Ministerul Afacerilor Interne", "national_authority"),
        ("Υπουργείο Μετανάστευσης και Ασύλου", "national_authority"),
        ("Polska Akcja Humanitarna", "civil_society"),
        ("Fundacja Ocalenie", "civil_society"),
        ("Deutsches Rotes Kreuz", "civil_society"),
        ("Flüchtlingsrat Niedersachsen", "civil_society"),
        ("Deutscher Städtetag", "other"),  # an association of cities
    ],
)
def test_bodies_named_in_the_programmes_languages_get_their_kind(name, kind):
    assert classify_organisation(name) == kind


def test_a_german_report_names_its_bodies_in_the_nominative_with_their_kind():
    text = (
        "Treffen der Integrationsbeauftragten\n\nAm Treffen nahmen Vertreterinnen des "
        "Deutschen Städtetags und des Bundesamts für Migration und Flüchtlinge (BAMF) teil."
    )

    organisations = helpers.record(text)["organizations"]

    assert {(o["name"], o["kind"]) for o in organisations} == {
        ("Deutscher Städtetag", "other"),
        ("Bundesamt für Migration und Flüchtlinge (BAMF)", "national_authority"),
    }
