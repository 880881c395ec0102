import pytest
from django.core.management import call_command

from citypeers.network.models import Country, Municipality


@pytest.fixture(scope="module")
def directory(django_db_setup, django_db_blocker):
    """The real EU directory, loaded once for a module of read-only tests, then removed."""
    with django_db_blocker.unblock():
        call_command("load_geodata", verbosity=0)
    yield
    with django_db_blocker.unblock():
        Municipality.objects.all().delete()
        Country.objects.all().delete()
