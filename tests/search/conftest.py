"""A small network in which "housing" is found in every kind of object."""

import datetime as dt
from dataclasses import dataclass

import pytest
from django.utils import timezone

from citypeers.practices.vectors import practice_vectors
from tests.factories import (
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PracticeFactory,
)


@pytest.fixture(autouse=True)
def fresh_vectors():
    """The practices' in-memory vectors start empty (rows roll back between tests)."""
    practice_vectors.cache_clear()
    yield
    practice_vectors.cache_clear()


@dataclass
class HousingNetwork:
    florence: object
    practice: object
    event: object
    public_document: object
    members_document: object
    organisation: object
    person: object


@pytest.fixture
def housing_network(db) -> HousingNetwork:
    florence = MunicipalityFactory(name="Florence", alternate_names=["Firenze", "Florenz"])
    practice = PracticeFactory(
        name="Housing first for families",
        summary="Flats before anything else.",
        municipality=florence,
    )
    event = EventFactory(
        title="Second exchange",
        status="concluded",
        report="<p>The two cities compared their <b>social housing</b> waiting lists.</p>",
        report_published_at=timezone.now() - dt.timedelta(days=1),
    )
    EventParticipantFactory(event=event, municipality=florence)
    public_document = DocumentFactory(item=event, title="Housing toolkit", visibility="public")
    members_document = DocumentFactory(item=event, title="Housing survey", visibility="members")
    organisation = OrganisationFactory(name="Housing Europe", short_name="HE")
    person = PersonFactory(name="Maria Housman")
    return HousingNetwork(
        florence, practice, event, public_document, members_document, organisation, person
    )
