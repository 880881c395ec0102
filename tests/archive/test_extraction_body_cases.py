"""Bodies named in an oblique case are recorded in the nominative; a Polish unit stands for
its body; a body also called by its initials keeps both (own sentences)."""

import pytest

from citypeers.archive.extraction.body_names import nominative_body
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
