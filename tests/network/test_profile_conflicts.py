"""Two people editing one profile at once: the second save is refused, never lost."""

import pytest
from django.core.exceptions import ValidationError

from citypeers.network.models import CityProfile, ProfileChallenge
from citypeers.network.services import ChallengeData, update_city_profile
from tests.factories import CountryFactory, UserFactory
from tests.network.test_profiles import edit_url, profile_data

pytestmark = pytest.mark.django_db

STALE = "Someone else changed this profile since you opened it; nothing was saved."


@pytest.fixture
def saved_profile(member, municipality):
    CountryFactory(code="RO")
    return update_city_profile(
        municipality=municipality,
        fields={"services": "Language courses", "notes": "First notes"},
        challenges=[ChallengeData(theme="housing", priority=1)],
        communities=[],
        by=member,
    )


def opened_version(client, municipality) -> str:
    return str(client.get(edit_url(municipality)).context["version"])


def test_second_editor_of_a_profile_is_refused_and_shown_the_first_change(
    client, member, coordinator, municipality, saved_profile
):
    other = client.__class__()
    client.force_login(member)
    other.force_login(coordinator)
    version_a = opened_version(client, municipality)
    version_b = opened_version(other, municipality)
    client.post(
        edit_url(municipality),
        profile_data(services="Housing desk", notes="First notes", version=version_a),
    )

    response = other.post(
        edit_url(municipality), profile_data(notes="Notes by B", version=version_b)
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert STALE in page
    [change] = response.context["changed_since"]
    assert (change.by, ("Language courses", "Housing desk")) == (
        member,
        next((row.old, row.new) for row in change.rows if row.new == "Housing desk"),
    )
    assert "Notes by B</textarea>" in page
    profile = CityProfile.objects.get(pk=saved_profile.pk)
    assert (profile.services, profile.notes) == ("Housing desk", "First notes")


def test_refused_editor_saves_after_seeing_the_changes(
    client, member, coordinator, municipality, saved_profile
):
    other = client.__class__()
    client.force_login(member)
    other.force_login(coordinator)
    version_b = opened_version(other, municipality)
    client.post(
        edit_url(municipality),
        profile_data(services="Housing desk", version=opened_version(client, municipality)),
    )
    refused = other.post(edit_url(municipality), profile_data(notes="B", version=version_b))

    response = other.post(
        edit_url(municipality),
        profile_data(notes="B", version=str(refused.context["version"])),
    )

    assert (refused.status_code, response.status_code) == (400, 302)
    assert CityProfile.objects.get(pk=saved_profile.pk).notes == "B"


def test_single_editor_saves_twice_in_a_row(client, member, municipality, saved_profile):
    client.force_login(member)

    first = client.post(
        edit_url(municipality),
        profile_data(notes="One", version=opened_version(client, municipality)),
    )
    second = client.post(
        edit_url(municipality),
        profile_data(notes="Two", version=opened_version(client, municipality)),
    )

    assert (first.status_code, second.status_code) == (302, 302)
    assert CityProfile.objects.get(pk=saved_profile.pk).notes == "Two"


@pytest.mark.parametrize("version", ["", "abc", "²", "9" * 40, "-3"])
def test_malformed_profile_version_is_refused_not_an_error(
    client, member, municipality, saved_profile, version
):
    client.force_login(member)

    response = client.post(edit_url(municipality), profile_data(notes="X", version=version))

    assert response.status_code == 400
    assert STALE in response.content.decode()
    assert CityProfile.objects.get(pk=saved_profile.pk).notes == "First notes"


def test_update_city_profile_refuses_a_stale_version_and_writes_nothing(
    member, municipality, saved_profile
):
    stale = 0
    challenges = [ChallengeData(theme="education", priority=2)]

    with pytest.raises(ValidationError) as refused:
        update_city_profile(
            municipality=municipality,
            fields={"notes": "Late"},
            challenges=challenges,
            communities=[],
            by=UserFactory(),
            expected_version=stale,
        )

    assert refused.value.messages[0].startswith(STALE)
    assert CityProfile.objects.get(pk=saved_profile.pk).notes == "First notes"
    assert list(ProfileChallenge.objects.values_list("theme", flat=True)) == ["housing"]
