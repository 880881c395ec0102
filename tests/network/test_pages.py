import re

import pytest
from django.urls import reverse
from django.utils import translation

from citypeers.events.templatetags import events_tags
from citypeers.network.models import Unit
from citypeers.network.rules import people_readers
from citypeers.network.selectors import unit_tree
from tests.factories import (
    EventParticipantFactory,
    EventPersonFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PersonRoleFactory,
    UserFactory,
)

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


def test_unit_tree_nests_units_and_shows_each_once():
    organisation = OrganisationFactory()
    other = OrganisationFactory()
    top = Unit.objects.create(organisation=organisation, name="Top")
    inner = Unit.objects.create(organisation=organisation, name="Inner", parent=top)
    deeper = Unit.objects.create(organisation=organisation, name="Deeper", parent=inner)
    foreign_parent = Unit.objects.create(organisation=other, name="Elsewhere")
    stray = Unit.objects.create(organisation=organisation, name="Stray", parent=foreign_parent)
    loop_a = Unit.objects.create(organisation=organisation, name="Loop A")
    loop_b = Unit.objects.create(organisation=organisation, name="Loop B", parent=loop_a)
    Unit.objects.filter(pk=loop_a.pk).update(parent=loop_b)
    under_loop = Unit.objects.create(organisation=organisation, name="Under loop", parent=loop_a)

    tree = unit_tree(organisation.units.order_by("pk"))

    def shape(nodes):
        return [(node.unit.name, shape(node.children)) for node in nodes]

    assert shape(tree) == [
        ("Top", [("Inner", [("Deeper", [])])]),
        ("Stray", []),
        ("Loop A", [("Under loop", [])]),
        ("Loop B", []),
    ]
    assert {deeper.pk, stray.pk, under_loop.pk} <= set(
        organisation.units.values_list("pk", flat=True)
    )


def test_organisation_meetings_are_paginated_newest_first(client, monkeypatch):
    monkeypatch.setattr(events_tags, "ORGANISATION_EVENTS_PER_PAGE", 2)
    organisation = OrganisationFactory()
    titles = []
    for index in range(3):
        party = EventParticipantFactory(
            organisation=organisation, municipality=None, event__title=f"Meeting {index}"
        )
        titles.append(party.event.title)

    first = client.get(organisation.get_absolute_url()).content.decode()
    second = client.get(organisation.get_absolute_url(), {"page": "2"}).content.decode()
    junk = client.get(organisation.get_absolute_url(), {"page": "x\x00"})

    shown = r'<h3><a href="/en/events/\d+/">([^<]+)</a></h3>'
    assert re.findall(shown, first) == ["Meeting 2", "Meeting 1"]
    assert re.findall(shown, second) == ["Meeting 0"]
    assert 'rel="next"' in first and 'rel="prev"' in second
    assert junk.status_code == 200


def test_organisation_meetings_leave_out_what_its_people_did_for_another_body(client):
    organisation = OrganisationFactory()
    role = PersonRoleFactory(organisation=organisation, municipality=None)
    elsewhere = EventParticipantFactory(event__title="For their city")
    EventPersonFactory(event=elsewhere.event, person=role.person, participant=elsewhere)
    unrecorded = EventPersonFactory(event__title="Body not recorded", person=role.person)

    html = client.get(organisation.get_absolute_url()).content.decode()

    assert unrecorded.event.title in html
    assert "For their city" not in html
