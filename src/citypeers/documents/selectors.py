"""Reads of documents: what a user may see and download, fetched and authorised together."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet
from django.http import Http404

from citypeers.accounts.rules import is_coordinator, is_member
from citypeers.documents.enums import Visibility
from citypeers.documents.models import Document, DocumentDownload
from citypeers.documents.rules import participations_of, practices_of
from citypeers.events.models import Event, EventParticipant
from citypeers.practices.models import Practice


class LoginRequired(PermissionDenied):
    """The document exists and an account may open it, but the visitor is not signed in."""


def document_for_download(*, user, pk: int) -> Document:
    """The document ``pk`` if ``user`` may download it: the one check every download passes.

    Raises Http404 when there is no such document (or it hangs on a draft practice the
    user may not see, even to a visitor), LoginRequired when a visitor must sign in first, PermissionDenied when
    a signed-in user has no right to it.
    """
    try:
        document = Document.objects.select_related("practice").get(pk=pk)
    except Document.DoesNotExist:
        raise Http404("No such document.") from None
    if document.practice and not user.has_perm("practices.view_practice", document.practice):
        # A draft's files do not exist for those who may not see the draft, visitors included.
        raise Http404("No such document.")
    if not user.has_perm("documents.download_document", document):
        if not user.is_authenticated:
            raise LoginRequired
        raise PermissionDenied
    return document


def documents_attached_to(*, item, user) -> QuerySet[Document]:
    """The item's documents the user may see listed, newest first.

    Public and members' documents are listed to everyone (a visitor sees that signing in
    opens them); participants' documents only to those who may download them.
    Coordinators also get ``download_count`` on each row.
    """
    documents = Document.objects.filter(**Document.item_filter(item))
    if not is_coordinator(user):
        documents = documents.filter(_listable_by(user, item))
    else:
        documents = documents.annotate(download_count=Count("downloads"))
    return documents.order_by("-created_at", "-pk")


def _listable_by(user, item) -> Q:
    listable = Q(visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS])
    if is_member(user):
        if isinstance(item, Event):
            bodies = EventParticipant.objects.filter(
                participations_of(user), event=OuterRef("event")
            )
        else:
            bodies = Practice.objects.filter(practices_of(user), pk=OuterRef("practice"))
        listable |= Q(visibility=Visibility.PARTICIPANTS) & Exists(bodies)
    return listable


def documents_with_download_counts() -> QuerySet[Document]:
    """Every document with its number of downloads and the last one, for coordinators."""
    return (
        Document.objects.select_related("event", "practice", "uploaded_by")
        .annotate(
            download_count=Count("downloads"), last_download_at=Max("downloads__downloaded_at")
        )
        .order_by("-created_at", "-pk")
    )


def downloads_of(document: Document) -> QuerySet[DocumentDownload]:
    """The download log of one document (who, when), newest first."""
    return document.downloads.select_related("user").order_by("-downloaded_at", "-pk")
