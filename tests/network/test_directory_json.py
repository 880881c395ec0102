"""The suggestions of the directory's pickers, as JSON: what they list, for whom, and
what they answer to a query that cannot be a name."""

import pytest
from django.urls import reverse

from tests.factories import (
    CountryFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PersonRoleFactory,
)

pytestmark = pytest.mark.django_db

ROWS = [1, 3]


def suggestions(client, name, query):
    return client.get(reverse(f"network:{name}"), {"q": query})


def test_countries_are_suggested_by_a_name_in_any_language(client):
    CountryFactory(code="UA")
    CountryFactory(code="GB")

    english = suggestions(client, "directory_countries", "ukr").json()
    italian = suggestions(client, "directory_countries", "ucra").json()

    assert english == {"results": [{"id": "UA", "value": "Ukraine", "detail": "UA"}]}
    assert italian == english


def test_country_names_follow_the_page_language(client):
    CountryFactory(code="DE")

    response = client.get("/it/network/directory/country.json", {"q": "germ"})

    assert response.json() == {"results": [{"id": "DE", "value": "Germania", "detail": "DE"}]}


def test_municipalities_are_suggested_with_their_country_exact_names_first(client):
    spain = CountryFactory(code="ES")
    valencia = MunicipalityFactory(name="Valencia", country=spain, population=800_000)
    bigger = MunicipalityFactory(name="Valenciana", country=spain, population=900_000)

    response = suggestions(client, "directory_municipalities", "valencia")

    assert response.json() == {
        "results": [
            {
                "id": valencia.pk,
                "value": "Valencia (ES)",
                "detail": "Spain",
                "fields": {"name": "Valencia", "country": "ES"},
            },
            {
                "id": bigger.pk,
                "value": "Valenciana (ES)",
                "detail": "Spain",
                "fields": {"name": "Valenciana", "country": "ES"},
            },
        ]
    }


def test_organisations_are_suggested_by_name_or_short_name(client):
    iom = OrganisationFactory(name="International Organization for Migration", short_name="IOM")
    OrganisationFactory(name="Eurocities")

    response = suggestions(client, "directory_organisations", "iom")

    assert response.json() == {
        "results": [
            {
                "id": iom.pk,
                "value": iom.name,
                "detail": "IOM",
                "fields": {"name": iom.name, "kind": iom.kind},
            }
        ],
    }


def test_people_are_suggested_to_members_with_where_they_work(client, member):
    person = PersonFactory(name="Anna Rossi")
    PersonRoleFactory(person=person, municipality=MunicipalityFactory(name="Lyon"))
    client.force_login(member)

    response = suggestions(client, "directory_people", "rossi")

    assert response.json() == {
        "results": [{"id": person.pk, "value": "Anna Rossi", "detail": "Lyon"}]
    }


def test_people_are_hidden_from_visitors_and_from_accounts_of_no_body(client, django_user_model):
    PersonFactory(name="Anna Rossi")
    unaffiliated = django_user_model.objects.create_user("nobody", password="x" * 20)

    visitor = suggestions(client, "directory_people", "rossi")
    client.force_login(unaffiliated)
    signed_in = suggestions(client, "directory_people", "rossi")

    assert visitor.status_code == 302
    assert visitor["Location"].startswith(reverse("accounts:login"))
    assert signed_in.status_code == 404
    assert "Rossi" not in visitor.content.decode() + signed_in.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (None, "Type a few letters of a name."),
        ("", "Type a few letters of a name."),
        ("?!", "Type a few letters of a name."),
        ("x" * 101, "Type at most 100 characters."),
        ("Ky\x00iv", "Write this on one line, without line breaks or control characters."),
    ],
)
def test_a_query_that_cannot_be_a_name_is_refused_with_its_reason(client, query, message):
    url = reverse("network:directory_municipalities")

    response = client.get(url, {} if query is None else {"q": query})

    assert (response.status_code, response.json()) == (400, {"error": message})


def test_suggestions_answer_only_get(client):
    response = client.post(reverse("network:directory_countries"), {"q": "ukr"})

    assert response.status_code == 405


@pytest.mark.parametrize("rows", ROWS)
def test_municipality_suggestions_take_one_query(client, django_assert_num_queries, rows):
    for index in range(rows):
        MunicipalityFactory(name=f"Lyon {index}")

    with django_assert_num_queries(1):
        response = suggestions(client, "directory_municipalities", "lyon")

    assert len(response.json()["results"]) == rows


@pytest.mark.parametrize("rows", ROWS)
def test_country_suggestions_take_one_query(client, django_assert_num_queries, rows):
    for code in ["AT", "AU", "AM"][:rows]:
        CountryFactory(code=code)

    with django_assert_num_queries(1):
        response = suggestions(client, "directory_countries", "a")

    assert len(response.json()["results"]) == rows


@pytest.mark.parametrize("rows", ROWS)
def test_organisation_suggestions_take_one_query(client, django_assert_num_queries, rows):
    for index in range(rows):
        OrganisationFactory(name=f"Agency {index}", country=CountryFactory(code="IT"))

    with django_assert_num_queries(1):
        response = suggestions(client, "directory_organisations", "agency")

    assert len(response.json()["results"]) == rows


@pytest.mark.parametrize("rows", ROWS)
def test_people_suggestions_take_the_same_queries_for_one_or_three(
    client, member, django_assert_num_queries, rows
):
    for index in range(rows):
        person = PersonFactory(name=f"Rossi {index}")
        PersonRoleFactory(person=person, municipality=MunicipalityFactory())
    client.force_login(member)

    # The session, the user, the bodies they work for; the people, their current roles.
    with django_assert_num_queries(5):
        response = suggestions(client, "directory_people", "rossi")

    assert len(response.json()["results"]) == rows
