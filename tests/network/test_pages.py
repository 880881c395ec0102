import pytest
from django.urls import reverse
from django.utils import translation

from citypeers.network.rules import people_readers
from tests.factories import MunicipalityFactory, PersonFactory, PersonRoleFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_person_page_is_for_members_only(client, member):
    person = PersonFactory(email="officer@example.org")
    url = reverse("network:person", kwargs={"pk": person.pk})

    anonymous = client.get(url)
    client.force_login(member)
    signed_in = client.get(url)

    assert anonymous.status_code == 302
    assert "officer@example.org" not in anonymous.content.decode()
    assert "officer@example.org" in signed_in.content.decode()


def test_account_without_affiliation_sees_no_person_page_nor_contacts(client):
    person = PersonFactory(email="officer@example.org")
    client.force_login(UserFactory())

    response = client.get(reverse("network:person", kwargs={"pk": person.pk}))

    assert response.status_code == 404
    assert "officer@example.org" not in response.content.decode()


def test_municipality_page_shows_people_to_members_only(client, member, municipality):
    PersonRoleFactory(person__name="Ada Officer", municipality=municipality)
    url = municipality.get_absolute_url()

    anonymous = client.get(url).content.decode()
    client.force_login(UserFactory())
    unaffiliated = client.get(url).content.decode()
    client.force_login(member)
    signed_in = client.get(url).content.decode()

    assert "Ada Officer" not in anonymous
    assert "Ada Officer" not in unaffiliated
    assert "Ada Officer" in signed_in


def test_municipality_page_is_in_the_requested_language(client, municipality):
    english = client.get(f"/en/network/municipalities/{municipality.pk}/").content.decode()
    italian = client.get(f"/it/network/municipalities/{municipality.pk}/").content.decode()

    assert 'lang="en"' in english and "Profile" in english
    assert 'lang="it"' in italian and "Profilo" in italian


@pytest.mark.parametrize("rows", [1, 3])
def test_municipality_list_query_count_does_not_grow_with_rows(
    client, django_assert_max_num_queries, rows
):
    for _ in range(rows):
        MunicipalityFactory()

    with django_assert_max_num_queries(4):
        response = client.get(reverse("network:municipalities"))

    assert len(response.context["page"].object_list) == rows


def test_unknown_municipality_is_a_404(client):
    assert client.get("/en/network/municipalities/999999/").status_code == 404


@pytest.mark.parametrize("language", ["en", "it"])
def test_about_page_states_the_people_rule_where_it_lives(client, language):
    response = client.get(f"/{language}/about/")

    with translation.override(language):
        rule = str(people_readers.rule)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="who-sees-what"' in html
    assert rule.replace("'", "&#x27;") in html
