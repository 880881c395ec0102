"""The documents' search selector: titles, among the documents the user may download."""

import pytest
from django.contrib.auth.models import AnonymousUser

from citypeers.documents.selectors import document_hits
from tests.factories import DocumentFactory, EventFactory, EventParticipantFactory

pytestmark = pytest.mark.django_db


def test_titles_found_only_where_the_user_may_download(member, outsider, coordinator, municipality):
    event = EventFactory()
    EventParticipantFactory(event=event, municipality=municipality)
    for visibility in ("public", "members", "participants"):
        DocumentFactory(item=event, title=f"Language course ({visibility})", visibility=visibility)

    seen = {
        name: sorted(hit.title for hit in document_hits(user, "language course", limit=5).hits)
        for name, user in [
            ("visitor", AnonymousUser()),
            ("other city", outsider),
            ("participant", member),
            ("coordinator", coordinator),
        ]
    }

    assert seen == {
        "visitor": ["Language course (public)"],
        "other city": ["Language course (members)", "Language course (public)"],
        "participant": [
            "Language course (members)",
            "Language course (participants)",
            "Language course (public)",
        ],
        "coordinator": [
            "Language course (members)",
            "Language course (participants)",
            "Language course (public)",
        ],
    }
