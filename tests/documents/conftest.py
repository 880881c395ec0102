import pytest

from citypeers.accounts.enums import Role
from citypeers.events.models import Event
from tests.factories import (
    AffiliationFactory,
    EventFactory,
    EventParticipantFactory,
    OrganisationFactory,
    PracticeFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Argon2 is the site's hasher (tested in accounts); here users are many, hashes cheap."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def make_event(*, municipalities=(), organisations=(), title="Peer exchange") -> Event:
    event = EventFactory(title=title)
    for municipality in municipalities:
        EventParticipantFactory(event=event, municipality=municipality)
    for organisation in organisations:
        EventParticipantFactory(event=event, municipality=None, organisation=organisation)
    return event


@pytest.fixture
def partner_organisation(db):
    return OrganisationFactory(name="European Solidarity Centre")


@pytest.fixture
def event(municipality, partner_organisation):
    """An exchange in which ``municipality`` (the ``member``'s) and an organisation took part.

    (``practice`` is the same situation for a practice: run by ``municipality``, with the
    organisation as partner.)
    """
    return make_event(municipalities=[municipality], organisations=[partner_organisation])


@pytest.fixture
def practice(municipality, partner_organisation):
    """A published practice of ``municipality`` (the ``member``'s), with a partner body."""
    practice = PracticeFactory(municipality=municipality, name="Welcome desk")
    practice.partners.add(partner_organisation)
    return practice


@pytest.fixture
def organisation_member(partner_organisation):
    """A user of the participating organisation (not of a municipality)."""
    user = UserFactory(role=Role.USER)
    AffiliationFactory(user=user, organisation=partner_organisation)
    return user


@pytest.fixture
def stored_files(media_root):
    """The files under the test MEDIA_ROOT, as a sorted list of relative paths."""

    def listing() -> list[str]:
        if not media_root.exists():
            return []
        return sorted(str(p.relative_to(media_root)) for p in media_root.rglob("*") if p.is_file())

    return listing
