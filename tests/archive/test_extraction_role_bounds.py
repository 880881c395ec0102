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


def test_a_role_after_a_name_ends_where_the_persons_quotation_opens():
    text = (
        "The partner towns met in Graz. In the words of Ms. Hanna Lind, Head of Cohesion at "
        "the Nordic Council “Towns learn faster together - from housing to schools - than "
        "any ministry can teach them, and they keep learning long after the projects end”."
    )

    assert helpers.roles(text)["Hanna Lind"] == "Head of Cohesion at the Nordic Council"


def test_a_spanish_role_after_a_name_ends_before_a_quotation_after_a_colon():
    text = (
        "Los alcaldes se reunieron en Quito. Marta Solís, directora de la Casa de Acogida "
        "Norte: «Las ciudades abren la puerta antes que nadie, y lo hacen cada día del año, "
        "con o sin fondos de la cooperación internacional»."
    )

    assert helpers.roles(text)["Marta Solís"] == "directora de la Casa de Acogida Norte"


def test_a_name_inside_a_quotation_ends_at_the_dash_that_closes_the_aside():
    text = (
        "I sindaci si sono riuniti a Como. «Sull'accoglienza – osserva il sindaco di Como "
        "Paolo Ferri – serve una tregua tra i partiti»."
    )

    assert helpers.roles(text)["Paolo Ferri"] == "sindaco di Como"


def test_a_bodys_name_in_quotation_marks_stays_in_the_role():
    text = (
        "Il gruppo si è riunito a Lecco. Anna Rossi, presidente dell'associazione «Case "
        "Aperte Lario», ha presentato il progetto."
    )

    assert helpers.roles(text)["Anna Rossi"] == "presidente dell'associazione «Case Aperte Lario»"


def test_two_given_names_after_a_role_open_the_name_not_close_the_role():
    text = (
        "La reunión se celebró en Tapachula. Asistieron el director del DIF Juan Carlos "
        "Herrera y otros funcionarios del ayuntamiento."
    )

    assert helpers.roles(text)["Juan Carlos Herrera"] == "director del DIF"
