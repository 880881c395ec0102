"""A plain word that shares a small town's name is no list's first item after a word that
never leads to a place: German writes its nouns with a capital ("vor Ort, Erfurt")."""

import pytest

from tests.archive import extraction_helpers as helpers

PHRASE_BEFORE_A_LIST = [
    (
        "Hybrides Netzwerktreffen in Hannover\n\nAm 3. März 2025 fand in Hannover ein hybrides "
        "Treffen statt. Die Städte Bremen und Kassel waren vor Ort, Erfurt war online "
        "zugeschaltet.",
        "Ort",
    ),
    (
        "Austausch in Leipzig\n\nAm 5. Mai 2025 trafen sich in Leipzig die Integrationsbeauftragten. "
        "Die Städte Dresden und Halle informierten sich vor Ort, Chemnitz und Zwickau nahmen "
        "online teil.",
        "Ort",
    ),
]


@pytest.mark.parametrize(("text", "word"), PHRASE_BEFORE_A_LIST)
def test_a_phrase_word_before_a_list_is_no_town(text, word):
    assert word not in helpers.city_names(text)


def test_a_small_town_after_a_preposition_of_origin_still_opens_a_list():
    text = (
        "Netzwerktreffen in Bamberg\n\nAm 3. März 2025 trafen sich in Bamberg Vertreterinnen "
        "und Vertreter aus Hof, Coburg und Bayreuth, um über Sprachkurse zu sprechen."
    )

    assert {"Hof", "Coburg", "Bayreuth"} <= set(helpers.city_names(text))
