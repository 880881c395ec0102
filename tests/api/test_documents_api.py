"""Documents' metadata through the API: only what the reader may open, never the file."""

import datetime as dt

import pytest

from citypeers.documents.models import DocumentDownload
from tests.api.tokens import sign_in
from tests.factories import DocumentFactory, EventFactory, EventParticipantFactory, PracticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(municipality):
    """An event in which ``municipality`` (the ``member``'s) took part."""
    event = EventFactory(starts_at=dt.datetime(2022, 5, 4, 9, tzinfo=dt.UTC))
    EventParticipantFactory(event=event, municipality=municipality)
    return event


@pytest.fixture
def documents(event):
    return {
        visibility: DocumentFactory(item=event, visibility=visibility, title=f"{visibility} notes")
        for visibility in ("public", "members", "participants")
    }


def titles(response) -> list[str]:
    return sorted(item["title"] for item in response.json()["items"])


def test_visitor_lists_public_documents_only(client, documents):
    assert titles(client.get("/api/v1/documents")) == ["public notes"]


def test_member_of_another_city_lists_members_documents_too(client, outsider, documents):
    sign_in(client, outsider)

    assert titles(client.get("/api/v1/documents")) == ["members notes", "public notes"]


def test_member_of_a_party_and_coordinator_list_every_document(
    client, member, coordinator, documents
):
    sign_in(client, member)
    as_member = titles(client.get("/api/v1/documents"))
    sign_in(client, coordinator)
    as_coordinator = titles(client.get("/api/v1/documents"))

    assert as_member == as_coordinator == ["members notes", "participants notes", "public notes"]


def test_document_metadata_points_to_the_checked_download(client, documents):
    public = documents["public"]

    body = client.get(f"/api/v1/documents/{public.pk}").json()

    assert body["download_url"] == f"http://testserver/en/documents/{public.pk}/download/"
    assert body["url"] == f"http://testserver/en/documents/{public.pk}/"
    assert (body["size"], body["content_type"], body["sha256"]) == (
        public.size,
        public.content_type,
        public.sha256,
    )
    assert "file" not in body
    assert DocumentDownload.objects.count() == 0


def test_members_document_is_401_for_a_visitor_and_404_for_an_outsider(client, outsider, documents):
    participants = documents["participants"]

    as_visitor = client.get(f"/api/v1/documents/{documents['members'].pk}")
    sign_in(client, outsider)
    as_outsider = client.get(f"/api/v1/documents/{participants.pk}")

    assert as_visitor.status_code == 401
    assert (as_outsider.status_code, as_outsider.json()) == (
        404,
        {"detail": "Not found.", "field": None},
    )


def test_documents_are_found_by_a_part_of_the_title_and_filtered_by_item(client, event, documents):
    practice = PracticeFactory()
    DocumentFactory(item=practice, visibility="public", title="public guide")

    by_words = titles(client.get("/api/v1/documents", {"q": "GUIDE"}))
    by_event = titles(client.get("/api/v1/documents", {"event": event.pk}))
    by_practice = titles(client.get("/api/v1/documents", {"practice": practice.pk}))

    assert (by_words, by_event, by_practice) == (
        ["public guide"],
        ["public notes"],
        ["public guide"],
    )


def test_documents_of_a_draft_practice_stay_with_its_editors(client, coordinator):
    draft = PracticeFactory(status="draft")
    DocumentFactory(item=draft, visibility="public", title="draft plan")

    as_visitor = titles(client.get("/api/v1/documents"))
    sign_in(client, coordinator)
    as_coordinator = titles(client.get("/api/v1/documents"))

    assert (as_visitor, as_coordinator) == ([], ["draft plan"])


def test_documents_order_by_title(client, event):
    for title in ("Beta", "Alpha", "Gamma"):
        DocumentFactory(item=event, visibility="public", title=title)

    body = client.get("/api/v1/documents", {"ordering": "title"}).json()

    assert [item["title"] for item in body["items"]] == ["Alpha", "Beta", "Gamma"]
