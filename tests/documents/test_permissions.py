"""The permission matrix: every item kind, every visibility, every role, through the one
download view. For an event, "participant" is an officer of a municipality that took part
and "organisation_member" works for an organisation that took part; for a practice, the
municipality runs it and the organisation is a partner."""

import pytest
from django.urls import reverse

from citypeers.documents.models import DocumentDownload
from citypeers.documents.samples import pdf_with_text
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

ROLES = [
    "visitor",
    "participant",
    "organisation_member",
    "outsider",
    "coordinator",
    "admin_user",
]
# What each role gets, per visibility: 200 with the bytes, 302 to the login page, 404.
EXPECTED = {
    "public": dict.fromkeys(ROLES, 200),
    "members": {**dict.fromkeys(ROLES, 200), "visitor": 302},
    "participants": {
        "visitor": 302,
        "participant": 200,
        "organisation_member": 200,
        "outsider": 404,
        "coordinator": 200,
        "admin_user": 200,
    },
}
MATRIX = [
    (item, visibility, role)
    for item in ("event", "practice")
    for visibility in EXPECTED
    for role in ROLES
]


@pytest.fixture
def user_in_role(request, member, organisation_member, outsider, coordinator, admin_user):
    def user_for(role):
        if role == "visitor":
            return None
        if role == "participant":
            return member
        return request.getfixturevalue(role)

    return user_for


@pytest.mark.parametrize(("item", "visibility", "role"), MATRIX)
def test_download_permission_matrix(request, client, user_in_role, item, visibility, role):
    content = pdf_with_text([f"For {visibility} only"])
    document = DocumentFactory(
        item=request.getfixturevalue(item), visibility=visibility, content=content
    )
    user = user_in_role(role)
    if user is not None:
        client.force_login(user)

    response = client.get(document.get_absolute_url())

    expected = EXPECTED[visibility][role]
    assert response.status_code == expected
    if expected == 200:
        assert b"".join(response.streaming_content) == content
        assert response["Content-Type"] == "application/pdf"
    else:
        assert not getattr(response, "streaming", False)
        assert content not in response.content
    if expected == 302:
        page = reverse("documents:detail", kwargs={"pk": document.pk})
        assert response["Location"] == f"{reverse('accounts:login')}?next={page}"
    logged = list(DocumentDownload.objects.values_list("document_id", "user_id"))
    assert logged == ([(document.pk, user.pk)] if expected == 200 and user else [])


def test_download_of_missing_document_is_404(coordinator_client):
    response = coordinator_client.get(reverse("documents:download", kwargs={"pk": 999}))

    assert response.status_code == 404


def test_download_by_inactive_member_is_like_a_visitor(client, event, member):
    document = DocumentFactory(item=event, visibility="members")
    member.is_active = False
    member.save()
    client.force_login(member)

    response = client.get(document.get_absolute_url())

    assert response.status_code == 302


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("visitor", 302),  # sent to log in, as for every object a visitor may not see
        ("participant", 200),  # works for the municipality: sees its own draft
        ("organisation_member", 404),
        ("outsider", 404),
        ("coordinator", 200),
    ],
)
def test_documents_of_a_draft_practice_stay_hidden(client, practice, user_in_role, role, expected):
    practice.status = "draft"
    practice.save()
    document = DocumentFactory(item=practice, visibility="public")
    user = user_in_role(role)
    if user is not None:
        client.force_login(user)

    response = client.get(document.get_absolute_url())

    assert response.status_code == expected
