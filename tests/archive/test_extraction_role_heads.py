"""Role head nouns of the programme languages that name a person's post (a representative, an
under-secretary, an ambassador, a US council member), and where a role stops when "and to"
a new person follows (made-up sentences in our own words)."""

import pytest

from tests.archive import extraction_helpers as helpers


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Beim Treffen in Kassel sprach der Vertreter der Finnischen Botschaft in Berlin, "
            "Lukas Brenner, über Sprachkurse.",
            "Lukas Brenner",
            "Vertreter der Finnischen Botschaft in Berlin",
        ),
        (
            "Beim Treffen in Kassel sprach die Vertreterin des Landkreises, Sabine Roth, "
            "über Wohnungen.",
            "Sabine Roth",
            "Vertreterin des Landkreises",
        ),
        (
            "Infine è intervenuto Luca Ferraris, esponente della Rete Civica per i Diritti, "
            "sul tema dell'accoglienza.",
            "Luca Ferraris",
            "esponente della Rete Civica per i Diritti",
        ),
        (
            "Ha concluso i lavori Marta Vinci, sottosegretaria di Stato, ministero del Lavoro.",
            "Marta Vinci",
            "sottosegretaria di Stato",
        ),
        (
            "The group met with City Councilmember Joan Parker at City Hall.",
            "Joan Parker",
            "City Councilmember",
        ),
        (
            "In Lisbon the delegates met Ambassador Peter Holm, who spoke about housing.",
            "Peter Holm",
            "Ambassador",
        ),
        (
            "La delegación fue recibida por la embajadora de Suecia, Karin Lund, en Madrid.",
            "Karin Lund",
            "embajadora de Suecia",
        ),
        (
            "W Lublinie głos zabrała Przedstawicielka Urzędu Wojewódzkiego, Anna Zając.",
            "Anna Zając",
            "Przedstawicielka Urzędu Wojewódzkiego",
        ),
    ],
)
def test_a_representative_undersecretary_ambassador_or_councilmember_is_a_role(text, name, role):
    assert (helpers.roles(text).get(name) or "").startswith(role)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Le conclusioni sono affidate a Carlo Ferri, presidente della Rete, e a Lucia "
            "Gatti, sottosegretario di Stato, Ministero dell'Interno.",
            {"Carlo Ferri": "presidente della Rete", "Lucia Gatti": "sottosegretario di Stato"},
        ),
        (
            "The closing words were given to Mark Hale, President of the Network, and to Ruth "
            "Cole, Undersecretary of State, Home Office.",
            {"Mark Hale": "President of the Network", "Ruth Cole": "Undersecretary of State"},
        ),
    ],
)
def test_a_role_stops_before_and_to_a_new_person(text, roles):
    found = helpers.roles(text)
    for name, role in roles.items():
        assert (found.get(name) or "").startswith(role), found
    assert not any(other in (found.get(name) or "") for name in roles for other in roles)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Delegację reprezentowało dwóch Zastępców Burmistrza, Panią Ewę Nowak, która "
            "odpowiada za oświatę.",
            "Ewa Nowak",
            "Zastępca Burmistrza",
        ),
        (
            "Gości przywitało dwóch Dyrektorów Biura, Pan Jan Lis, który prowadzi szkolenia.",
            "Jan Lis",
            "Dyrektor Biura",
        ),
    ],
)
def test_a_polish_role_in_the_genitive_plural_names_each_person_in_the_nominative(text, name, role):
    assert helpers.roles(text).get(name) == role


def test_a_capitalised_rank_before_a_lower_case_head_takes_the_words_before_it():
    found = helpers.roles("City Council Vice president Joan Parker says the visit went well.")
    assert found.get("Joan Parker") == "City Council Vice president"


def test_a_spanish_representative_after_a_name_is_a_role():
    text = (
        "La reunión se celebró en Cuenca. Rocío Ibarra, representante de la Red Andina de "
        "Ciudades, presentó el plan de acogida."
    )

    assert helpers.roles(text)["Rocío Ibarra"] == "representante de la Red Andina de Ciudades"


def test_a_spanish_officer_in_charge_before_a_name_is_a_role():
    text = (
        "La reunión se celebró en Cuenca. Al cierre, el encargado de Cooperación de la Red "
        "Andina de Ciudades, Tomás Echeverri, agradeció la acogida."
    )

    assert helpers.roles(text)["Tomás Echeverri"].startswith("encargado de Cooperación")
