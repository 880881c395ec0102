import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english_by_default():
    """Requests to /it/ pages activate Italian in the thread; start and end each test in English."""
    translation.activate("en")
    yield
    translation.activate("en")
