"""Lists of people and roles: a role-first list gives each name the role said right before it,
and a list heading ("Moderators:", "Relatori:") gives its role to the names listed under it
(made-up sentences in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "The delegation was received by Mayor Anna Berg, Deputy Mayor Jan Smit and "
            "Councillor Eva Lind in the town hall.",
            {"Anna Berg": "Mayor", "Jan Smit": "Deputy Mayor", "Eva Lind": "Councillor"},
        ),
        (
            "Erano presenti il sindaco Marco Bellini, il vicesindaco Carla Neri e l'assessore "
            "Bruno Galli.",
            {"Marco Bellini": "sindaco", "Carla Neri": "vicesindaco", "Bruno Galli": "assessore"},
        ),
        (
            "Estuvieron el alcalde Pedro Ruiz, la concejala de Empleo Lucía Ortega y el técnico "
            "Juan Gil.",
            {"Pedro Ruiz": "alcalde", "Lucía Ortega": "concejala de Empleo", "Juan Gil": "técnico"},
        ),
    ],
)
def test_a_role_first_list_pairs_each_role_with_the_name_after_it(text, roles):
    assert helpers.roles(text) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Moderators:\nAnna Berg\nJan Smit\n\nThe workshop on housing opened at ten.",
            {"Anna Berg": "moderator", "Jan Smit": "moderator"},
        ),
        (
            "Il convegno si è tenuto a Prato.\nRelatori: Marco Bellini, Carla Neri e Bruno Galli.",
            {"Marco Bellini": "relatore", "Carla Neri": "relatrice", "Bruno Galli": "relatore"},
        ),
        (
            "Speakers: Eva Lind, Tom Wood\nModerator: Anna Berg, Head of the Housing Office",
            {
                "Eva Lind": "speaker",
                "Tom Wood": "speaker",
                "Anna Berg": "Head of the Housing Office",
            },
        ),
    ],
)
def test_a_list_heading_gives_its_role_to_the_names_under_it(text, roles):
    found = helpers.roles(text)
    for name, role in roles.items():
        assert found.get(name) == role, found


def test_a_role_of_a_place_said_once_takes_the_gender_of_each_listed_man():
    """A given name too rare to count as one alone still tells a man ("Anxo", "Xabier")."""
    found = helpers.roles(
        "Para esta tarde está prevista una reunión entre la alcaldesa de Lorca y la de "
        "Murcia, Ana Gil; de Jaén, Anxo Lema; Soria, Xabier Otxoa, y Teruel, Marta Ruiz, "
        "para tratar la acogida."
    )
    assert found["Anxo Lema"] == "alcalde de Jaén"
    assert found["Xabier Otxoa"] == "alcalde de Soria"
    assert found["Marta Ruiz"] == "alcaldesa de Teruel"


def test_a_greek_plural_role_of_places_names_each_mayor_after_a_town_in_the_genitive():
    """ "του Ηρακλείου": a neuter town's genitive read back to the name the gazetteer keeps
    (Ηράκλειον), so the list of towns and mayors goes on past it."""
    found = helpers.roles(
        "Ενημερώθηκαν σήμερα οι δήμαρχοι του Ηρακλείου, Νίκος Παππάς, των Χανίων, Τάσος "
        "Ράπτης, σε συνάντηση για το προσφυγικό."
    )
    assert found["Νίκος Παππάς"] == "δήμαρχος του Ηρακλείου"
    assert (found.get("Τάσος Ράπτης") or "").startswith("δήμαρχος")


def test_a_role_first_list_whose_places_run_into_the_names():
    roles = helpers.roles(
        "Interverranno il Sindaco di Castel Nuovo Paolo Riva, il Sindaco di Monte Alto "
        "Giulia Sarti e l'Assessore alla casa di Borgo Franco Luca Dini."
    )
    assert roles["Paolo Riva"] == "Sindaco di Castel Nuovo"
    assert roles["Giulia Sarti"] == "Sindaco di Monte Alto"


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "La ședință au participat Ioana Rusu, șeful Serviciului de Imigrări Alba, Mihai "
            "Stan, inspector-șef al Poliției Alba, Dan Pop, comisar-șef din cadrul Direcției "
            "pentru Pașapoarte, Elena Marin, reprezentantă a Primăriei Alba Iulia, și alții.",
            {
                "Ioana Rusu": "șeful Serviciului de Imigrări Alba",
                "Mihai Stan": "inspector-șef al Poliției Alba",
                "Dan Pop": "comisar-șef din cadrul Direcției pentru Pașapoarte",
                "Elena Marin": "reprezentantă a Primăriei Alba Iulia",
            },
        ),
        (
            "Alla riunione c'erano Paolo Riva, ispettore della Polizia locale, e Marta Conti, "
            "commissaria della Questura.",
            {
                "Paolo Riva": "ispettore della Polizia locale",
                "Marta Conti": "commissaria della Questura",
            },
        ),
    ],
)
def test_a_name_first_list_keeps_each_role_said_after_its_name(text, roles):
    """Inspectors, police commissioners and women representatives are role heads too, so
    the role after each name is its own and not the next person's."""
    assert helpers.roles(text) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Für Kiel waren Anna Berg, Leiterin des Sozialamts, Jan Smit vom Bezirksamt Nord, "
            "und Eva Lind mit dabei.",
            {"Anna Berg": "Leiterin des Sozialamts", "Jan Smit": None},
        ),
        (
            "La eveniment sunt prezenți ministrul Muncii, Ion Pop, secretarul de stat în "
            "Ministerul de Externe, Ana Gil, deputatul Dan Rusu.",
            {
                "Ion Pop": "ministrul Muncii",
                "Ana Gil": "secretarul de stat în Ministerul de Externe",
                "Dan Rusu": "deputatul",
            },
        ),
        (
            "Remarks were delivered by Ann Lee (Deputy Mayor of Millbrook), Eva Lind "
            "(Vice-President of the Northshire Region) and Tom Wood (Network President).",
            {
                "Ann Lee": "Deputy Mayor of Millbrook",
                "Eva Lind": "Vice-President of the Northshire Region",
            },
        ),
        (
            "Sono intervenuti Marco Neri, fondatore di Rete Aperta, e Carla Bianchi.",
            {"Marco Neri": "fondatore di Rete Aperta"},
        ),
    ],
)
def test_a_list_that_opens_on_a_name_or_on_a_role_pairs_roles_by_its_opening(text, roles):
    """A list opening on a name gives each name the role said after it (never to the next
    name); a list opening on a role gives each name the role said before it; a bracket
    after a name is that name's; founders and deputies are role heads."""
    found = helpers.roles(text)
    assert {name: found.get(name) for name in roles} == roles
