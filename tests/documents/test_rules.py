"""The permission predicates alone, without HTTP."""

import pytest
from django.contrib.auth.models import AnonymousUser

from citypeers.documents.rules import (
    can_attach_document,
    can_delete_document,
    can_download_document,
    document_readers,
)
from tests.factories import DocumentFactory
from tests.generated_network import build_network, disagreements

pytestmark = pytest.mark.django_db


@pytest.fixture
def users(member, organisation_member, outsider, coordinator, admin_user):
    return {
        "visitor": AnonymousUser(),
        "member": member,
        "organisation_member": organisation_member,
        "outsider": outsider,
        "coordinator": coordinator,
        "admin": admin_user,
    }


def test_can_download_document_per_visibility(event, users):
    documents = {
        v: DocumentFactory(item=event, visibility=v) for v in ("public", "members", "participants")
    }

    allowed = {
        visibility: sorted(
            role for role, user in users.items() if can_download_document(user, document)
        )
        for visibility, document in documents.items()
    }

    everyone = sorted(users)
    assert allowed == {
        "public": everyone,
        "members": sorted(set(everyone) - {"visitor"}),
        "participants": ["admin", "coordinator", "member", "organisation_member"],
    }


def test_can_attach_document_to_event(event, users):
    allowed = sorted(role for role, user in users.items() if can_attach_document(user, event))

    assert allowed == ["admin", "coordinator", "member"]


def test_can_delete_document_uploader_and_coordinators(event, users):
    document = DocumentFactory(item=event, by=users["outsider"])

    allowed = sorted(role for role, user in users.items() if can_delete_document(user, document))

    assert allowed == ["admin", "coordinator", "outsider"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_document_readers_predicate_and_query_agree(seed):
    network = build_network(seed)

    assert disagreements(document_readers, network.documents, network.users) == []
