"""Documents' metadata; the files themselves leave only through the site's download view,
which checks the same permission again (``download_url``)."""

import datetime as dt

from django.urls import reverse
from ninja import Query, Router, Schema
from ninja.pagination import paginate
from pydantic import Field

from citypeers.accounts.access import object_for
from citypeers.api.access import viewer
from citypeers.api.listing import (
    SearchWords,
    absolute,
    ordered,
    ordering_field,
    orderings,
)
from citypeers.api.pagination import BoundedLimitOffsetPagination
from citypeers.api.schemas import INPUT_ERRORS, LOOKUP_ERRORS, api_url
from citypeers.documents import selectors
from citypeers.documents.selectors import documents_attached_to

router = Router(tags=["documents"])

DOCUMENT_ORDERINGS = orderings(created_at="created_at", title="title")


class DocumentFilters(Schema):
    q: SearchWords = ""
    event: int | None = Field(None, ge=1, le=2**63 - 1)
    practice: int | None = Field(None, ge=1, le=2**63 - 1)
    ordering: str = ordering_field(DOCUMENT_ORDERINGS, "-created_at")


class DocumentOut(Schema):
    """A document's metadata. ``url`` is its page on the site; ``download_url`` the
    site's download, which asks the same permission again (never the stored file)."""

    id: int
    title: str
    description: str
    language: str
    visibility: str
    file_name: str = Field(alias="original_name")
    content_type: str
    size: int
    sha256: str
    created_at: dt.datetime
    event_id: int | None
    practice_id: int | None
    url: str
    api_url: str
    download_url: str

    @staticmethod
    def resolve_url(document, context) -> str:
        path = reverse("documents:detail", kwargs={"pk": document.pk})
        return absolute(context["request"], path)

    resolve_api_url = staticmethod(api_url)

    @staticmethod
    def resolve_download_url(document, context) -> str:
        path = reverse("documents:download", kwargs={"pk": document.pk})
        return absolute(context["request"], path)


class AttachedDocumentOut(DocumentOut):
    """A document listed on an item's page; ``may_download`` says whether the reader may
    open it (a visitor sees members' documents listed, as on the page, but not open)."""

    may_download: bool


def attached_documents(item, user) -> list:
    """The documents ``item``'s page lists to ``user``, each with ``may_download``."""
    documents = list(documents_attached_to(item=item, user=user))
    for document in documents:
        # The permission reads the item's parties or partners, prefetched on the item.
        setattr(document, "event" if document.event_id else "practice", item)
        document.may_download = user.has_perm("documents.download_document", document)
    return documents


@router.get("/documents", response={200: list[DocumentOut], **INPUT_ERRORS})
@paginate(BoundedLimitOffsetPagination)
def list_documents(request, filters: Query[DocumentFilters]):
    """The documents the reader may open (the site's rule): public ones for everyone,
    members' documents for members, participants' for the event's or practice's bodies;
    newest first. `q` matches a part of the title."""
    documents = selectors.documents_visible_to(
        viewer(request), query=filters.q, event=filters.event, practice=filters.practice
    )
    return ordered(documents, filters.ordering, DOCUMENT_ORDERINGS)


@router.get("/documents/{document_id}", response={200: DocumentOut, **LOOKUP_ERRORS})
def get_document(request, document_id: int):
    """A document the reader may open: `401` without credentials for one that is not
    public, `404` for a user the site would refuse."""
    return object_for(
        viewer(request),
        selectors.documents_for_download(),
        pk=document_id,
        permission="documents.download_document",
    )
