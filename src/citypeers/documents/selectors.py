"""Reads of documents: what a user may see and download, fetched and authorised together."""

from django.db.models import Count, Max, Q, QuerySet
from django.utils.translation import gettext as _

from citypeers.accounts.rules import is_coordinator
from citypeers.core.hits import Found, Hit
from citypeers.documents.enums import Visibility
from citypeers.documents.models import Document, DocumentDownload
from citypeers.documents.rules import document_readers


def documents_for_download() -> QuerySet[Document]:
    """Documents with their item; the check reads participants only when it needs them."""
    return Document.objects.select_related("practice", "event")


def documents_visible_to(
    user, *, query: str = "", event: int | None = None, practice: int | None = None
) -> QuerySet[Document]:
    """The documents ``user`` may open (``document_readers``, as the document page checks),
    newest first: titled like ``query`` (any case), of one event or practice."""
    documents = document_readers.queryset(user, documents_for_download())
    if query.strip():
        documents = documents.filter(title__icontains=query.strip())
    if event:
        documents = documents.filter(event_id=event)
    if practice:
        documents = documents.filter(practice_id=practice)
    return documents.order_by("-created_at", "-pk")


def documents_attached_to(*, item, user) -> QuerySet[Document]:
    """The item's documents the user may see listed, newest first.

    Public and members' documents are listed to everyone (a visitor sees that signing in
    opens them); participants' documents only to those who may download them.
    Coordinators also get ``download_count`` on each row.
    """
    documents = Document.objects.filter(**Document.item_filter(item))
    if not is_coordinator(user):
        listed = Q(visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS])
        documents = documents.filter(listed | document_readers.filter(user))
    else:
        documents = documents.annotate(download_count=Count("downloads"))
    return documents.order_by("-created_at", "-pk")


def documents_with_download_counts() -> QuerySet[Document]:
    """Every document with its number of downloads and the last one, for coordinators."""
    return (
        Document.objects.select_related("event__series", "event__venue", "practice", "uploaded_by")
        .prefetch_related("event__participants__municipality")  # the events' titles
        .annotate(
            download_count=Count("downloads"), last_download_at=Max("downloads__downloaded_at")
        )
        .order_by("-created_at", "-pk")
    )


def downloads_of(document: Document) -> QuerySet[DocumentDownload]:
    """The download log of one document (who, when), newest first."""
    return document.downloads.select_related("user").order_by("-downloaded_at", "-pk")


def document_hits(user, query: str, *, limit: int) -> Found:
    """The site search's documents: titles containing the query, among the documents
    ``user`` may download (``document_readers``), newest first. Two queries."""
    titled = Document.objects.filter(title__icontains=query.strip())
    documents = document_readers.queryset(user, titled)
    rows = documents.order_by("-created_at", "-pk")[:limit]
    hits = [Hit(d, d.title, "title", _("title"), d.title, d.original_name) for d in rows]
    return Found(hits, documents.count())
