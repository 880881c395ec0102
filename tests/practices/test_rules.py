"""Who may see, edit and file practices: one policy per rule, its two forms held together."""

import pytest
from django.core.exceptions import ValidationError

from citypeers.practices.models import Practice
from citypeers.practices.rules import practice_bodies, practice_editors, practice_readers
from citypeers.practices.services import create_practice, update_practice
from tests.factories import MunicipalityFactory, PracticeFactory
from tests.generated_network import build_network, disagreements

pytestmark = pytest.mark.django_db

SEEDS = [1, 2, 3]


@pytest.mark.parametrize("policy", [practice_readers, practice_editors, practice_bodies])
@pytest.mark.parametrize("seed", SEEDS)
def test_practice_policies_predicate_and_query_agree(policy, seed):
    network = build_network(seed, documents=False)

    assert disagreements(policy, network.practices, network.users) == []


def test_rules_table_over_roles(roles, member):
    city = member.affiliations.get().municipality
    draft = PracticeFactory(status="draft", municipality=city)
    permissions = ["practices.view_practice", "practices.change_practice"]

    table = {role: [user.has_perm(p, draft) for p in permissions] for role, user in roles.items()}

    assert table == {
        "visitor": [False, False],
        "member of the city": [True, True],
        "member of another city": [False, False],
        "member of an organisation": [False, False],
        "coordinator": [True, True],
        "admin": [True, True],
    }


def test_member_may_not_file_a_practice_under_another_city(member):
    other_city = MunicipalityFactory()

    with pytest.raises(ValidationError) as refused:
        create_practice(by=member, name="Welcome desk", language="en", municipality=other_city)

    assert other_city.name in str(refused.value)
    assert not Practice.objects.exists()


def test_member_may_not_move_a_practice_to_another_city(member):
    practice = PracticeFactory(municipality=member.affiliations.get().municipality)
    other_city = MunicipalityFactory()

    with pytest.raises(ValidationError):
        update_practice(practice=practice, by=member, municipality=other_city)

    practice.refresh_from_db()
    assert practice.municipality == member.affiliations.get().municipality


def test_member_may_not_file_a_practice_under_no_city(member):
    with pytest.raises(ValidationError) as refused:
        create_practice(by=member, name="Welcome desk", language="en")

    assert list(refused.value.message_dict) == ["municipality"]
    assert not Practice.objects.exists()


def test_member_may_not_take_a_practice_out_of_its_city(member):
    city = member.affiliations.get().municipality
    practice = PracticeFactory(municipality=city)

    with pytest.raises(ValidationError):
        update_practice(practice=practice, by=member, municipality=None)

    practice.refresh_from_db()
    assert practice.municipality == city


def test_member_files_a_practice_under_own_city(member):
    city = member.affiliations.get().municipality

    practice = create_practice(by=member, name="Welcome desk", language="en", municipality=city)

    assert (practice.municipality, practice.created_by) == (city, member)
