"""The network's pages cost the same number of queries for one row as for three.

Each test builds a page's rows at 1 and at 3, asks for the page as the role that sees
them, counts the queries exactly and checks that the rows are the ones shown.
"""

import datetime as dt
import re

import pytest
from django.urls import reverse

from citypeers.network.models import (
    CityProfile,
    Enrolment,
    OriginCommunity,
    ProfileChallenge,
    Unit,
)
from tests.audit_rows import audit_rows, new_value
from tests.factories import (
    CountryFactory,
    EventFactory,
    EventParticipantFactory,
    EventPersonFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PersonRoleFactory,
    PracticeFactory,
    ProgrammeFactory,
)

pytestmark = pytest.mark.django_db

ROWS = [1, 3]
THEMES = ["housing", "employment", "education"]
ORIGINS = ["RO", "UA", "AL"]


def municipality_page_rows(municipality, rows: int) -> dict[str, list[str]]:
    """Every list of the municipality page, ``rows`` long; the names each list shows."""
    profile = CityProfile.objects.create(municipality=municipality, foreign_residents=52_000)
    shown = {key: [] for key in ("challenges", "origins", "programmes", "people", "partners")}
    shown["practices"] = []
    for index in range(rows):
        ProfileChallenge.objects.create(profile=profile, theme=THEMES[index], priority=1)
        origin = CountryFactory(code=ORIGINS[index], name_en=f"Origin {index}")
        OriginCommunity.objects.create(profile=profile, country=origin, count=1000 + index)
        programme = ProgrammeFactory(name=f"Programme {index}")
        Enrolment.objects.create(programme=programme, municipality=municipality)
        role = PersonRoleFactory(municipality=municipality, person__name=f"Officer {index}")
        partner = MunicipalityFactory(name=f"Partner {index}")
        event = EventFactory(
            starts_at=dt.datetime(2022, 3, 1 + index, 9, tzinfo=dt.UTC), status="concluded"
        )
        EventParticipantFactory(event=event, municipality=municipality)
        EventParticipantFactory(event=event, municipality=partner, position=1)
        practice = PracticeFactory(municipality=municipality, name=f"Practice {index}")
        shown["challenges"].append(ProfileChallenge(theme=THEMES[index]).get_theme_display())
        shown["origins"].append(origin.name)
        shown["programmes"].append(programme.name)
        shown["people"].append(role.person.name)
        shown["partners"].append(partner.name)
        shown["practices"].append(practice.name)
    return shown


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize("filters", [{}, {"q": "town", "country": "it", "enrolled": "1"}])
def test_municipality_list_query_count(client, rows, filters, django_assert_num_queries):
    towns = [MunicipalityFactory(name=f"Town {n}", population=9_000 - n) for n in range(rows)]
    programme = ProgrammeFactory()
    for town in towns:
        Enrolment.objects.create(programme=programme, municipality=town)
    village = MunicipalityFactory(name="Village", population=100)  # not enrolled
    shown_towns = towns if filters else [*towns, village]

    with django_assert_num_queries(3):  # countries of the filter, page count, page rows
        response = client.get(reverse("network:municipalities"), filters)

    html = response.content.decode()
    shown = re.findall(r'<tr><td><a href="[^"]+">([^<]+)</a></td><td>([^<]+)</td>', html)
    assert shown == [(town.name, town.country.name) for town in shown_towns]


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize(
    ("role", "queries"),
    [
        # the municipality, its profile, programmes, origins, challenges, the map's
        # exchanges and the places met, events with their parties and themes, partners
        # counted and fetched, practices; suggested peers (matching: candidates, five for
        # their profiles, meetings)
        ("visitor", 21),  # ... people counted (names are for members)
        ("member", 24),  # ... session, user, the user's bodies, people
        ("coordinator", 23),  # ... session, user, people
    ],
)
def test_municipality_page_query_count(
    request, client, municipality, role, queries, rows, django_assert_num_queries
):
    if role != "visitor":
        client.force_login(request.getfixturevalue(role))
    shown = municipality_page_rows(municipality, rows)

    with django_assert_num_queries(queries):
        response = client.get(municipality.get_absolute_url())

    html = response.content.decode()
    visible = {key: [name for name in names if name in html] for key, names in shown.items()}
    if role == "visitor":
        assert visible == {**shown, "people": []}
        assert f"{rows} {'person is' if rows == 1 else 'people are'} recorded." in html
    else:
        assert visible == shown


def organisation_page_rows(organisation, rows: int) -> dict[str, list[str]]:
    """``rows`` units (each but the first under the one before), people, programmes it
    coordinates, and meetings of each kind the page lists: as a party, through a unit,
    through a person's role."""
    shown = {key: [] for key in ("units", "people", "meetings", "programmes")}
    parent = None
    for index in range(rows):
        parent = Unit.objects.create(
            organisation=organisation, name=f"Unit {index}", kind="office", parent=parent
        )
        role = PersonRoleFactory(
            person__name=f"Officer {index}",
            organisation=organisation,
            municipality=None,
            unit=parent,
        )
        day = dt.datetime(2022, 3, 1 + index, 9, tzinfo=dt.UTC)
        as_party = EventParticipantFactory(
            organisation=organisation,
            municipality=None,
            role="organiser",
            event__title=f"Party meeting {index}",
            event__starts_at=day,
            event__ends_at=day + dt.timedelta(hours=2),
        )
        EventParticipantFactory(
            event=as_party.event, municipality__name=f"City {index}", position=1
        )
        by_unit = EventFactory(title=f"Unit meeting {index}", starts_at=day + dt.timedelta(hours=3))
        EventPersonFactory(event=by_unit, person=PersonFactory(), unit=parent)
        by_person = EventFactory(
            title=f"Person meeting {index}", starts_at=day + dt.timedelta(hours=6)
        )
        EventPersonFactory(event=by_person, person=role.person)
        programme = ProgrammeFactory(coordinator=organisation, funder=f"Funder {index}")
        shown["programmes"].append(f"{programme.name} — funded by Funder {index}")
        shown["units"].append(parent.name)
        shown["people"].append(role.person.name)
        shown["meetings"] += [as_party.event.title, by_unit.title, by_person.title]
    shown["meetings"].reverse()  # newest first
    return shown


@pytest.mark.parametrize(
    ("role", "queries"),
    [
        # the organisation, the programmes it coordinates, its units, people counted,
        # meetings counted, the page of meetings, their parties, their themes
        ("visitor", 8),
        ("member", 11),  # ... session, user, the user's bodies; people listed, not counted
    ],
)
@pytest.mark.parametrize("rows", ROWS)
def test_organisation_page_query_count(
    request, client, role, queries, rows, django_assert_num_queries
):
    """The organisation, its units (nested), people (members only) and meetings (as a
    party, through its units, through its people), whatever their number."""
    organisation = OrganisationFactory(country=CountryFactory(code="BE"))
    shown = organisation_page_rows(organisation, rows)
    if role == "member":
        client.force_login(request.getfixturevalue("member"))

    with django_assert_num_queries(queries):
        response = client.get(organisation.get_absolute_url())

    html = response.content.decode()
    meetings = re.findall(r'<h3><a href="/en/events/\d+/">([^<]+)</a></h3>', html)
    units = re.findall(r'<span class="unit-name">([^<]+)</span>', html)
    assert meetings == shown["meetings"]
    assert units == shown["units"]
    assert all(programme in html for programme in shown["programmes"])
    assert html.count('<ul class="unit-tree">') == rows
    people = [name for name in shown["people"] if name in html]
    assert people == (shown["people"] if role == "member" else [])


@pytest.mark.parametrize("rows", ROWS)
def test_person_page_query_count(member_client, rows, django_assert_num_queries):
    person = PersonFactory(name="Anna Rossi")
    roles = []
    for index in range(rows):
        town = MunicipalityFactory(name=f"Town {index}")
        unit = Unit.objects.create(municipality=town, name=f"Unit {index}", kind="office")
        PersonRoleFactory(person=person, municipality=town, unit=unit, title="Director")
        roles.append(
            f'Director, Unit {index} — <a href="{town.get_absolute_url()}">Town {index}</a>'
        )

    # session, user, the user's bodies, the person, roles, their units and municipalities
    with django_assert_num_queries(7):
        response = member_client.get(person.get_absolute_url())

    html = " ".join(response.content.decode().split())
    assert [role for role in roles if role in html] == roles


def save_profile_through_the_page(client, municipality, foreign_residents: int) -> None:
    """Edit the profile as its officers do, so the history holds whatever the page records."""
    response = client.post(
        reverse("network:profile_edit", kwargs={"pk": municipality.pk}),
        {
            "foreign_residents": str(foreign_residents),
            "figures_source": "Municipal registry",
            "language": "en",
            "challenges-TOTAL_FORMS": "0",
            "challenges-INITIAL_FORMS": "0",
            "communities-TOTAL_FORMS": "0",
            "communities-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302


@pytest.mark.parametrize("rows", ROWS)
def test_profile_history_query_count(
    member_client, member, municipality, rows, django_assert_num_queries
):
    figures = [52_000 + index for index in range(rows)]
    for figure in figures:
        save_profile_through_the_page(member_client, municipality, figure)
    url = reverse("network:profile_history", kwargs={"pk": municipality.pk})

    # the municipality, session, user, the user's bodies, the profile, its history
    with django_assert_num_queries(6):
        response = member_client.get(url)

    html = response.content.decode()
    shown = [(row.who, new_value(row, "foreign residents")) for row in audit_rows(html)]
    assert shown == [(member.username, str(figure)) for figure in reversed(figures)]
