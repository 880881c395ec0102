"""The directory's picker fields: a name typed in any language resolves to its entry; an
ambiguous or unknown name is refused with the candidates named."""

import pytest
from django import forms
from django.urls import reverse

from citypeers.network.models import CityProfile, OriginCommunity
from citypeers.network.pickers import DirectoryField, DirectoryListField
from tests.factories import (
    CountryFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PersonRoleFactory,
)

pytestmark = pytest.mark.django_db


class OnePlace(forms.Form):
    country = DirectoryField("country", label="Country", required=False)
    city = DirectoryField("municipality", label="City", required=False)
    body = DirectoryField("organisation", label="Body", required=False)
    who = DirectoryField("person", label="Who", required=False)


class Places(forms.Form):
    cities = DirectoryListField("municipality", label="Cities", required=False)


def cleaned(form_class, **data):
    form = form_class(data)
    return form.cleaned_data if form.is_valid() else dict(form.errors)


@pytest.mark.parametrize(
    "typed", ["Ukraine", "ukraine", "Ucraina", "Україна", "UA", "Ukraine (UA)"]
)
def test_country_typed_in_any_language_resolves_to_its_code(typed):
    CountryFactory(code="UA")
    CountryFactory(code="GB")

    result = cleaned(OnePlace, country=typed)

    assert result["country"].code == "UA"


def test_unknown_country_is_refused_with_the_close_names():
    CountryFactory(code="UA")

    result = cleaned(OnePlace, country="Ukrai")

    assert result == {
        "country": ["No country called “Ukrai” is in the directory. Did you mean: Ukraine (UA)?"]
    }


def test_municipality_typed_by_an_alternate_name_resolves():
    krakow = MunicipalityFactory(name="Kraków", alternate_names=["Cracovia", "Krakau"])

    assert cleaned(OnePlace, city="cracovia")["city"] == krakow
    assert cleaned(OnePlace, city="KRAKAU")["city"] == krakow


def test_ambiguous_municipality_names_its_candidates():
    spain, venezuela = CountryFactory(code="ES"), CountryFactory(code="VE")
    MunicipalityFactory(name="Valencia", country=spain, population=800_000)
    MunicipalityFactory(name="Valencia", country=venezuela, population=1_400_000)

    result = cleaned(OnePlace, city="Valencia")

    assert result == {
        "city": [
            "Several places are called Valencia: Valencia (VE), Valencia (ES). Type one as shown."
        ]
    }


def test_municipality_with_its_country_resolves_among_namesakes():
    spain, venezuela = CountryFactory(code="ES"), CountryFactory(code="VE")
    spanish = MunicipalityFactory(name="Valencia", country=spain, population=800_000)
    MunicipalityFactory(name="Valencia", country=venezuela, population=1_400_000)

    assert cleaned(OnePlace, city="Valencia (ES)")["city"] == spanish


def test_picked_entry_wins_over_namesakes_while_the_text_names_it():
    spain, venezuela = CountryFactory(code="ES"), CountryFactory(code="VE")
    spanish = MunicipalityFactory(name="Valencia", country=spain)
    MunicipalityFactory(name="Valencia", country=venezuela)
    other = MunicipalityFactory(name="Sevilla", country=spain)

    picked = cleaned(OnePlace, city="Valencia (ES)", city_pick=str(spanish.pk))
    stale = cleaned(OnePlace, city="Valencia (ES)", city_pick=str(other.pk))
    hostile = cleaned(OnePlace, city="Valencia (ES)", city_pick="9" * 40)

    assert picked["city"] == spanish
    assert stale["city"] == spanish
    assert hostile["city"] == spanish


def test_unknown_municipality_is_refused():
    MunicipalityFactory(name="Florence")

    result = cleaned(OnePlace, city="Atlantis")

    assert result == {"city": ["No municipality called “Atlantis” is in the directory."]}


def test_organisation_resolves_by_name_or_short_name():
    iom = OrganisationFactory(name="International Organization for Migration", short_name="IOM")

    assert cleaned(OnePlace, body="iom")["body"] == iom
    assert cleaned(OnePlace, body="International Organization for Migration")["body"] == iom


def test_namesake_people_are_told_apart_by_where_they_work():
    florence, lyon = MunicipalityFactory(name="Florence"), MunicipalityFactory(name="Lyon")
    first, second = PersonFactory(name="Anna Rossi"), PersonFactory(name="Anna Rossi")
    PersonRoleFactory(person=first, municipality=florence)
    PersonRoleFactory(person=second, municipality=lyon)

    ambiguous = cleaned(OnePlace, who="Anna Rossi")
    qualified = cleaned(OnePlace, who="Anna Rossi (Lyon)")

    assert ambiguous == {
        "who": [
            "Several people are called Anna Rossi: Anna Rossi (Florence), Anna Rossi (Lyon). "
            "Type one as shown."
        ]
    }
    assert qualified["who"] == second


def test_list_of_names_resolves_each_once_and_names_every_unknown_one():
    krakow = MunicipalityFactory(name="Kraków", alternate_names=["Cracovia"])
    florence = MunicipalityFactory(name="Florence", alternate_names=["Firenze"])

    found = cleaned(Places, cities="Cracovia\nFirenze; Kraków (IT)\n\n")
    refused = cleaned(Places, cities="Cracovia\nAtlantis\nEldorado")

    assert found["cities"] == [krakow, florence]
    assert refused == {
        "cities": [
            "No municipality called “Atlantis” is in the directory.",
            "No municipality called “Eldorado” is in the directory.",
        ]
    }


@pytest.mark.parametrize("typed", ["", "   "])
def test_empty_optional_field_is_none(typed):
    assert cleaned(OnePlace, country=typed)["country"] is None


def test_name_with_a_control_character_is_refused():
    CountryFactory(code="UA")

    result = cleaned(OnePlace, country="Ukr\x00aine")

    assert list(result) == ["country"]


def test_profile_takes_a_country_by_its_name(client, member, municipality):
    CountryFactory(code="UA")
    client.force_login(member)

    response = client.post(edit_url(municipality), profile_data(country="Ukraine"))

    assert response.status_code == 302
    assert list(OriginCommunity.objects.values_list("country_id", "count")) == [("UA", 9000)]


def test_profile_refuses_an_unknown_country_names_it_on_top_and_stores_nothing(
    client, member, municipality
):
    CountryFactory(code="UA")
    client.force_login(member)

    response = client.post(edit_url(municipality), profile_data(country="Ukrain"))

    page = response.content.decode()
    assert response.status_code == 400
    message = "No country called “Ukrain” is in the directory. Did you mean: Ukraine (UA)?"
    assert f'<a href="#id_communities-0-country">Country: {message}</a>' in page
    assert 'aria-describedby="id_communities-0-country_error"' in page
    assert not CityProfile.objects.exists()
    assert not OriginCommunity.objects.exists()


def test_profile_form_shows_a_saved_country_by_its_name(client, member, municipality):
    CountryFactory(code="UA")
    client.force_login(member)
    client.post(edit_url(municipality), profile_data(country="UA"))

    page = client.get(edit_url(municipality)).content.decode()

    assert 'value="Ukraine"' in page
    assert f'data-directory="{reverse("network:directory_countries")}"' in page


def edit_url(municipality):
    return reverse("network:profile_edit", kwargs={"pk": municipality.pk})


def profile_data(*, country):
    return {
        "foreign_residents": "",
        "foreign_residents_share": "",
        "figures_year": "",
        "figures_source": "",
        "language": "en",
        "services": "",
        "notes": "",
        "challenges-TOTAL_FORMS": "0",
        "challenges-INITIAL_FORMS": "0",
        "communities-TOTAL_FORMS": "1",
        "communities-INITIAL_FORMS": "0",
        "communities-0-country": country,
        "communities-0-count": "9000",
    }
