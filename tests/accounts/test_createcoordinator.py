import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from citypeers.accounts.enums import Role

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
