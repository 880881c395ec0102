"""Organisations and people through the API, as the site shows them to each reader."""

import pytest

from citypeers.network.rules import people_readers
from tests.api.tokens import sign_in
from tests.factories import (
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PersonRoleFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def staff_of(municipality):
    """A director of ``municipality`` and a former officer (a role that ended)."""
    director = PersonRoleFactory(person__name="Ada Rossi", municipality=municipality)
    former = PersonRoleFactory(
        person__name="Bruno Verdi", municipality=municipality, until="2020-01-01"
    )
    return director.person, former.person


def test_organisations_are_found_by_a_part_of_their_short_name(client):
    iom = OrganisationFactory(
        name="International Organization for Migration",
        short_name="IOM",
        kind="international_organization",
    )
    OrganisationFactory(name="Caritas")

    body = client.get("/api/v1/network/organisations", {"q": "io"}).json()

    assert body["count"] == 1
    assert body["items"][0] == {
        "id": iom.pk,
        "name": "International Organization for Migration",
        "short_name": "IOM",
        "kind": "international_organization",
        "country": None,
        "website": "",
        "url": f"http://testserver/en/network/organisations/{iom.pk}/",
        "api_url": f"http://testserver/api/v1/network/organisations/{iom.pk}",
    }


def test_organisations_filter_by_kind_and_order_by_name_reversed(client):
    OrganisationFactory(name="Alpha", kind="academia")
    OrganisationFactory(name="Beta", kind="academia")
    OrganisationFactory(name="Gamma", kind="civil_society")

    body = client.get(
        "/api/v1/network/organisations", {"kind": "academia", "ordering": "-name"}
    ).json()

    assert [item["name"] for item in body["items"]] == ["Beta", "Alpha"]


def test_organisation_kind_that_does_not_exist_is_refused_by_name(client):
    response = client.get("/api/v1/network/organisations", {"kind": "pirates"})

    assert response.status_code == 422
    assert response.json()["detail"].startswith("Invalid input: kind:")


def test_people_are_refused_to_a_visitor_with_the_rule(client, municipality):
    staff_of(municipality)

    response = client.get("/api/v1/network/people")

    assert response.status_code == 401
    assert response.json() == {"detail": str(people_readers.reason), "field": "Authorization"}


def test_people_are_refused_to_a_user_who_is_not_a_member(client, municipality):
    staff_of(municipality)
    sign_in(client, UserFactory())

    response = client.get("/api/v1/network/people")

    assert response.status_code == 403
    assert response.json() == {"detail": str(people_readers.reason), "field": None}


def test_member_lists_people_with_their_current_roles(client, member, municipality):
    director, former = staff_of(municipality)
    sign_in(client, member)

    body = client.get("/api/v1/network/people").json()

    assert [item["name"] for item in body["items"]] == ["Ada Rossi", "Bruno Verdi"]
    assert body["items"][0]["roles"] == [
        {
            "title": "Director",
            "unit": None,
            "municipality_id": municipality.pk,
            "organisation_id": None,
            "body": municipality.name,
        }
    ]
    assert body["items"][0]["email"] == director.email
    assert body["items"][1]["roles"] == []


def test_people_filter_by_municipality_counts_current_roles_only(client, member, municipality):
    staff_of(municipality)
    PersonRoleFactory(person__name="Carla Neri", municipality=MunicipalityFactory())
    sign_in(client, member)

    body = client.get("/api/v1/network/people", {"municipality": municipality.pk, "q": "a"}).json()

    assert [item["name"] for item in body["items"]] == ["Ada Rossi"]


def test_coordinator_reads_a_person(client, coordinator, municipality):
    director, _former = staff_of(municipality)
    sign_in(client, coordinator)

    body = client.get(f"/api/v1/network/people/{director.pk}").json()

    assert (body["name"], body["url"]) == (
        "Ada Rossi",
        f"http://testserver/en/network/people/{director.pk}/",
    )


def test_person_is_401_for_a_visitor_and_404_with_the_reason_for_a_non_member(client):
    person = PersonFactory()

    as_visitor = client.get(f"/api/v1/network/people/{person.pk}")
    sign_in(client, UserFactory())
    as_user = client.get(f"/api/v1/network/people/{person.pk}")

    assert as_visitor.status_code == 401
    assert (as_user.status_code, as_user.json()) == (
        404,
        {"detail": str(people_readers.reason), "field": None},
    )


def test_municipality_page_data_names_people_for_members_only(client, member, municipality):
    staff_of(municipality)
    address = f"/api/v1/network/municipalities/{municipality.pk}"

    as_visitor = client.get(address).json()["people"]
    sign_in(client, member)
    as_member = client.get(address).json()["people"]

    assert as_visitor == {"count": 1, "roles": None}
    assert as_member["count"] == 1
    assert [role["person"] for role in as_member["roles"]] == ["Ada Rossi"]


def test_organisation_detail_lists_its_units(client):
    organisation = OrganisationFactory(name="Caritas")
    unit = organisation.units.create(name="Migrants' desk", kind="office")

    body = client.get(f"/api/v1/network/organisations/{organisation.pk}").json()

    assert body["units"] == [
        {"id": unit.pk, "name": "Migrants' desk", "kind": "office", "parent_id": None}
    ]
    assert body["people"] == {"count": 0, "roles": None}


@pytest.mark.parametrize(
    "address",
    [
        "/api/v1/network/municipalities",
        "/api/v1/network/organisations",
        "/api/v1/events",
        "/api/v1/documents",
        "/api/v1/practices",
    ],
)
def test_unknown_ordering_is_a_400_that_names_it(client, address):
    response = client.get(address, {"ordering": "shoe_size"})

    assert response.status_code == 400
    assert response.json()["detail"].startswith("Unknown ordering 'shoe_size': order by one of")
    assert response.json()["field"] == "ordering"


def test_search_words_on_two_lines_are_refused_with_the_reason(client):
    response = client.get("/api/v1/network/organisations", {"q": "a\nb"})

    assert response.status_code == 422
    assert "one line" in response.json()["detail"]


def test_municipalities_order_by_name(client):
    MunicipalityFactory(name="Zara", population=1)
    MunicipalityFactory(name="Ancona", population=2)

    body = client.get("/api/v1/network/municipalities", {"ordering": "name"}).json()

    assert [item["name"] for item in body["items"]] == ["Ancona", "Zara"]
