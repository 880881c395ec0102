"""Where a role said next to a name starts and ends when other people stand near it: not
after "and also" (the next person's), not back over another person, a plural role shared by a
list yields to one said of the person alone, and a passive's auxiliary is no part of the
thing a doer's role is said of (made-up sentences in our own words)."""

from tests.archive import extraction_helpers as helpers


def test_a_phrase_after_and_also_is_the_next_persons_role():
    text = (
        "Gości przyjęła wiceprezydent Opola Teresa Lipiec, a także pełnomocnik prezydenta "
        "ds. cudzoziemców Zbigniew Kałuża."
    )

    assert helpers.roles(text) == {
        "Teresa Lipiec": "wiceprezydent Opola",
        "Zbigniew Kałuża": "pełnomocnik prezydenta ds. cudzoziemców",
    }


def test_a_role_said_before_a_name_does_not_run_back_over_another_person():
    text = (
        "Primarul Sorin Vlădescu a semnat acordul împreună cu omologul său, primarul "
        "orașului Bălți, Ilie Gavrilă."
    )

    assert helpers.roles(text) == {
        "Sorin Vlădescu": "Primarul",
        "Ilie Gavrilă": "primarul orașului Bălți",
    }


def test_a_role_after_an_and_and_an_article_does_not_run_back_over_another_person():
    text = (
        "Begrüßt wurden die Gäste von Bürgermeisterin Hannelore Brückner und dem Leiter des "
        "Jugendamts, Detlef Oberhauser."
    )

    assert helpers.roles(text) == {
        "Hannelore Brückner": "Bürgermeisterin",
        "Detlef Oberhauser": "Leiter des Jugendamts",
    }


def test_a_role_said_of_the_person_alone_wins_over_a_plural_one():
    text = (
        "Town councillors Rosalind Ashworth and Tomasz Wierzbicki met the guests.\n\n"
        "Deputy Mayor Tomasz Wierzbicki said the visit would help both towns."
    )

    assert helpers.roles(text)["Tomasz Wierzbicki"] == "Deputy Mayor"


def test_a_passives_auxiliary_is_no_part_of_the_thing_a_doer_leads():
    text = "The workshop was facilitated by Rosalind Ashworth in the morning."

    assert helpers.roles(text) == {"Rosalind Ashworth": "facilitator of the workshop"}


def test_a_mediator_and_a_volunteer_are_roles():
    text = (
        "La mediadora intercultural Montserrat Vilaró presentó el proyecto. "
        "Rosalind Ashworth, volunteer at the drop-in centre, showed the garden."
    )

    assert helpers.roles(text) == {
        "Montserrat Vilaró": "mediadora intercultural",
        "Rosalind Ashworth": "volunteer at the drop-in centre",
    }
