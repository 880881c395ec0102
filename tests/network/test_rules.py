"""Who is a member and who acts for a municipality: the bodies a user works for, once."""

import pytest
from django.contrib.auth.models import AnonymousUser

from citypeers.network.models import Municipality, Person
from citypeers.network.rules import bodies_of, is_member, municipality_officers, people_readers
from tests.factories import PersonFactory, UserFactory
from tests.generated_network import build_network, disagreements

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_municipality_officers_predicate_and_query_agree(seed):
    network = build_network(seed, documents=False)

    assert disagreements(municipality_officers, network.municipalities, network.users) == []


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_people_readers_predicate_and_query_agree(seed):
    network = build_network(seed, documents=False)
    people = [PersonFactory() for _ in range(3)]

    assert disagreements(people_readers, people, network.users) == []


def test_people_readers_are_members_and_coordinators(roles):
    roles = {**roles, "unaffiliated account": UserFactory()}
    PersonFactory()

    table = {role: people_readers.queryset(user).count() for role, user in roles.items()}

    assert table == {
        "visitor": 0,
        "unaffiliated account": 0,
        "member of the city": 1,
        "member of another city": 1,
        "member of an organisation": 1,
        "coordinator": 1,
        "admin": 1,
    }
    assert Person.objects.count() == 1


def test_rules_table_over_roles(roles, municipality):
    roles = {**roles, "unaffiliated account": UserFactory()}
    permissions = ["network.edit_profile", "network.see_people"]

    table = {
        role: [user.has_perm(p, municipality) for p in permissions] for role, user in roles.items()
    }

    assert table == {
        "visitor": [False, False],
        "unaffiliated account": [False, False],
        "member of the city": [True, True],
        "member of another city": [False, True],
        "member of an organisation": [False, True],
        "coordinator": [True, True],
        "admin": [True, True],
    }


def test_member_means_affiliated(member, organisation_member):
    assert [
        is_member(u) for u in (AnonymousUser(), UserFactory(), member, organisation_member)
    ] == [
        False,
        False,
        True,
        True,
    ]


def test_inactive_account_works_for_no_body(member, municipality):
    member.is_active = False

    assert bodies_of(member).municipalities == frozenset()
    assert not municipality_officers.queryset(member).filter(pk=municipality.pk).exists()
    assert Municipality.objects.filter(pk=municipality.pk).exists()
