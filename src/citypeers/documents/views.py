"""Thin views: fetch-and-check through selectors, writes through services."""

import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET

from citypeers.accounts.access import object_for, require
from citypeers.core.formatting import file_size_text
from citypeers.documents import selectors, services
from citypeers.documents.enums import Visibility
from citypeers.documents.forms import DocumentUploadForm
from citypeers.documents.headers import content_disposition
from citypeers.documents.models import Document
from citypeers.documents.upload_handlers import UploadSizeLimit
from citypeers.events.models import Event
from citypeers.practices.selectors import practices_visible_to

logger = logging.getLogger(__name__)

PAGE_SIZE = 50
STREAM_BLOCK_BYTES = 256 * 1024


def _document_to_download(request, pk: int) -> Document:
    """The document ``pk`` if the user may download it; a visitor logs in and comes back
    to the document's page (a browser shows a page after the login, not a file)."""
    return object_for(
        request.user,
        selectors.documents_for_download(),
        pk=pk,
        permission="documents.download_document",
        message=_("Download only for logged in users"),
        come_back_to=reverse("documents:detail", kwargs={"pk": pk}),
    )


@require_GET
def document_detail(request, pk: int):
    """A document's page: what it is, what it belongs to, who may have it, the download."""
    document = _document_to_download(request, pk)
    return render(
        request, "documents/document_detail.html", {"document": document, "item": document.item}
    )


@require_GET
def document_download(request, pk: int):
    """The one view that hands out stored files, once the access step allows it."""
    document = _document_to_download(request, pk)
    try:
        stream = document.file.storage.open(document.file.name, "rb")
    except FileNotFoundError:
        logger.error("document %s: stored file %s is missing", document.pk, document.file.name)
        raise Http404("The file is missing.") from None
    services.record_download(document=document, user=request.user)
    response = FileResponse(stream, content_type=document.content_type)
    response.block_size = STREAM_BLOCK_BYTES
    response["Content-Disposition"] = content_disposition(document.original_name)
    if document.visibility != Visibility.PUBLIC:
        response["Cache-Control"] = "private, no-store"
    return response


@csrf_exempt  # CSRF is checked below, once the size limit is in place (Django's recipe)
def attach_to_event(request, event_pk: int):
    events = Event.objects.prefetch_related("participants")
    return _with_size_limit(request, _document_upload, item_query=events, pk=event_pk)


@csrf_exempt  # as above
def attach_to_practice(request, practice_pk: int):
    practices = practices_visible_to(request.user)
    return _with_size_limit(request, _document_upload, item_query=practices, pk=practice_pk)


def _with_size_limit(request, view, **kwargs):
    size_limit = UploadSizeLimit(request, limit=settings.DOCUMENT_MAX_UPLOAD_BYTES)
    request.upload_handlers.insert(0, size_limit)
    return view(request, size_limit=size_limit, **kwargs)


@csrf_protect
def _document_upload(request, *, item_query, pk: int, size_limit: UploadSizeLimit):
    item = object_for(request.user, item_query, pk=pk, permission="documents.attach_document")
    posted = request.method == "POST"
    status = 400
    form = DocumentUploadForm(request.POST, request.FILES) if posted else DocumentUploadForm()
    if size_limit.refused:  # the file was dropped on arrival: say why it is missing
        form.fields["file"].error_messages["required"] = _(
            "The file is larger than the limit of %(limit)s."
        ) % {"limit": file_size_text(size_limit.limit)}
    if posted and form.is_valid():
        try:
            document = services.attach_document(
                item=item,
                upload=form.cleaned_data["file"],
                title=form.cleaned_data["title"],
                language=form.cleaned_data["language"],
                description=form.cleaned_data["description"],
                visibility=form.cleaned_data["visibility"],
                by=request.user,
            )
        except ValidationError as error:
            _show_errors(form, error)
        except services.DocumentStoreUnavailable as error:
            form.add_error(None, str(error))
            status = 503  # the server's fault, not the form's: try again later
        else:
            messages.success(request, _("“%(title)s” was attached.") % {"title": document.title})
            return redirect(item.get_absolute_url())
    return render(
        request,
        "documents/upload.html",
        {"form": form, "item": item, "max_bytes": settings.DOCUMENT_MAX_UPLOAD_BYTES},
        status=status if form.errors else 200,
    )


def _show_errors(form, error: ValidationError) -> None:
    """Put the service's errors next to the fields they concern (the file by default)."""
    if not hasattr(error, "error_dict"):
        form.add_error("file", error)
        return
    for field, errors in error.error_dict.items():
        form.add_error(field if field in form.fields else "file", errors)


def document_delete(request, pk: int):
    """Ask, then delete a document and its file (coordinators and whoever attached it)."""
    document = object_for(
        request.user,
        Document.objects.select_related("event", "practice"),
        pk=pk,
        permission="documents.delete_document",
    )
    item = document.item
    if request.method == "POST":
        services.delete_document(document=document, by=request.user)
        messages.success(request, _("“%(title)s” was deleted.") % {"title": document.title})
        return redirect(item.get_absolute_url())
    return render(request, "documents/document_delete.html", {"document": document, "item": item})


def document_list(request):
    """Every document with its download count: the coordinators' overview."""
    require(request.user, "documents.see_download_log")
    documents = selectors.documents_with_download_counts()
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "documents/document_list.html", {"page": page})


def document_downloads(request, pk: int):
    """Who downloaded one document, and when."""
    document = object_for(
        request.user,
        Document.objects.select_related("event", "practice"),
        pk=pk,
        permission="documents.see_download_log",
    )
    page = Paginator(selectors.downloads_of(document), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request, "documents/document_downloads.html", {"document": document, "page": page}
    )
