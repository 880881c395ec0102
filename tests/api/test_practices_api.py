"""Practices through the API: the site's search, filters, sorts and rules."""

import pytest

from tests.api.tokens import sign_in
from tests.factories import PersonFactory, PracticeFactory

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    return [item["name"] for item in response.json()["items"]]


def test_search_finds_practices_with_why_they_matched(client):
    shelter = PracticeFactory(name="Night shelter for newcomers", summary="Beds for the winter.")
    PracticeFactory(name="Language lessons", summary="Courses for adults.")

    body = client.get("/api/v1/practices", {"q": "shelter"}).json()

    assert [item["id"] for item in body["items"]] == [shelter.pk]
    assert body["items"][0]["matched"] == "matches shelter"
    assert body["items"][0]["api_url"] == f"http://testserver/api/v1/practices/{shelter.pk}"


def test_search_sorted_by_name_keeps_only_what_it_found(client):
    PracticeFactory(name="Shelter B")
    PracticeFactory(name="Shelter A")
    PracticeFactory(name="Language lessons")

    response = client.get("/api/v1/practices", {"q": "shelter", "ordering": "name"})

    assert names(response) == ["Shelter A", "Shelter B"]
    assert [item["matched"] for item in response.json()["items"]] == [None, None]


def test_practices_filter_by_theme(client):
    PracticeFactory(name="Shelter", themes=["housing"])
    PracticeFactory(name="Lessons", themes=["language", "education"])

    assert names(client.get("/api/v1/practices", {"theme": "language"})) == ["Lessons"]


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"theme": "gardening"}, "'gardening'"),
        ({"country": "ZZ"}, "'ZZ'"),
        ({"target_group": "cats"}, "'cats'"),
        ({"year_from": "1066"}, "between 1900 and 2100"),
        ({"status": "deleted"}, "'deleted'"),
    ],
)
def test_bad_practice_filter_is_a_400_that_names_it(client, params, named):
    PracticeFactory()

    response = client.get("/api/v1/practices", params)

    assert response.status_code == 400
    assert named in response.json()["detail"]


def test_drafts_are_listed_to_their_editors_only(client, member, municipality):
    PracticeFactory(name="Our draft", status="draft", municipality=municipality)
    PracticeFactory(name="Published one")

    as_visitor = client.get("/api/v1/practices", {"status": "draft"})
    sign_in(client, member)
    as_member = client.get("/api/v1/practices", {"status": "draft"})

    assert as_visitor.status_code == 400
    assert names(as_member) == ["Our draft"]


def test_draft_is_401_for_a_visitor_and_404_for_another_member(client, outsider):
    draft = PracticeFactory(status="draft")

    as_visitor = client.get(f"/api/v1/practices/{draft.pk}")
    sign_in(client, outsider)
    as_outsider = client.get(f"/api/v1/practices/{draft.pk}")

    assert as_visitor.status_code == 401
    assert as_outsider.status_code == 404


def test_practice_contact_is_for_members_only(client, member):
    contact = PersonFactory(name="Ada Rossi")
    practice = PracticeFactory(contact=contact)
    address = f"/api/v1/practices/{practice.pk}"

    as_visitor = client.get(address).json()["contact"]
    sign_in(client, member)
    as_member = client.get(address).json()["contact"]

    assert as_visitor is None
    assert as_member == {
        "person_id": contact.pk,
        "name": "Ada Rossi",
        "email": contact.email,
        "phone": contact.phone,
    }


def test_practice_cites_only_what_the_reader_may_see(client):
    secret = PracticeFactory(name="Secret pilot", status="draft")
    source = PracticeFactory(name="Porta Futuro")
    adopter = PracticeFactory(name="Career centre")
    adopter.inspired_by.set([source, secret])

    body = client.get(f"/api/v1/practices/{adopter.pk}").json()

    assert body["inspired_by"] == [{"id": source.pk, "name": "Porta Futuro"}]
