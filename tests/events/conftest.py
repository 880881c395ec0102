import datetime as dt

import pytest
from django.core.cache import cache

from citypeers.events import services
from tests.factories import MunicipalityFactory


@pytest.fixture(autouse=True)
def fresh_cache():
    """Filter counts are cached per process; every test starts without them."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def exchange(db):
    """A two-city online exchange between Florence and Cluj-Napoca, two hours in 2030."""
    florence = MunicipalityFactory(name="Florence", timezone="Europe/Rome")
    cluj = MunicipalityFactory(name="Cluj-Napoca", timezone="Europe/Bucharest")
    start = dt.datetime(2030, 12, 3, 9, tzinfo=dt.UTC)
    return services.create_event(
        kind="peer_exchange",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        municipalities=[florence, cluj],
        meeting_url="https://meet.example.org/abc",
        themes=["housing"],
    )
