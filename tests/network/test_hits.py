"""The directory's search selectors: municipalities by any name, organisations, people."""

import pytest
from django.contrib.auth.models import AnonymousUser

from citypeers.network.selectors import municipality_hits, organisation_hits, people_hits
from tests.factories import (
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PersonRoleFactory,
)

pytestmark = pytest.mark.django_db


def whys(found) -> list[tuple[str, str, str]]:
    return [(hit.title, hit.field, hit.why) for hit in found.hits]


def test_municipality_by_its_name_or_another_language():
    MunicipalityFactory(name="Florence", alternate_names=["Firenze", "Florenz"], population=360_000)
    MunicipalityFactory(name="Firenzuola", population=4_000)

    found = municipality_hits("firen", limit=5)

    assert whys(found) == [
        ("Florence", "alternate_name", "alternate name: Firenze"),
        ("Firenzuola", "name", "name"),
    ]
    assert found.total == 2


def test_municipality_limit_keeps_the_total():
    for n in range(3):
        MunicipalityFactory(name=f"Kirchberg {n}")

    found = municipality_hits("kirchberg", limit=2)

    assert (len(found.hits), found.total) == (2, 3)


def test_organisation_by_name_or_short_name():
    OrganisationFactory(name="International Organization for Migration", short_name="IOM")
    OrganisationFactory(name="Migration Policy Group")

    by_short = organisation_hits("iom", limit=5)
    by_name = organisation_hits("migration", limit=5)

    assert whys(by_short) == [
        ("International Organization for Migration", "short_name", "short name")
    ]
    assert [hit.title for hit in by_name.hits] == [
        "International Organization for Migration",
        "Migration Policy Group",
    ]


def test_people_for_members_only_and_no_query_for_others(member, django_assert_num_queries):
    ana = PersonFactory(name="Ana Popescu")
    PersonRoleFactory(person=ana, organisation=OrganisationFactory(name="Caritas Cluj"))

    with django_assert_num_queries(0):
        hidden = people_hits(AnonymousUser(), "popescu", limit=5)
    shown = people_hits(member, "popescu", limit=5)

    assert (hidden.hits, hidden.total) == ([], 0)
    assert whys(shown) == [("Ana Popescu", "name", "name")]
    assert shown.hits[0].detail == "Caritas Cluj"


def test_organisation_called_exactly_so_comes_first():
    OrganisationFactory(name="Cities for Migrants Network")
    OrganisationFactory(name="Zagreb Migrant Centre", short_name="Cities")

    found = organisation_hits("cities", limit=5)

    assert [hit.title for hit in found.hits] == [
        "Zagreb Migrant Centre",
        "Cities for Migrants Network",
    ]


def test_municipality_found_by_a_name_in_another_script_says_that_name():
    MunicipalityFactory(
        name="Thessaloníki", alternate_names=["Salonike", "Thessalonike", "Θεσσαλονίκη"]
    )

    found = municipality_hits("Θεσσαλονίκη", limit=5)

    assert whys(found) == [("Thessaloníki", "alternate_name", "alternate name: Θεσσαλονίκη")]
    assert found.hits[0].text == "Θεσσαλονίκη"
