"""A body's people, as the site's pages and the API show them, from one selector."""

import pytest
from django.contrib.auth.models import AnonymousUser

from citypeers.network.selectors import people_of_municipality, people_shown
from tests.api.tokens import sign_in
from tests.factories import PersonRoleFactory

pytestmark = pytest.mark.django_db


def test_names_for_members_and_how_many_for_anyone_else(client, member, municipality):
    PersonRoleFactory(municipality=municipality, person__name="Ada Rossi")
    roles = people_of_municipality(municipality)

    shown, count = people_shown(member, roles)
    hidden = people_shown(AnonymousUser(), roles)
    sign_in(client, member)
    api = client.get(f"/api/v1/network/municipalities/{municipality.pk}").json()["people"]

    assert ([role.person.name for role in shown], count) == (["Ada Rossi"], None)
    assert hidden == (None, 1)
    assert api["count"] == 1 and api["roles"][0]["person"] == "Ada Rossi"
