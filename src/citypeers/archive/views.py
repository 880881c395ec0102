"""Coordinators upload a report, review the extracted fields beside the text, and save."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from citypeers.accounts.access import object_for, require
from citypeers.archive import selectors, services
from citypeers.archive.extraction import ReportError
from citypeers.archive.forms import ReviewForm, UploadForm

PAGE_SIZE = 50


@require_http_methods(["GET", "POST"])
def upload(request):
    require(request.user, "archive.import_reports")
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        text, name = form.cleaned_data["decoded"], form.cleaned_data["name"]
        try:
            details = services.extract_text(text=text, source_name=name)
        except ReportError as error:
            form.add_error(None, services.describe_report_error(error))
        else:
            review = ReviewForm(
                initial=ReviewForm.initial_from(details.record, text=text, source_name=name)
            )
            return _review_page(
                request, review, text, name, details.low_confidence, details.problems
            )
    status = 400 if form.errors else 200
    return render(request, "archive/upload.html", {"form": form}, status=status)


@require_POST
def review(request):
    require(request.user, "archive.import_reports")
    form = ReviewForm(request.POST)
    text, name = request.POST.get("text", ""), request.POST.get("source_name", "")
    if not form.is_valid():
        return _review_page(request, form, text, name, [], [])
    outcome = services.import_report_text(
        text=form.cleaned_data["text"],
        source_name=form.cleaned_data["source_name"],
        record=form.record(),
        by=request.user,
    )
    if outcome.report is None:
        form.add_error(None, outcome.message)
        return _review_page(request, form, text, name, [], [])
    messages.success(request, _("The report “%(name)s” was saved.") % {"name": outcome.source})
    return redirect("archive:report", pk=outcome.report.pk)


def _review_page(request, form, text, name, low_confidence, problems, event=None):
    context = {
        "event": event,
        "form": form,
        "text": text,
        "source_name": name,
        "low_confidence": low_confidence,
        "problems": problems,
    }
    return render(request, "archive/review.html", context, status=200 if not form.errors else 400)


def report_list(request):
    require(request.user, "archive.import_reports")
    page = Paginator(selectors.report_list(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "archive/report_list.html", {"page": page})


def report_detail(request, pk: int):
    report = object_for(
        request.user, selectors.report_list(), pk=pk, permission="archive.import_reports"
    )
    form = ReviewForm(
        initial=ReviewForm.initial_from(
            report.record, text=report.text, source_name=report.source_name
        )
    )
    return _review_page(
        request, form, report.text, report.source_name, report.low_confidence, [], report.event
    )
