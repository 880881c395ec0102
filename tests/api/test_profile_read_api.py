"""A city's profile reads in the API as its page shows it, all it lets one write."""

import pytest

from citypeers.network.models import CityProfile
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


def test_the_profile_reads_its_services_and_notes_as_the_page_shows_them(client):
    municipality = MunicipalityFactory()
    CityProfile.objects.create(
        municipality=municipality, services="Welcome desk", notes="Figures from 2023"
    )

    profile = client.get(f"/api/v1/network/municipalities/{municipality.pk}").json()["profile"]

    assert (profile["services"], profile["notes"]) == ("Welcome desk", "Figures from 2023")
