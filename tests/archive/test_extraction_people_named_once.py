"""People named once, with no role beside them: a surname that is also a given name, a name
after a German noun and "von", a name after titles one after another.

The sentences are written for these tests; none comes from a report.
"""

from tests.archive import extraction_helpers as helpers


def _names(text: str) -> set[str]:
    return set(helpers.person_names(text))


def test_a_surname_that_is_also_a_given_name_is_still_a_person():
    text = (
        "The exchange in Tampere closed with a summary by Oskar Martin on the next steps. "
        "Earlier, Helga Thomas had described the language cafés."
    )

    assert {"Oskar Martin", "Helga Thomas"} <= _names(text)


def test_a_german_name_after_a_noun_and_von():
    text = "Die Begrüßung der Gäste von Frieda Lange fand im Rathaus statt."

    assert "Frieda Lange" in _names(text)


def test_titles_one_after_another_are_no_name():
    text = "Die Delegation wurde von Prof. Dr. Bernd Krause und Dr. Silke Horn empfangen."

    names = _names(text)

    assert {"Bernd Krause", "Silke Horn"} <= names
    assert "Dr" not in names


def test_a_polish_title_in_lower_case_and_a_name_in_the_instrumental():
    text = "Rozmawiano także z dr hab. Tadeuszem Górskim o mieszkaniach dla rodzin."

    assert "Tadeusz Górski" in _names(text)
