import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from citypeers.accounts.enums import Role
from citypeers.accounts.services import assign_role
from citypeers.network.models import Affiliation
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


def test_createcoordinator_makes_a_coordinator_with_admin_access(monkeypatch):
    monkeypatch.setenv("FIRST_PASSWORD", "a-long-and-unusual-passphrase")

    call_command(
        "createcoordinator", "alice", email="alice@example.org", password_from_env="FIRST_PASSWORD"
    )

    alice = get_user_model().objects.get(username="alice")
    assert (alice.role, alice.is_staff, alice.is_coordinator) == (Role.COORDINATOR, True, True)
    assert alice.check_password("a-long-and-unusual-passphrase")


def test_createcoordinator_refuses_a_weak_password_and_creates_nobody(monkeypatch):
    monkeypatch.setenv("FIRST_PASSWORD", "123")

    with pytest.raises(CommandError, match="too short"):
        call_command("createcoordinator", "bob", password_from_env="FIRST_PASSWORD")

    assert not get_user_model().objects.filter(username="bob").exists()


def test_createcoordinator_names_a_missing_password_variable(monkeypatch):
    monkeypatch.delenv("NOT_SET_ANYWHERE", raising=False)

    with pytest.raises(CommandError, match="NOT_SET_ANYWHERE is empty or unset"):
        call_command("createcoordinator", "carol", password_from_env="NOT_SET_ANYWHERE")


def test_createcoordinator_account_affiliates_a_member_in_the_admin(client, monkeypatch, member):
    monkeypatch.setenv("FIRST_PASSWORD", "a-long-and-unusual-passphrase")
    call_command("createcoordinator", "alice", password_from_env="FIRST_PASSWORD")
    alice = get_user_model().objects.get(username="alice")
    municipality = MunicipalityFactory(name="Ghent")
    client.force_login(alice)

    index = client.get("/en/admin/")
    found = client.get(
        "/en/admin/autocomplete/",
        {"app_label": "network", "model_name": "affiliation", "field_name": "user"},
    )
    added = client.post(
        "/en/admin/network/affiliation/add/", {"user": member.pk, "municipality": municipality.pk}
    )

    assert index.status_code == 200
    assert "Affiliations" in index.content.decode()
    assert "have permission to view or edit anything" not in index.content.decode()
    assert member.username in [r["text"] for r in found.json()["results"]]
    assert added.status_code == 302
    assert list(
        Affiliation.objects.filter(municipality=municipality).values_list("user", flat=True)
    ) == [member.pk]


def test_a_coordinator_made_member_loses_the_admin(client, coordinator):
    assign_role(user=coordinator, role=Role.COORDINATOR)
    assign_role(user=coordinator, role=Role.USER)
    client.force_login(coordinator)

    response = client.get("/en/admin/")

    coordinator.refresh_from_db()
    assert (coordinator.is_staff, coordinator.groups.count()) == (False, 0)
    assert response.status_code == 302
