"""The search costs the same number of queries for one matching row of each kind as
for three: each kind is found by a fixed number of indexed lookups and prefetches."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.utils import timezone

from citypeers.search.selectors import search
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


def quokka_rows(n: int) -> None:
    """``n`` rows of each kind with "quokka" in what the search reads."""
    for i in range(n):
        city = MunicipalityFactory(name=f"Quokka Bay {i}", alternate_names=[f"Quokkabucht {i}"])
        PracticeFactory(name=f"Quokka welcome desk {i}", municipality=city)
        event = EventFactory(
            title=f"Exchange {i}",
            report="<p>The quokka method was shown.</p>",
            report_published_at=timezone.now(),
            status="concluded",
        )
        EventParticipantFactory(event=event, municipality=city)
        DocumentFactory(item=event, title=f"Quokka guide {i}", visibility="members")
        OrganisationFactory(name=f"Quokka Foundation {i}")
        PersonFactory(name=f"Ada Quokka {i}")


# (user, queries): the visitor skips people and the members' documents' rules.
@pytest.mark.parametrize("rows", [1, 3])
@pytest.mark.parametrize(("who", "queries"), [("visitor", 13), ("member", 16)])
def test_search_queries_do_not_grow_with_the_rows(
    rows, who, queries, member, django_assert_num_queries
):
    quokka_rows(rows)
    user = member if who == "member" else AnonymousUser()
    search(user, "warm up")  # the vectors' first load is not the search's cost

    # On PostgreSQL the practices' full text also tries trigrams when words found few.
    queries += connection.vendor == "postgresql"

    with django_assert_num_queries(queries):
        results = search(user, "quokka")

    counts = {group.kind: (len(group.results), group.total) for group in results.groups}
    expected = {kind: (rows, rows) for kind in counts}
    if who == "visitor":
        expected["documents"] = (0, 0)
    assert counts == expected


@pytest.mark.parametrize("rows", [1, 3])
def test_search_page_queries_do_not_grow_with_the_rows(
    rows, member_client, django_assert_num_queries
):
    quokka_rows(rows)
    member_client.get("/en/search/", {"q": "warm up"})
    queries = 19 + (connection.vendor == "postgresql")

    with django_assert_num_queries(queries):
        response = member_client.get("/en/search/", {"q": "quokka"})

    assert response.content.decode().count('<li class="result">') == 6 * rows
