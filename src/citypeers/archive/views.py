"""Coordinators upload a report, review the extracted fields beside the text, and save."""

import re

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from citypeers.accounts.access import object_for, require
from citypeers.archive import selectors, services
from citypeers.archive.extraction import ReportError
from citypeers.archive.forms import ReviewForm, UploadForm, review_record
from citypeers.archive.languages import READ_LANGUAGES, in_no_read_language
from citypeers.archive.meetings import leading_report, reports_of_the_record
from citypeers.archive.practice_links import named_practices
from citypeers.archive.review_rows import row_formsets
from citypeers.archive.validation import outside_directory_notes
from citypeers.core.formatting import language_text, list_text
from citypeers.events import selectors as event_selectors
from citypeers.events.models import Event

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
                request,
                review,
                row_formsets(details.record),
                low_confidence=details.low_confidence,
                evidence=details.evidence,
                problems=details.problems
                + (outside_directory_notes(text) if not details.record["municipalities"] else []),
                earlier_imports=selectors.earlier_imports(source_name=name, text=text),
                meeting_reports=reports_of_the_record(details.record),
                unread_language=in_no_read_language(text),
            )
    status = 400 if form.errors else 200
    return render(request, "archive/upload.html", {"form": form}, status=status)


@require_POST
def review(request):
    require(request.user, "archive.import_reports")
    form = ReviewForm(request.POST)
    formsets = row_formsets(data=request.POST)
    record, create = review_record(form, formsets)
    if record is None:
        return _review_page(request, form, formsets)
    outcome = services.import_report_text(
        text=form.cleaned_data["text"],
        source_name=form.cleaned_data["source_name"],
        record=record,
        shown_text=form.cleaned_data["shown_text"],
        new_practices=create,
        separate_event=form.cleaned_data["separate_event"],
        by=request.user,
    )
    if outcome.report is None:
        form.add_error(None, outcome.message)
        return _review_page(
            request,
            form,
            formsets,
            meeting_reports=reports_of_the_record(record, exclude=_saved_pk(record)),
        )
    messages.success(request, _("The report “%(name)s” was saved.") % {"name": outcome.source})
    leader = leading_report(outcome.report)
    if leader is not None:
        messages.info(
            request,
            _(
                "It tells of the same meeting as “%(name)s”, so it joined that event: its "
                "people and parties were added, and its text is among the event's documents."
            )
            % {"name": leader.source_name},
        )
    return redirect("archive:report", pk=outcome.report.pk)


def _review_page(
    request,
    form,
    formsets,
    *,
    low_confidence=(),
    evidence=None,
    problems=(),
    event=None,
    missing_event=False,
    earlier_imports=(),
    unread_language=False,
    meeting_reports=(),
):
    """The review: the text beside the fields, unsure ones highlighted with their sentences.

    `missing_event`: a saved report that has no event yet, so the page says why;
    `earlier_imports`: saved reports this upload would replace or repeat;
    `unread_language`: the text seems written in none of the languages the archive reads;
    `meeting_reports`: saved reports of the same meeting, whose event saving joins."""
    data = form.data if form.is_bound else form.initial
    names = [row["name"].value() for row in formsets["practices"].forms]
    known = named_practices({"practices": [{"name": name} for name in names if name]})
    failed = form.errors or any(f.errors or f.non_form_errors() for f in formsets.values())
    context = {
        "event": event,
        "missing_event": missing_event,
        "earlier_imports": list(earlier_imports),
        "unread_language": unread_language,
        "meeting_reports": list(meeting_reports),
        "read_languages": list_text(language_text(code) for code in READ_LANGUAGES),
        "form": form,
        "formsets": formsets,
        "text": panel_text(data.get("text", "")),
        "source_name": data.get("source_name", ""),
        "low_confidence": list(low_confidence),
        "evidence": evidence or {},
        "problems": problems,
        "library": {item.name: item.practice for item in known},
    }
    return render(request, "archive/review.html", context, status=400 if failed else 200)


def panel_text(text: str) -> str:
    """The report as the text panel shows it (``white-space: pre-wrap``): its line breaks
    kept, but a run of blank lines shown as one, as the event page's paragraphs are."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


_BLANK_RUN = re.compile(r"\n{3,}")


def report_list(request):
    require(request.user, "archive.import_reports")
    page = Paginator(selectors.report_list(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "archive/report_list.html", {"page": page})


def report_detail(request, pk: int):
    report = object_for(
        request.user, selectors.reports(), pk=pk, permission="archive.import_reports"
    )
    form = ReviewForm(
        initial=ReviewForm.initial_from(
            report.record,
            text=report.text,
            source_name=report.source_name,
            shown_text=report.shown_text,
            separate_event=report.separate_event,
        )
    )
    return _review_page(
        request,
        form,
        row_formsets(report.record),
        low_confidence=report.low_confidence,
        evidence=report.evidence,
        event=_titled_event(report.event_id),
        missing_event=report.event_id is None,
        meeting_reports=selectors.meeting_reports(report),
    )


def _saved_pk(record: dict) -> int | None:
    """The saved report a reviewed record belongs to, if it was saved before."""
    return selectors.report_pk(source_name=record["source"])


def _titled_event(pk: int | None):
    """The report's event with what its title reads (constant queries)."""
    if pk is None:
        return None
    return event_selectors.with_list_relations(Event.objects.filter(pk=pk)).first()
