"""Where a person's role ends: not back over another person, not on into a verb.

The sentences are written for these tests; none comes from a report.
"""

from tests.archive import extraction_helpers as helpers


def test_a_role_said_after_another_person_and_an_and_is_that_persons_own():
    text = (
        "La întâlnire au participat primarul Radu Stan și directorul direcției de asistență "
        "socială, Elena Marin."
    )

    roles = helpers.roles(text)

    assert "Radu Stan" not in (roles["Elena Marin"] or "")
    assert roles["Elena Marin"].startswith("directorul direcției")


def test_an_affiliation_after_from_ends_before_the_verb():
    text = (
        "Ms. Lena Holm, Director of Welcome Services in Uppsala, opened the session; "
        "Dr. Jeroen Bakker from Utrecht replied with figures on housing."
    )

    assert helpers.roles(text)["Jeroen Bakker"] == "Utrecht"


def test_another_office_after_a_comma_goes_on_the_role():
    text = (
        "A Siena il 3 maggio ha chiuso la giornata Marco Bellini, sindaco di Siena, presidente "
        "della Conferenza dei sindaci e delegato regionale ai Trasporti, che ha ringraziato i "
        "tecnici."
    )

    found = helpers.roles(text)

    assert found["Marco Bellini"] == (
        "sindaco di Siena, presidente della Conferenza dei sindaci e delegato regionale ai "
        "Trasporti"
    )


def test_the_next_person_after_a_comma_and_is_no_office_of_the_first():
    text = (
        "The meeting in Ghent on 3 May was opened by Anna Berg, Mayor of Ghent, and Deputy "
        "Mayor Jan Smit."
    )

    found = helpers.roles(text)

    assert found == {"Anna Berg": "Mayor of Ghent", "Jan Smit": "Deputy Mayor"}
