import pytest
from django.core.management import CommandError, call_command

from citypeers.network.models import Enrolment
from tests.factories import MunicipalityFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


def test_enrol_finds_municipalities_by_any_name():
    programme = ProgrammeFactory(short_name="P1")
    florence = MunicipalityFactory(name="Florence", alternate_names=["Firenze"])

    call_command("enrol", "Firenze", programme="P1", verbosity=0)

    assert list(Enrolment.objects.values_list("programme", "municipality")) == [
        (programme.pk, florence.pk)
    ]


def test_enrol_with_an_unknown_name_enrols_nobody_and_names_it():
    ProgrammeFactory(short_name="P1")
    MunicipalityFactory(name="Florence")

    with pytest.raises(CommandError, match="Not in the directory: Atlantis"):
        call_command("enrol", "Florence", "Atlantis", programme="P1", verbosity=0)

    assert not Enrolment.objects.exists()


def test_enrol_twice_keeps_one_membership():
    ProgrammeFactory(short_name="P1")
    MunicipalityFactory(name="Florence")

    call_command("enrol", "Florence", programme="P1", verbosity=0)
    call_command("enrol", "Florence", programme="P1", verbosity=0)

    assert Enrolment.objects.count() == 1


def test_enrol_in_an_unknown_programme_is_a_clear_error():
    with pytest.raises(CommandError, match="No programme is called “Nope”"):
        call_command("enrol", "Florence", programme="Nope", verbosity=0)
