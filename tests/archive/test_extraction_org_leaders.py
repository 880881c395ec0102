"""A body without a head noun that a person's role ends on: the one who leads it took part
(own sentences)."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The webinar on housing was held online on 3 May 2023. Speakers:\n"
            "• Maria Lindqvist, secretary general of Solidaria\n"
            "• Peter Hall, deputy mayor of Leeds",
            "Solidaria",
        ),
        (
            "Il convegno si è svolto a Padova il 4 marzo 2022. Ha aperto i lavori Marco Berti, "
            "sindaco di Padova e Presidente FNMR, che ha salutato i presenti.",
            "FNMR",
        ),
        (
            "Das Treffen fand am 5. Mai 2021 in Ulm statt. Nach Vorträgen von der "
            "DLRG-Integrationsbeauftragten, Frau Anna Keller, und Frau Eva Roth fand ein "
            "Austausch statt.",
            "DLRG",
        ),
    ],
)
def test_a_body_a_role_ends_on_took_part(text, body):
    assert body in helpers.organisation_names(text)


def test_a_plain_word_or_a_place_after_the_title_is_no_body():
    text = (
        "The meeting was held in Leeds on 3 May 2023. John Smith, president of Leeds, "
        "and Jane Doe, chair of Finance, spoke about finance for integration."
    )
    names = helpers.organisation_names(text)
    assert "Leeds" not in names and "Finance" not in names
