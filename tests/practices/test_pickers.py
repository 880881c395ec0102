"""The practice form picks its municipality, partners and contact person from the
directory by name (any language); a name it cannot place, or a city the user may not
file under, is a form error that saves nothing."""

import pytest
from django.urls import reverse

from citypeers.accounts.enums import Role
from citypeers.practices.models import Practice
from tests.factories import (
    AffiliationFactory,
    CountryFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PersonRoleFactory,
    PracticeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CREATE = reverse("practices:create")


@pytest.fixture
def florence(db):
    return MunicipalityFactory(
        name="Florence", country=CountryFactory(code="IT"), alternate_names=["Firenze"]
    )


@pytest.fixture
def officer(florence):
    user = UserFactory(role=Role.USER)
    AffiliationFactory(user=user, municipality=florence)
    return user


def practice_post(**fields) -> dict:
    return {"name": "Casa delle Culture", "language": "it", "save": "1", **fields}


def test_practice_takes_city_partners_and_contact_by_name_in_any_language(
    client, officer, florence
):
    iom = OrganisationFactory(name="International Organization for Migration", short_name="IOM")
    caritas = OrganisationFactory(name="Caritas Firenze")
    ada = PersonFactory(name="Ada Rossi")
    PersonRoleFactory(person=ada, municipality=florence)
    client.force_login(officer)

    response = client.post(
        CREATE,
        practice_post(municipality="firenze", partners="IOM\ncaritas firenze", contact="ada rossi"),
    )

    assert response.status_code == 302
    practice = Practice.objects.get()
    assert practice.municipality == florence
    assert set(practice.partners.all()) == {iom, caritas}
    assert practice.contact == ada


def test_a_city_the_member_does_not_work_for_is_refused_by_name(client, officer):
    MunicipalityFactory(name="Cluj-Napoca", country=CountryFactory(code="RO"))
    client.force_login(officer)

    response = client.post(CREATE, practice_post(municipality="Cluj-Napoca"))

    assert response.status_code == 400
    assert response.context["form"].errors["municipality"] == [
        "You may not file a practice under Cluj-Napoca (RO)."
    ]
    assert not Practice.objects.exists()


def test_unknown_and_ambiguous_names_say_why_and_save_nothing(client, officer):
    OrganisationFactory(name="Caritas", country=CountryFactory(code="AT"))
    OrganisationFactory(name="Caritas", country=CountryFactory(code="DE"))
    client.force_login(officer)

    response = client.post(
        CREATE, practice_post(municipality="Atlantis", partners="Caritas", contact="Nobody Known")
    )

    errors = response.context["form"].errors
    assert response.status_code == 400
    assert errors["municipality"] == ["No municipality called “Atlantis” is in the directory."]
    assert errors["partners"] == [
        "Several organisations are called Caritas: Caritas (AT), Caritas (DE). Type one as shown."
    ]
    assert errors["contact"] == ["No person called “Nobody Known” is in the directory."]
    assert 'href="#id_municipality"' in response.content.decode()
    assert not Practice.objects.exists()


def test_a_member_of_one_city_finds_it_filled_in_and_the_pickers_ready(client, officer):
    client.force_login(officer)

    page = client.get(CREATE).content.decode()

    assert 'name="municipality" value="Florence (IT)"' in page
    assert 'data-directory="/en/network/directory/municipality.json"' in page
    assert "network/directory.js" in page


def test_edit_form_shows_city_partners_and_contact_by_name(client, officer, florence):
    iom = OrganisationFactory(name="International Organization for Migration")
    practice = PracticeFactory(municipality=florence, contact=PersonFactory(name="Ada Rossi"))
    practice.partners.add(iom)
    client.force_login(officer)

    form = client.get(reverse("practices:edit", args=[practice.pk])).context["form"]

    assert form["municipality"].value() == "Florence (IT)"
    assert str(form["municipality"]).count('value="Florence (IT)"') == 1
    assert ">\nInternational Organization for Migration</textarea>" in str(form["partners"])
    assert 'value="Ada Rossi"' in str(form["contact"])


def test_coordinator_files_under_any_city_of_the_directory(client, coordinator):
    elsewhere = MunicipalityFactory(name="Tartu", country=CountryFactory(code="EE"))
    client.force_login(coordinator)

    response = client.post(CREATE, practice_post(municipality="Tartu"))

    assert response.status_code == 302
    assert Practice.objects.get().municipality == elsewhere


def test_an_author_keeps_a_city_they_no_longer_work_for(client, florence):
    author = UserFactory(role=Role.USER)
    practice = PracticeFactory(municipality=florence, created_by=author, name="Old")
    AffiliationFactory(user=author, municipality=MunicipalityFactory())
    client.force_login(author)

    response = client.post(
        reverse("practices:edit", args=[practice.pk]),
        practice_post(name="New", municipality="Florence (IT)"),
    )

    assert response.status_code == 302
    assert Practice.objects.get().name == "New"
