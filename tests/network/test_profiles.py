import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from citypeers.core.audit import ChangeRow, audit_trail
from citypeers.network.models import CityProfile, OriginCommunity, ProfileChallenge
from citypeers.network.services import ChallengeData, CommunityData, update_city_profile
from tests.factories import CountryFactory

pytestmark = pytest.mark.django_db


def profile_data(**overrides):
    data = {
        "foreign_residents": "52000",
        "foreign_residents_share": "14.5",
        "figures_year": "2021",
        "figures_source": "Municipal registry",
        "language": "en",
        "services": "",
        "notes": "",
        "challenges-TOTAL_FORMS": "1",
        "challenges-INITIAL_FORMS": "0",
        "challenges-0-theme": "housing",
        "challenges-0-priority": "1",
        "communities-TOTAL_FORMS": "1",
        "communities-INITIAL_FORMS": "0",
        "communities-0-country": "ro",
        "communities-0-count": "9000",
    }
    data.update(overrides)
    return data


def edit_url(municipality):
    return reverse("network:profile_edit", kwargs={"pk": municipality.pk})


def test_member_saves_profile_with_challenges_and_communities(client, member, municipality):
    CountryFactory(code="RO")
    client.force_login(member)

    response = client.post(edit_url(municipality), profile_data())

    assert response.status_code == 302
    profile = CityProfile.objects.get(municipality=municipality)
    assert (profile.foreign_residents, str(profile.foreign_residents_share)) == (52000, "14.50")
    assert list(profile.challenges.values_list("theme", "priority")) == [("housing", 1)]
    assert list(profile.communities.values_list("country_id", "count")) == [("RO", 9000)]
    assert [(e.action, e.by) for e in audit_trail(profile)] == [("created", member)]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("foreign_residents", "-5", "greater than or equal to 0"),
        ("foreign_residents_share", "120", "between 0 and 100"),
        ("challenges-0-theme", "astrology", "not one of the available choices"),
        ("challenges-0-priority", "7", "less than or equal to 3"),
        ("communities-0-country", "XX", "No country called “XX” is in the directory."),
    ],
)
def test_malformed_profile_figure_is_refused_and_nothing_saved(
    client, member, municipality, field, value, message
):
    CountryFactory(code="RO")
    client.force_login(member)

    response = client.post(edit_url(municipality), profile_data(**{field: value}))

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not CityProfile.objects.filter(foreign_residents=52000).exists()
    assert not ProfileChallenge.objects.exists()
    assert not OriginCommunity.objects.exists()


@pytest.mark.parametrize(
    ("prefix", "most"), [("challenges", 16), ("communities", 30)], ids=["challenges", "communities"]
)
def test_profile_declaring_too_many_rows_is_refused_with_a_bounded_page(
    client, member, municipality, prefix, most
):
    CountryFactory(code="RO")
    client.force_login(member)

    data = profile_data(**{f"{prefix}-TOTAL_FORMS": "9" * 30})
    response = client.post(edit_url(municipality), data)

    html = response.content.decode()
    assert response.status_code == 400
    assert f"Please submit at most {most} forms." in html
    assert len(re.findall(rf'name="{prefix}-\d+-DELETE"', html)) == most
    assert not CityProfile.objects.exists()


def test_member_of_another_municipality_may_not_edit(client, outsider, municipality):
    client.force_login(outsider)

    response = client.post(edit_url(municipality), profile_data())

    assert response.status_code == 404
    assert not CityProfile.objects.exists()


def test_visitor_is_sent_to_login_before_editing(client, municipality):
    response = client.get(edit_url(municipality))

    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_coordinator_edits_any_profile(client, coordinator, municipality):
    CountryFactory(code="RO")
    client.force_login(coordinator)

    response = client.post(edit_url(municipality), profile_data(foreign_residents="100"))

    assert response.status_code == 302
    assert CityProfile.objects.get(municipality=municipality).foreign_residents == 100


def test_history_keeps_every_version(client, member, municipality):
    CountryFactory(code="RO")
    client.force_login(member)
    client.post(edit_url(municipality), profile_data(foreign_residents="10"))
    data = profile_data(foreign_residents="20", **{"challenges-TOTAL_FORMS": "0"})
    data.update({"communities-TOTAL_FORMS": "0"})

    client.post(edit_url(municipality), data)

    history = client.get(reverse("network:profile_history", kwargs={"pk": municipality.pk}))
    entries = history.context["entries"]
    assert [e.changes["foreign_residents"] for e in entries] == [[10, 20], [None, 10]]
    assert history.status_code == 200


def test_profile_history_sends_visitors_to_login_and_refuses_outsiders(
    client, outsider, municipality
):
    CityProfile.objects.create(municipality=municipality, foreign_residents=10)
    url = reverse("network:profile_history", kwargs={"pk": municipality.pk})

    anonymous = client.get(url)
    client.force_login(outsider)
    signed_in = client.get(url)

    assert anonymous.status_code == 302
    assert reverse("accounts:login") in anonymous["Location"]
    assert signed_in.status_code == 404


def saved_rows(municipality):
    profile = CityProfile.objects.get(municipality=municipality)
    return (
        profile.foreign_residents,
        list(profile.challenges.values_list("theme", "priority")),
        list(profile.communities.values_list("country_id", "count")),
    )


def test_update_city_profile_takes_plain_data_and_replaces_the_lists(member, municipality):
    CountryFactory(code="RO")
    CountryFactory(code="UA")
    update_city_profile(
        municipality=municipality,
        fields={"foreign_residents": 100},
        challenges=[ChallengeData(theme="housing", priority=1)],
        communities=[CommunityData(country="ro", count=50)],
        by=member,
    )

    profile = update_city_profile(
        municipality=municipality,
        fields={"foreign_residents": 120, "notes": "Updated"},
        challenges=[ChallengeData(theme="education", priority=2)],
        communities=[CommunityData(country="UA")],
        by=member,
    )

    assert (profile.foreign_residents, profile.notes) == (120, "Updated")
    assert saved_rows(municipality) == (120, [("education", 2)], [("UA", None)])


@pytest.mark.parametrize(
    ("challenges", "communities", "key", "message"),
    [
        (
            [ChallengeData("housing", 1), ChallengeData("housing", 2)],
            [],
            "challenges",
            "The theme “Housing” is listed more than once.",
        ),
        ([ChallengeData("astrology", 1)], [], "challenges", "“astrology” is not a theme."),
        (
            [ChallengeData("housing", 4)],
            [],
            "challenges",
            "The priority of a challenge is 1, 2 or 3.",
        ),
        (
            [],
            [CommunityData("RO", 1), CommunityData("ro", 2)],
            "communities",
            "The country “RO” is listed more than once.",
        ),
        ([], [CommunityData("XX")], "communities", "“XX” is not an ISO 3166-1 country code."),
        (
            [],
            [CommunityData("RO", -1)],
            "communities",
            "The number of residents cannot be negative.",
        ),
    ],
)
def test_update_city_profile_refuses_bad_lists_and_changes_nothing(
    member, municipality, challenges, communities, key, message
):
    CountryFactory(code="RO")
    CityProfile.objects.create(municipality=municipality, foreign_residents=10)

    with pytest.raises(ValidationError) as error:
        update_city_profile(
            municipality=municipality,
            fields={"foreign_residents": 99},
            challenges=challenges,
            communities=communities,
            by=member,
        )

    assert error.value.message_dict == {key: [message]}
    assert saved_rows(municipality) == (10, [], [])


def test_update_city_profile_refuses_a_bad_figure_by_its_field(member, municipality):
    with pytest.raises(ValidationError) as error:
        update_city_profile(
            municipality=municipality,
            fields={"foreign_residents_share": 120},
            challenges=[],
            communities=[],
            by=member,
        )

    assert list(error.value.message_dict) == ["foreign_residents_share"]
    assert not CityProfile.objects.exists()


def test_same_new_challenge_twice_in_one_form_is_a_form_error(client, member, municipality):
    CountryFactory(code="RO")
    client.force_login(member)
    data = profile_data(**{"challenges-TOTAL_FORMS": "2"})
    data.update({"challenges-1-theme": "housing", "challenges-1-priority": "2"})

    response = client.post(edit_url(municipality), data)

    assert response.status_code == 400
    assert "The theme “Housing” is listed more than once." in response.content.decode()
    assert not CityProfile.objects.exists()
    assert not ProfileChallenge.objects.exists()


def test_double_submit_of_the_profile_saves_it_once(client, member, municipality):
    CountryFactory(code="RO")
    client.force_login(member)

    first = client.post(edit_url(municipality), profile_data())
    second = client.post(edit_url(municipality), profile_data())

    assert (first.status_code, second.status_code) == (302, 302)
    assert saved_rows(municipality) == (52000, [("housing", 1)], [("RO", 9000)])


def test_edit_form_shows_the_saved_rows_and_removes_a_ticked_one(client, member, municipality):
    CountryFactory(code="RO")
    client.force_login(member)
    client.post(edit_url(municipality), profile_data())
    page = client.get(edit_url(municipality))
    data = profile_data(**{"challenges-INITIAL_FORMS": "1", "challenges-0-DELETE": "on"})

    client.post(edit_url(municipality), data)

    assert page.context["challenges"].forms[0].initial == {"theme": "housing", "priority": 1}
    assert saved_rows(municipality) == (52000, [], [("RO", 9000)])


def test_profile_edit_shows_author_time_and_changed_fields_on_its_history(
    client, member, municipality
):
    CountryFactory(code="RO")
    client.force_login(member)
    client.post(edit_url(municipality), profile_data())
    before = timezone.now()

    client.post(
        edit_url(municipality),
        profile_data(foreign_residents="53000", **{"challenges-0-priority": "2"}),
    )
    page = client.get(reverse("network:profile_history", kwargs={"pk": municipality.pk}))

    latest = page.context["entries"][0]
    assert (latest.action, latest.by) == ("updated", member)
    assert before <= latest.at <= timezone.now()
    assert latest.rows == [
        ChangeRow("Foreign residents", "52000", "53000"),
        ChangeRow("Challenges", "Housing: 1", "Housing: 2"),
    ]
    assert "Foreign residents: <del>52000</del> → <ins>53000</ins>" in page.content.decode()


def test_refused_and_unchanged_profile_saves_record_nothing(client, member, outsider, municipality):
    CountryFactory(code="RO")
    client.force_login(member)
    client.post(edit_url(municipality), profile_data())

    client.post(edit_url(municipality), profile_data())
    client.post(edit_url(municipality), profile_data(foreign_residents_share="120"))
    client.force_login(outsider)
    client.post(edit_url(municipality), profile_data(foreign_residents="1"))

    profile = CityProfile.objects.get()
    assert [e.action for e in audit_trail(profile)] == ["created"]
    assert profile.foreign_residents == 52000
