"""A city profile carries the language it was written in, and its page marks the text so."""

import pytest
from django.urls import reverse
from django.utils import translation

from citypeers.network.models import CityProfile
from tests.network.test_profiles import edit_url, profile_data

pytestmark = pytest.mark.django_db


def test_profile_written_in_italian_is_marked_lang_it_on_the_municipality_page(
    client, member, municipality
):
    client.force_login(member)

    response = client.post(
        edit_url(municipality),
        profile_data(
            language="it",
            services="Sportello unico per i migranti",
            notes="Mediazione linguistica",
            **{"communities-TOTAL_FORMS": "0"},
        ),
    )
    page = client.get(municipality.get_absolute_url()).content.decode()

    assert response.status_code == 302
    assert CityProfile.objects.get(municipality=municipality).language == "it"
    assert '<dd lang="it">Sportello unico per i migranti</dd>' in page
    assert '<dd lang="it">Mediazione linguistica</dd>' in page


def test_a_language_that_is_not_iso_639_1_is_refused_and_nothing_saved(
    client, member, municipality
):
    client.force_login(member)

    response = client.post(
        edit_url(municipality),
        profile_data(language="xx", **{"communities-TOTAL_FORMS": "0"}),
    )

    assert response.status_code == 400
    assert not CityProfile.objects.filter(municipality=municipality).exists()


def test_a_new_profile_is_taken_to_be_written_in_the_pages_language(client, member, municipality):
    client.force_login(member)
    with translation.override("pl"):
        url = reverse("network:profile_edit", kwargs={"pk": municipality.pk})

    page = client.get(url).content.decode()

    assert '<option value="pl" selected>polski</option>' in page
    assert '<option value="it">włoski</option>' in page
