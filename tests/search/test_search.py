"""The site-wide search: every kind a user may see, grouped, each result with why."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from citypeers.practices.search import InvalidSearch
from citypeers.search.selectors import KINDS, search

pytestmark = pytest.mark.django_db


def found(results) -> dict[str, list[tuple[str, str]]]:
    """Kind → [(title, why)] of every group."""
    return {g.kind: [(r.title, r.why) for r in g.results] for g in results.groups}


def test_housing_finds_every_kind_a_member_may_see(housing_network, member):

    results = search(member, "housing")

    assert found(results) == {
        "municipalities": [],
        "practices": [("Housing first for families", "name")],
        "events": [("Second exchange", "report text")],
        "organisations": [("Housing Europe", "name")],
        "people": [],
        "documents": [("Housing survey", "title"), ("Housing toolkit", "title")],
    }
    assert [g.total for g in results.groups] == [0, 1, 1, 1, 0, 2]


def test_people_are_found_for_members_only(housing_network, member):

    by_member = search(member, "housman", kinds="people")
    by_visitor = search(AnonymousUser(), "housman", kinds="people")

    assert found(by_member) == {"people": [("Maria Housman", "name")]}
    assert found(by_visitor) == {}


def test_visitor_sees_no_people_and_no_members_documents(housing_network):

    results = search(AnonymousUser(), "housing")

    groups = found(results)
    assert "people" not in groups
    assert groups["documents"] == [("Housing toolkit", "title")]
    assert [g.kind for g in results.groups] == [k for k in KINDS if k != "people"]


def test_signed_in_user_who_is_no_member_sees_no_people(housing_network, django_user_model):
    account = django_user_model.objects.create_user(username="lone", password="x" * 12)

    results = search(account, "Housman")

    assert "people" not in found(results)
    assert results.total == 0


def test_alternate_name_finds_florence_and_says_so(housing_network):

    results = search(AnonymousUser(), "Firenze")

    groups = found(results)
    assert groups["municipalities"] == [("Florence", "alternate name: Firenze")]
    assert groups["events"] == [("Second exchange", "city: Firenze")]


def test_why_is_in_the_page_language(housing_network):

    with translation.override("it"):
        results = search(AnonymousUser(), "firenze")

    assert found(results)["municipalities"] == [("Florence", "nome alternativo: Firenze")]


def test_snippet_marks_the_words_and_escapes_the_text(housing_network):
    housing_network.organisation.name = "<script>alert(1)</script> Housing Europe"
    housing_network.organisation.save()

    results = search(AnonymousUser(), "housing", kinds=["organisations", "events"])

    organisation = results.groups[1].results[0]
    assert str(organisation.snippet) == (
        "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Housing</mark> Europe"
    )
    event = results.groups[0].results[0]
    assert str(event.snippet) == (
        "The two cities compared their social <mark>housing</mark> waiting lists."
    )


def test_results_link_to_their_objects(housing_network):

    results = search(AnonymousUser(), "housing", kinds="documents")

    (group,) = results.groups
    assert [r.url for r in group.results] == [
        f"/en/documents/{housing_network.public_document.pk}/"
    ]


def test_more_links_go_to_each_list_search(housing_network):

    results = search(AnonymousUser(), "housing toolkit")

    assert {g.kind: g.more_url for g in results.groups} == {
        "municipalities": "/en/network/?q=housing+toolkit",
        "practices": "/en/practices/?q=housing+toolkit",
        "events": "/en/search/?q=housing+toolkit&kind=events",
        "organisations": "/en/search/?q=housing+toolkit&kind=organisations",
        "documents": "/en/search/?q=housing+toolkit&kind=documents",
    }


def test_limit_per_kind_keeps_the_total(housing_network, member):

    results = search(member, "housing", kinds=["documents"], limit_per_kind=1)

    (group,) = results.groups
    assert (len(group.results), group.total, group.more) == (1, 2, True)


def test_draft_report_text_is_found_by_coordinators_only(housing_network, coordinator):
    housing_network.event.report_published_at = None
    housing_network.event.save()

    seen = [
        found(search(user, "waiting lists", kinds="events"))["events"]
        for user in (AnonymousUser(), coordinator)
    ]

    assert seen == [[], [("Second exchange", "report text")]]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Type a word to search for."),
        ("   ", "Type a word to search for."),
        ("x" * 201, "The search is too long: at most 200 characters, not 201."),
        ("?!… -- ''", "Type letters or digits to search for: punctuation alone finds nothing."),
    ],
)
def test_queries_that_cannot_be_searched_say_why(query, message):

    with pytest.raises(InvalidSearch) as refused:
        search(AnonymousUser(), query)

    assert str(refused.value) == message


def test_unknown_kind_is_refused_by_name():

    with pytest.raises(InvalidSearch) as refused:
        search(AnonymousUser(), "housing", kinds=["cities"])

    assert str(refused.value) == (
        "Unknown kind 'cities'. Known kinds: "
        "municipalities, practices, events, organisations, people, documents."
    )
