"""The list of documents on an item's page, and the coordinators' download figures."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from citypeers.documents.samples import pdf_with_text
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

PARTIAL = Template('{% include "documents/_attached.html" with item=event %}')


def render_attached(event, user) -> str:
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/en/")
    request.user = user or AnonymousUser()
    return PARTIAL.render(Context({"event": event, "request": request, "user": request.user}))


@pytest.fixture
def three_documents(event):
    return {
        visibility: DocumentFactory(item=event, visibility=visibility, title=f"{visibility} doc")
        for visibility in ("public", "members", "participants")
    }


@pytest.mark.parametrize(
    ("role", "listed", "can_attach"),
    [
        ("visitor", ["public doc", "members doc"], False),
        ("outsider", ["public doc", "members doc"], False),
        ("organisation_member", ["public doc", "members doc", "participants doc"], False),
        ("member", ["public doc", "members doc", "participants doc"], True),
        ("coordinator", ["public doc", "members doc", "participants doc"], True),
    ],
)
def test_attached_lists_what_the_user_may_see(
    request, event, three_documents, role, listed, can_attach
):
    user = None if role == "visitor" else request.getfixturevalue(role)

    html = render_attached(event, user)

    shown = [title for title in ("public doc", "members doc", "participants doc") if title in html]
    assert shown == listed
    assert ("Attach a document" in html) is can_attach
    assert ("Download only for logged in users" in html) is (role == "visitor")
    assert ("Delete" in html) is (role == "coordinator")  # the documents have no uploader


def test_attached_shows_download_counts_to_coordinators_only(client, event, member, coordinator):
    document = DocumentFactory(item=event, visibility="public", title="Agenda")
    client.force_login(member)
    client.get(document.get_absolute_url())
    client.get(document.get_absolute_url())

    assert "2 downloads" in render_attached(event, coordinator)
    assert "downloads" not in render_attached(event, member)


@pytest.mark.parametrize("count", [1, 3])
def test_attached_query_count_does_not_grow_with_documents(
    event, member, count, django_assert_num_queries
):
    for _ in range(count):
        DocumentFactory(item=event, visibility="participants")

    with django_assert_num_queries(3):  # the item's parties, the user's bodies, the documents
        html = render_attached(event, member)

    assert html.count('class="document"') == count


def test_document_list_shows_counts_to_coordinators(client, coordinator, member, event):
    document = DocumentFactory(item=event, title="Minutes")
    client.force_login(member)
    client.get(document.get_absolute_url())
    client.force_login(coordinator)

    response = client.get(reverse("documents:list"))

    assert response.status_code == 200
    rows = list(response.context["page"].object_list)
    assert [(row.title, row.download_count) for row in rows] == [("Minutes", 1)]


@pytest.mark.parametrize("count", [1, 3])
def test_document_list_query_count(coordinator_client, event, count, django_assert_num_queries):
    for _ in range(count):
        DocumentFactory(item=event)

    # session, user, page count, page rows, their events' parties and municipalities (titles)
    with django_assert_num_queries(6):
        response = coordinator_client.get(reverse("documents:list"))

    assert response.content.decode().count("<tr>") == count + 1


def test_document_list_is_for_coordinators_only(client, member):
    anonymous = client.get(reverse("documents:list"))
    client.force_login(member)
    refused = client.get(reverse("documents:list"))

    assert anonymous.status_code == 302
    assert refused.status_code == 404


def test_download_log_shows_who_and_when(client, coordinator, member, event):
    document = DocumentFactory(item=event, visibility="members")
    client.force_login(member)
    client.get(document.get_absolute_url())
    client.force_login(coordinator)

    response = client.get(reverse("documents:downloads", kwargs={"pk": document.pk}))

    log = list(response.context["page"].object_list)
    assert [download.user for download in log] == [member]
    assert member.username in response.content.decode()


def test_download_log_is_refused_to_members(member_client, event):
    document = DocumentFactory(item=event)

    response = member_client.get(reverse("documents:downloads", kwargs={"pk": document.pk}))

    assert response.status_code == 404


def test_coordinator_deletes_a_document_and_its_file(
    coordinator_client, event, stored_files, django_capture_on_commit_callbacks
):
    document = DocumentFactory(item=event, title="Old agenda")
    url = reverse("documents:delete", kwargs={"pk": document.pk})

    confirm = coordinator_client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator_client.post(url)

    assert "Delete “Old agenda”" in confirm.content.decode()
    assert response.status_code == 302
    assert response["Location"] == event.get_absolute_url()
    assert (event.documents.count(), stored_files()) == (0, [])


def test_uploader_may_delete_but_other_members_may_not(client, event, member, outsider):
    document = DocumentFactory(item=event, by=member)
    url = reverse("documents:delete", kwargs={"pk": document.pk})
    assert "Delete" in render_attached(event, member)
    assert "Delete" not in render_attached(event, outsider)
    client.force_login(outsider)
    refused = client.post(url)
    client.force_login(member)

    allowed = client.post(url)

    assert (refused.status_code, allowed.status_code) == (404, 302)
    assert event.documents.count() == 0


PRACTICE_PARTIAL = Template('{% include "documents/_attached.html" with item=practice %}')


def test_attached_on_a_practice_lists_participants_documents_to_partners(
    practice, organisation_member, outsider
):
    DocumentFactory(item=practice, visibility="participants", title="Budget")
    request = RequestFactory().get("/en/")

    def render_for(user):
        request.user = user
        return PRACTICE_PARTIAL.render(
            Context({"practice": practice, "request": request, "user": user})
        )

    assert "Budget" in render_for(organisation_member)
    assert "Budget" not in render_for(outsider)
    assert reverse("documents:attach_to_practice", kwargs={"practice_pk": practice.pk}) not in (
        render_for(organisation_member)
    )


@pytest.mark.parametrize(
    ("language", "size"),
    [("en", "702 bytes"), ("it", "702 byte"), ("pl", "702 bajty"), ("de", "702 Byte")],
)
def test_attached_says_the_file_size_in_the_page_language(event, member, language, size):
    content = pdf_with_text(["Agenda"])
    DocumentFactory(item=event, title="Agenda", content=content.ljust(702, b"\n"))

    with translation.override(language):
        html = render_attached(event, member)

    assert f", {size}, " in html
