"""Who is a member and who acts for a municipality: the bodies a user works for, once."""

import pytest
from django.contrib.auth.models import AnonymousUser

from citypeers.network.models import Municipality
from citypeers.network.rules import bodies_of, is_member, municipality_officers
from tests.factories import UserFactory
from tests.generated_network import build_network, disagreements

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_municipality_officers_predicate_and_query_agree(seed):
    network = build_network(seed, documents=False)

    assert disagreements(municipality_officers, network.municipalities, network.users) == []


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
