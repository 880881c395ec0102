"""The practices' pages cost the same number of queries for one row as for three.

The list is the plain listing (no query words: searching goes through the in-memory
index, whose cost is measured in bench/). Each test builds the rows at 1 and at 3, asks
as the role that sees them, counts the queries exactly and checks what the page shows.
"""

import datetime as dt
import re

import pytest
from django.urls import reverse

from citypeers.practices import services
from citypeers.practices.vectors import practice_vectors
from tests.audit_rows import audit_rows, new_value
from tests.factories import (
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PracticeFactory,
)

pytestmark = pytest.mark.django_db

ROWS = [1, 3]
THEMES = ["housing", "employment", "education"]


def listed_names(html: str) -> list[str]:
    """The practices' names in the order the list shows them."""
    return re.findall(r'class="card-title"><a href="/en/practices/\d+/"[^>]*>([^<]+)</a>', html)


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize(
    ("role", "queries"),
    [
        # page count, the facets (themes, countries, statuses), page rows
        ("visitor", 5),
        ("member", 8),  # ... session, user, the user's bodies (they may see own drafts)
        ("coordinator", 7),  # ... session, user (coordinators see every draft)
    ],
)
def test_practice_list_query_count(
    request, client, municipality, role, queries, rows, django_assert_num_queries
):
    if role != "visitor":
        client.force_login(request.getfixturevalue(role))
    names = [f"Practice {index}" for index in range(rows)]
    for index, name in enumerate(names):
        town = MunicipalityFactory(name=f"Town {index}")
        PracticeFactory(name=name, municipality=town, themes=[THEMES[index]])

    with django_assert_num_queries(queries):
        response = client.get(reverse("practices:list"), {"sort": "name"})

    html = response.content.decode()
    assert listed_names(html) == names
    facets = re.findall(r'class="badge" href="\?[^"]*theme=(\w+)[^"]*">[^<]+\((\d+)\)</a>', html)
    assert facets == [(theme, "1") for theme in THEMES[:rows]]


def practice_page_rows(practice, rows: int) -> dict[str, list[str]]:
    """Partners, sources, adopters, events, documents and related practices, ``rows`` of
    each; the names each list shows."""
    shown = {key: [] for key in ("partners", "sources", "adopters", "events", "documents")}
    shown["related"] = []
    for index in range(rows):
        partner = OrganisationFactory(name=f"Partner {index}")
        practice.partners.add(partner)
        source = PracticeFactory(name=f"Source {index}")
        practice.inspired_by.add(source)
        adopter = PracticeFactory(name=f"Adopter {index}")
        adopter.inspired_by.add(practice)
        event = EventFactory(starts_at=dt.datetime(2022, 3, 1 + index, 9, tzinfo=dt.UTC))
        EventParticipantFactory(event=event, municipality=MunicipalityFactory(name=f"Host {index}"))
        practice.presented_at.add(event)
        DocumentFactory(item=practice, title=f"Leaflet {index}", visibility="public")
        related = services.create_practice(
            name=f"Related {index}",
            language="en",
            status="published",
            municipality=MunicipalityFactory(name=f"Neighbour {index}"),
            themes=["housing"],
            summary="Homes for refugee families, found with local landlords.",
        )
        shown["partners"].append(partner.name)
        shown["sources"].append(source.name)
        shown["adopters"].append(adopter.name)
        shown["events"].append(f"Peer exchange: Host {index}")
        shown["documents"].append(f"Leaflet {index}")
        shown["related"].append(related.name)
    return shown


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize(
    ("role", "queries"),
    [
        # the practice; its partners, sources, adopters, events with their parties and
        # themes; the vectors' check for changes, the related practices; the documents
        ("visitor", 10),
        ("member", 13),  # ... session, user, the user's bodies
        ("coordinator", 12),  # ... session, user
    ],
)
def test_practice_page_query_count(
    request, client, municipality, role, queries, rows, django_assert_num_queries
):
    if role != "visitor":
        client.force_login(request.getfixturevalue(role))
    practice = services.create_practice(
        name="Housing desk",
        language="en",
        status="published",
        municipality=municipality,
        themes=["housing"],
        summary="Homes for refugee families, found with local landlords.",
        contact=PersonFactory(name="Anna Rossi"),
    )
    shown = practice_page_rows(practice, rows)
    vectors = practice_vectors()
    vectors.refresh(force=True)
    vectors.forget()  # the page checks once whether the rows changed since

    with django_assert_num_queries(queries):
        response = client.get(practice.get_absolute_url())

    html = response.content.decode()
    assert {key: [name for name in names if name in html] for key, names in shown.items()} == shown
    assert ("Anna Rossi" in html) is (role != "visitor")


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize(
    ("role", "queries"),
    [
        # session, user, the user's bodies, the practice with what its page shows
        # (partners, sources, adopters, events), its history with the authors
        ("member", 9),
        ("coordinator", 8),  # (no bodies: coordinators may edit every practice)
    ],
)
def test_practice_history_query_count(
    request, client, municipality, role, queries, rows, django_assert_num_queries
):
    author = request.getfixturevalue(role)
    client.force_login(author)
    practice = services.create_practice(
        name="Name 0", language="en", municipality=municipality, themes=["housing"], by=author
    )
    for index in range(1, rows):
        practice = services.update_practice(practice=practice, name=f"Name {index}", by=author)

    with django_assert_num_queries(queries):
        response = client.get(reverse("practices:history", kwargs={"pk": practice.pk}))

    html = response.content.decode()
    entries = [(row.who, new_value(row, "name")) for row in audit_rows(html)]
    assert entries == [(author.username, f"Name {index}") for index in reversed(range(rows))]
