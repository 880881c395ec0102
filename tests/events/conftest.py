import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_cache():
    """Filter counts are cached per process; every test starts without them."""
    cache.clear()
    yield
    cache.clear()
