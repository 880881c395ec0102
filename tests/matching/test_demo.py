"""The demo shows matching at work on the seed network, from what its meetings covered."""

import pytest

from citypeers.events import demo as events_demo
from citypeers.matching import demo
from citypeers.matching.enums import RequestStatus, RoundStatus
from citypeers.matching.models import ExchangeRequest, Round
from citypeers.matching.suggestions import best_peers
from citypeers.network import demo as network_demo
from citypeers.network.models import CityProfile, Municipality
from citypeers.practices import demo as practices_demo
from tests.events.test_demo import CITIES
from tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_network():
    for name, country, zone in CITIES:
        MunicipalityFactory(name=name, country__code=country, timezone=zone, population=100_000)
    network_demo.load_demo_data()
    events_demo.load_demo_data()
    practices_demo.load_demo_data()


def test_demo_matching_loads_once_with_a_request_at_each_step_and_a_round(seed_network):
    demo.load_demo_data()
    counts = (ExchangeRequest.objects.count(), Round.objects.count())

    demo.load_demo_data()

    assert (ExchangeRequest.objects.count(), Round.objects.count()) == counts
    assert sorted(ExchangeRequest.objects.values_list("status", flat=True)) == sorted(
        [RequestStatus.OPEN, RequestStatus.INVITED, RequestStatus.ACCEPTED, RequestStatus.DECLINED]
    )
    assert all(r.message.startswith(demo.DEMO_NOTE) for r in ExchangeRequest.objects.all())
    assert ExchangeRequest.objects.get(status=RequestStatus.ACCEPTED).event is not None
    assert Round.objects.get().status == RoundStatus.READY


def test_demo_challenges_are_the_themes_of_each_citys_meetings(seed_network):
    demo.load_demo_data()

    florence = CityProfile.objects.get(municipality__name="Florence")
    assert "housing" in set(florence.challenges.values_list("theme", flat=True))
    assert florence.notes == demo.PROFILE_NOTE
    assert set(florence.communities.values_list("country_id", flat=True)) == {"RO"}


def test_demo_suggestions_name_what_the_meetings_covered(seed_network):
    demo.load_demo_data()
    florence = Municipality.objects.get(name="Florence")

    peers = best_peers(florence, limit=9)

    assert "Cluj-Napoca" in [peer.municipality.name for peer in peers]
    assert all(peer.municipality.country_id != "IT" for peer in peers)
