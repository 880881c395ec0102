"""Network's own services add the directory's rows, whoever asks (loader, report import)."""

import pytest
from django.core.exceptions import ValidationError

from citypeers.core.geonames import geonames_cities
from citypeers.network.geodata import GEONAMES_FIELDS
from citypeers.network.models import Country, Municipality, MunicipalityName, Organisation, Person
from citypeers.network.services import (
    create_organisation,
    ensure_municipality,
    ensure_person,
)
from tests.factories import MunicipalityFactory, OrganisationFactory, PersonRoleFactory

pytestmark = pytest.mark.django_db

LYON = next(
    g for g, c in geonames_cities().items() if (c["name"], c["countrycode"]) == ("Lyon", "FR")
)


def row(municipality: Municipality) -> dict:
    return {
        field: getattr(municipality, field if field != "country" else "country_id")
        for field in GEONAMES_FIELDS
    }


def test_ensure_municipality_adds_a_place_once_with_its_country_and_names():
    first = ensure_municipality(geonames_id=LYON)
    second = ensure_municipality(geonames_id=LYON)

    assert first == second
    assert (first.name, first.country_id, first.timezone) == ("Lyon", "FR", "Europe/Paris")
    assert Country.objects.get(code="FR").name_en == "France"
    assert MunicipalityName.objects.filter(municipality=first, folded="lione").exists()
    assert Municipality.objects.count() == 1


def test_ensure_municipality_of_an_unknown_place_adds_nothing():
    assert ensure_municipality(geonames_id=1) is None
    assert (Municipality.objects.count(), Country.objects.count()) == (0, 0)


def test_import_and_loader_write_the_same_row_for_a_place(directory):
    loaded = Municipality.objects.get(geonames_id=LYON)
    loaded_names = set(loaded.names.values_list("folded", flat=True))
    loaded.delete()

    added = ensure_municipality(geonames_id=LYON)

    assert row(added) == row(loaded)
    assert set(added.names.values_list("folded", flat=True)) == loaded_names


def test_create_organisation_refuses_an_unknown_kind_and_saves_nothing():
    with pytest.raises(ValidationError) as error:
        create_organisation(name="Red Cross", kind="circus")

    assert "kind" in error.value.message_dict
    assert not Organisation.objects.exists()


def test_ensure_person_reuses_the_role_and_fills_an_empty_title():
    municipality = MunicipalityFactory()
    role = PersonRoleFactory(person__name="Anna Rossi", municipality=municipality, title="")

    person, found = ensure_person(name="anna rossi", title="Mayor", municipality=municipality)

    assert (person, found) == (role.person, role)
    assert found.title == "Mayor"
    assert Person.objects.count() == 1


def test_ensure_person_in_another_body_is_a_namesake():
    role = PersonRoleFactory(person__name="Anna Rossi", municipality=MunicipalityFactory())
    elsewhere = OrganisationFactory()

    person, added = ensure_person(name="Anna Rossi", title="Adviser", organisation=elsewhere)

    assert person != role.person
    assert (added.person, added.organisation, added.title) == (person, elsewhere, "Adviser")
    assert Person.objects.count() == 2


def test_ensure_person_without_a_body_reuses_the_person_of_that_name():
    role = PersonRoleFactory(person__name="Anna Rossi", municipality=MunicipalityFactory())

    assert ensure_person(name="ANNA ROSSI") == (role.person, role)
    assert Person.objects.count() == 1
