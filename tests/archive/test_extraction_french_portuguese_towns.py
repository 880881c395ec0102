"""French, Portuguese and Dutch reports name their towns after the towns' nouns too."""

import pytest

from tests.archive import extraction_helpers as helpers

TOWNS_AFTER_THEIR_NOUN = [
    (
        "Réunion en ligne du réseau\n\nLe 3 mars 2025, les villes de Lyon, Nantes et Grenoble se "
        "sont réunies en visioconférence pour échanger sur l'accueil des réfugiés.",
        {"Lyon", "Nantes", "Grenoble"},
    ),
    (
        "Rencontre du réseau\n\nLe 3 mars 2025, les maires de Lyon et de Nantes ont reçu à "
        "Grenoble la commune de Villeurbanne.",
        {"Lyon", "Nantes", "Villeurbanne"},
    ),
    (
        "Ação de formação\n\nNo dia 3 de março de 2025 realizou-se uma ação de formação para "
        "técnicos dos municípios de Coimbra e Faro.",
        {"Coimbra", "Faro"},
    ),
    (
        "Werkbezoek\n\nOp 3 maart 2025 bracht een delegatie van de gemeenten Utrecht en Zwolle "
        "een bezoek aan Gent.",
        {"Utrecht", "Zwolle"},
    ),
]


@pytest.mark.parametrize(("text", "towns"), TOWNS_AFTER_THEIR_NOUN)
def test_towns_after_their_plural_noun_take_part(text, towns):
    assert towns <= set(helpers.city_names(text))
