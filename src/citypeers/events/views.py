"""Pages of the events app: thin views that fetch, authorise, call a service and render."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from citypeers.accounts.access import object_for, require
from citypeers.core.audit import changes_since, edit_version, posted_version
from citypeers.core.formatting import base_language
from citypeers.core.themes import Theme
from citypeers.events import exports, selectors, services
from citypeers.events.calendars import calendar_of
from citypeers.events.enums import EventKind, EventStatus
from citypeers.events.forms import (
    ConcludeForm,
    EventForm,
    FollowUpForm,
    PersonForm,
    PresentationForm,
    ProgressForm,
    SeriesTranslationsForm,
    SessionForm,
    apply_service_errors,
    event_form_initial,
)
from citypeers.events.models import (
    Event,
    EventPerson,
    EventPresentation,
    EventSeries,
    EventSession,
    FollowUpAction,
)
from citypeers.events.times import event_zones
from citypeers.events.titles import event_title
from citypeers.network import services as network_services
from citypeers.network.models import Municipality

PAGE_SIZE = 25
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
TIME_FIELDS = {"starts_at": "start_time", "ends_at": "end_time", "participants": "municipalities"}


def _list_filters(request) -> selectors.EventFilters:
    """The list's filters from the query string (the flag of events to conclude is for those
    who see flags)."""
    return selectors.EventFilters.for_reader(request.GET, request.user)


def _without_page(query) -> str:
    """The query string of the list's filters, for links to the same list in other forms."""
    query = query.copy()
    query.pop("page", None)
    return query.urlencode()


def event_list(request):
    filters = _list_filters(request)
    page = Paginator(selectors.event_list(filters), PAGE_SIZE).get_page(request.GET.get("page"))
    counts = selectors.cached_filter_counts(filters)
    context = {
        "page": page,
        "filters": filters,
        "counts": counts,
        "kinds": [(value, label, counts.kind.get(value, 0)) for value, label in EventKind.choices],
        "statuses": [
            (value, label, counts.status.get(value, 0)) for value, label in EventStatus.choices
        ],
        "themes": [
            (value, label, counts.theme[value])
            for value, label in Theme.choices
            if value in counts.theme
        ],
        "countries": [
            (c.code, c.name, counts.country[c.code])
            for c in selectors.countries_with_events(counts.country)
        ],
        "municipality": Municipality.objects.filter(pk=filters.municipality).first()
        if filters.municipality
        else None,
        "can_manage": request.user.has_perm("events.add_event"),
        "export_query": _without_page(request.GET),
    }
    if context["can_manage"]:
        context["to_conclude_count"] = selectors.events_to_conclude().count()
        context["overdue_count"] = selectors.overdue_follow_ups().count()
    return render(request, "events/event_list.html", context)


def _export_rows(request) -> list[list] | None:
    """The rows of the list's events, or None when they are more than an export holds."""
    filters = _list_filters(request)
    if selectors.event_list(filters).count() > settings.EVENT_EXPORT_MAX_ROWS:
        return None
    return exports.export_rows(
        filters,
        language=base_language(),
        url_of=lambda event: request.build_absolute_uri(event.get_absolute_url()),
    )


def _too_many_to_export(request):
    """Back to the list with its filters, saying how to make the export fit."""
    messages.error(
        request,
        _(
            "An export holds at most %(most)s events and this list has more: narrow it "
            "(a year, a country, a kind) and download it again."
        )
        % {"most": f"{settings.EVENT_EXPORT_MAX_ROWS:,}"},
    )
    query = _without_page(request.GET)
    return redirect(reverse("events:list") + (f"?{query}" if query else ""))


def _export_name(extension: str) -> str:
    return f"events-{timezone.localdate():%Y-%m-%d}.{extension}"


def event_export_csv(request):
    """The list's events, with its filters, as CSV."""
    rows = _export_rows(request)
    if rows is None:
        return _too_many_to_export(request)
    body = "\ufeff" + exports.events_csv(rows)
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_export_name("csv")}"'
    return response


def event_export_xlsx(request):
    """The list's events, with its filters, as an Excel workbook."""
    rows = _export_rows(request)
    if rows is None:
        return _too_many_to_export(request)
    response = HttpResponse(exports.events_xlsx(rows), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_export_name("xlsx")}"'
    return response


def _event(request, pk: int, permission: str | None = None) -> Event:
    """The event of the page through the one access step, with what its page shows."""
    return object_for(request.user, selectors.events_for_page(), pk=pk, permission=permission)


def event_detail(request, pk: int):
    event = _event(request, pk)
    user = request.user
    context = {
        "event": event,
        "zones": event_zones(event),
        "can_edit": user.has_perm("events.change_event", event),
        "can_cancel": user.has_perm("events.cancel_event", event),
        "can_conclude": user.has_perm("events.conclude_event", event),
        "can_see_link": user.has_perm("events.see_meeting_link", event),
        "can_see_flags": user.has_perm("events.see_flags"),
        "can_see_report": user.has_perm("events.see_report", event),
        "can_see_progress": user.has_perm("events.see_follow_up_progress", event),
        "can_see_people": user.has_perm("network.see_people"),
        "can_translate_series": user.has_perm("events.translate_series", event.series),
        "progress_actions": {
            action.pk
            for action in event.follow_ups.all()
            if user.has_perm("events.add_follow_up_progress", action)
        },
    }
    if user.has_perm("events.see_history", event):
        context["changes"] = selectors.event_changes(event)
    return render(request, "events/event_detail.html", context)


@require_http_methods(["GET", "POST"])
def series_translations(request, pk: int):
    """The series' names (and their genders) in other languages, for coordinators; back to
    the event page the link came from (``?event=``)."""
    series = object_for(
        request.user, EventSeries.objects, pk=pk, permission="events.translate_series"
    )
    event = request.GET.get("event", "")
    back = reverse("events:detail", args=[int(event)]) if event.isdecimal() else ""
    data = request.POST if request.method == "POST" else None
    form = SeriesTranslationsForm(data, instance=series)
    if data is not None and form.is_valid():
        network_services.translate_names(obj=series, names=form.cleaned_data, by=request.user)
        messages.success(request, _("The translations were saved."))
        return redirect(back or request.get_full_path())
    return render(
        request,
        "network/translations_form.html",
        {"object": series, "form": form, "back": back},
        status=400 if data is not None else 200,
    )


def event_ics(request, pk: int):
    event = _event(request, pk)
    body = calendar_of(
        [event],
        name=event_title(event, base_language()),
        url_of=lambda e: request.build_absolute_uri(e.get_absolute_url()),
        language=base_language(),
        with_link=lambda e: request.user.has_perm("events.see_meeting_link", e),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}.ics"'
    return response


def _feed_response(request, events, name: str) -> HttpResponse:
    body = calendar_of(
        events,
        name=name,
        url_of=lambda e: request.build_absolute_uri(e.get_absolute_url()),
        language=base_language(),
    )
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


def calendar_all(request):
    return _feed_response(request, selectors.calendar_feed_events(), _("citypeers events"))


def calendar_municipality(request, pk: int):
    municipality = object_for(request.user, Municipality.objects, pk=pk)
    events = selectors.calendar_feed_events(municipality=municipality)
    name = _("citypeers events: %(name)s") % {"name": municipality.display_name}
    return _feed_response(request, events, name)


def calendar_theme(request, theme: str):
    if theme not in Theme.values:
        raise Http404
    events = selectors.calendar_feed_events(theme=theme)
    name = _("citypeers events: %(name)s") % {"name": Theme(theme).label}
    return _feed_response(request, events, name)


def _save_event_form(request, form, *, event=None):
    """Run the service for a valid form; on a service error, put it on the form."""
    arguments = form.service_arguments()
    try:
        if event is None:
            return services.create_event(by=request.user, **arguments)
        version = posted_version(request.POST)
        return services.update_event(
            event=event, by=request.user, expected_version=version, **arguments
        )
    except ValidationError as error:
        apply_service_errors(form, error, TIME_FIELDS)
        return None


def event_create(request):
    require(request.user, "events.add_event")
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        event = _save_event_form(request, form)
        if event is not None:
            messages.success(request, _("The event was created."))
            return redirect(event)
    status = 400 if request.method == "POST" else 200
    return render(request, "events/event_form.html", {"form": form}, status=status)


def event_edit(request, pk: int):
    event = _event(request, pk, "events.change_event")
    zones = event_zones(event) or ["UTC"]
    form = EventForm(request.POST or None, initial=event_form_initial(event, zones[0]))
    saved = (
        request.method == "POST"
        and form.is_valid()
        and _save_event_form(request, form, event=event)
    )
    if saved:
        messages.success(request, _("The event was saved."))
        return redirect(event)
    status = 400 if request.method == "POST" else 200
    context = {
        "form": form,
        "event": event,
        "version": edit_version(event),
        "changed_since": changes_since(event, posted_version(request.POST or None)),
    }
    return render(request, "events/event_form.html", context, status=status)


def event_conclude(request, pk: int):
    event = _event(request, pk, "events.change_event")
    initial = {
        "report": event.report,
        "common_challenges": event.common_challenges,
        # A report not yet written is taken to be in the language of the page.
        "report_language": event.report_language or base_language(),
    }
    form = ConcludeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.conclude_event(event=event, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error, {"status": None})
        else:
            messages.success(request, _("The event is concluded."))
            return redirect(event)
    status = 400 if request.method == "POST" else 200
    return render(
        request, "events/conclude_form.html", {"form": form, "event": event}, status=status
    )


@require_POST
def event_cancel(request, pk: int):
    event = object_for(request.user, Event.objects, pk=pk, permission="events.change_event")
    try:
        services.cancel_event(event=event, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The event is cancelled."))
    return redirect(event)


def _part_form(request, pk: int, form_class, save, template_title):
    """Shared flow of the small "add to this event" forms (sessions, people, follow-ups)."""
    event = _event(request, pk, "events.change_event")
    form = form_class(request.POST or None, event=event)
    if request.method == "POST" and form.is_valid():
        try:
            save(event, form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error, TIME_FIELDS)
        else:
            messages.success(request, _("Saved."))
            return redirect(event)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "event": event, "heading": template_title}
    return render(request, "events/part_form.html", context, status=status)


def session_add(request, pk: int):
    def save(event, data):
        services.add_session(
            event=event,
            by=request.user,
            **{k: data[k] for k in ("kind", "title", "description", "themes")},
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
        )

    return _part_form(request, pk, SessionForm, save, _("Add a session"))


def person_add(request, pk: int):
    def save(event, data):
        services.add_person(event=event, by=request.user, **data)

    return _part_form(request, pk, PersonForm, save, _("Add a person"))


def presentation_add(request, pk: int):
    def save(event, data):
        services.add_presentation(event=event, by=request.user, **data)

    return _part_form(request, pk, PresentationForm, save, _("Add what a party presented"))


def follow_up_add(request, pk: int):
    def save(event, data):
        data = {k: v for k, v in data.items() if k != "done"}
        services.add_follow_up(event=event, by=request.user, **data)

    return _part_form(request, pk, FollowUpForm, save, _("Add a follow-up action"))


PARTS = {"session": EventSession, "person": EventPerson, "presentation": EventPresentation}


@require_POST
def part_remove(request, part: str, pk: int):
    """Remove a session, a person or a presentation from its event (coordinators)."""
    if part not in PARTS:
        raise Http404
    item = object_for(request.user, PARTS[part].objects.select_related("event"), pk=pk)
    require(request.user, "events.change_event", item.event)
    services.remove_part(part=item, by=request.user)
    messages.success(request, _("Removed."))
    return redirect(item.event)


def follow_up_edit(request, pk: int):
    action = object_for(request.user, FollowUpAction.objects.select_related("event"), pk=pk)
    event = action.event
    require(request.user, "events.change_event", event)
    initial = {
        "description": action.description,
        "participant": action.participant_id,
        "due_on": action.due_on,
        "done": action.done_at is not None,
    }
    form = FollowUpForm(request.POST or None, event=event, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_follow_up(action=action, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error, {})
        else:
            messages.success(request, _("Saved."))
            return redirect(event)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "event": event, "heading": _("Edit a follow-up action")}
    return render(request, "events/part_form.html", context, status=status)


def follow_up_progress(request, pk: int):
    action = object_for(
        request.user,
        FollowUpAction.objects.select_related("event").prefetch_related("event__participants"),
        pk=pk,
        permission="events.add_follow_up_progress",
    )
    form = ProgressForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.add_follow_up_progress(action=action, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error, {})
        else:
            messages.success(request, _("Your progress was added."))
            return redirect(action.event)
    status = 400 if request.method == "POST" else 200
    context = {
        "form": form,
        "event": action.event,
        "action": action,
        "heading": _("Add progress on a follow-up action"),
    }
    return render(request, "events/part_form.html", context, status=status)


def zones_of_municipalities(request):
    """The time zones of the municipalities typed in the event form (for the live times)."""
    require(request.user, "events.add_event")
    try:
        found = EventForm.base_fields["municipalities"].clean(request.GET.get("names", "")[:2000])
    except ValidationError as error:
        return JsonResponse({"municipalities": [], "errors": error.messages})
    rows = [{"name": m.name, "zone": m.timezone} for m in found]
    return JsonResponse({"municipalities": rows, "errors": []})
