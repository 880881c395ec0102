"""Fixtures shared by every app's tests: users by role and a private media folder."""

import os

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.utils import translation

from citypeers.accounts.enums import Role
from citypeers.config import settings as project_settings
from tests.factories import (
    AffiliationFactory,
    MunicipalityFactory,
    OrganisationFactory,
    UserFactory,
)

# Playwright's sync API runs an event loop in the test thread; Django allows the ORM there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A request to an /it/ address leaves Italian active in the thread: reset it."""
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings):
    """Tasks (e-mail, rounds) run inside the test, not in a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


# The settings' first hasher, Argon2, takes a tenth of a second or more per password (100 MB
# of memory by design); every account a test makes or signs in with would pay it.
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Passwords in tests are hashed with a fast hasher; ``production_hashers`` restores
    the settings' own list where the hashing itself is what a test checks."""
    settings.PASSWORD_HASHERS = FAST_HASHERS


@pytest.fixture
def production_hashers(settings):
    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS


@pytest.fixture(autouse=True)
def empty_cache():
    """Counts kept in the cache (the API's rate limit) start afresh in each test."""
    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Every test writes its files to a fresh folder, never to var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def municipality(db):
    return MunicipalityFactory()


@pytest.fixture
def member(db, municipality):
    """A signed-in officer of ``municipality``."""
    user = UserFactory(role=Role.USER)
    AffiliationFactory(user=user, municipality=municipality)
    return user


@pytest.fixture
def outsider(db):
    """A member of another municipality."""
    user = UserFactory(role=Role.USER)
    AffiliationFactory(user=user, municipality=MunicipalityFactory())
    return user


@pytest.fixture
def organisation_member(db):
    """A member of an organisation (no municipality)."""
    user = UserFactory(role=Role.USER)
    AffiliationFactory(user=user, organisation=OrganisationFactory())
    return user


@pytest.fixture
def coordinator(db):
    return UserFactory(role=Role.COORDINATOR, is_staff=True)


@pytest.fixture
def admin_user(db):
    return UserFactory(role=Role.ADMIN, is_staff=True, is_superuser=True)


@pytest.fixture
def visitor_client(client):
    return client


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def roles(member, outsider, organisation_member, coordinator, admin_user):
    """One user of each kind the rules tell apart, by name (``member`` works for
    ``municipality``)."""
    return {
        "visitor": AnonymousUser(),
        "member of the city": member,
        "member of another city": outsider,
        "member of an organisation": organisation_member,
        "coordinator": coordinator,
        "admin": admin_user,
    }
