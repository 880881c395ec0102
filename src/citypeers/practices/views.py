from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citypeers.accounts.access import object_for, require
from citypeers.core.audit import audit_trail, changes_since, edit_version, posted_version
from citypeers.core.rich_text import plain_text
from citypeers.core.themes import Theme
from citypeers.network.models import Municipality
from citypeers.practices import selectors, services
from citypeers.practices.enums import STATUS_ACTIONS, PracticeSort, PracticeStatus
from citypeers.practices.forms import PracticeForm, PracticeSearchForm
from citypeers.practices.models import Practice
from citypeers.practices.search import InvalidSearch, parse_filters

PAGE_SIZE = 20


def practice_list(request):
    statuses = selectors.statuses_visible_to(request.user)
    params = request.GET.copy()
    if "q" in params:  # a pasted page of text is searched by its beginning
        params["q"] = params["q"][:500]
    form = PracticeSearchForm(params or None, statuses=statuses)
    valid = form.is_valid()
    # Keep the filters that are valid; name the ones that are not.
    data = form.cleaned_data if form.is_bound else {}
    error = None
    if form.is_bound and not valid:
        error = _("These filters were not valid and were ignored: %(fields)s.") % {
            "fields": ", ".join(
                str(form.fields[name].label) for name in form.errors if name in form.fields
            )
        }
    query = data.get("q", "").strip()
    raw_filters = {
        "theme": data.get("theme") or None,
        "country": data.get("country") or "",
        "target_group": data.get("target_group") or "",
        "year_from": data.get("year_from"),
        "year_to": data.get("year_to"),
        "status": data.get("status") or (PracticeStatus.PUBLISHED,),
    }
    sort = data.get("sort") or (PracticeSort.RELEVANCE if query else PracticeSort.NEWEST)
    results, items = None, Practice.objects.none()
    try:
        results, items = selectors.practices_found(
            request.user, query=query, filters=parse_filters(raw_filters), sort=sort
        )
    except InvalidSearch as invalid:
        error = str(invalid)
    page = Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))
    facets = selectors.facet_counts([r.practice for r in results] if results is not None else items)
    return render(
        request,
        "practices/practice_list.html",
        {
            "form": form,
            "page": page,
            "query": query,
            "error": error,
            "facets": facets,
            "searching": results is not None,
            "active_filters": form.active_filters(),
            "themes": Theme.choices,
        },
    )


def _practice(request, pk: int, permission: str | None = None) -> Practice:
    """The practice of the page through the one access step, with what its page shows."""
    visible = selectors.practices_for_page(request.user)
    return object_for(request.user, visible, pk=pk, permission=permission)


def practice_detail(request, pk: int):
    practice = _practice(request, pk)
    can_publish = request.user.has_perm("practices.publish_practice", practice)
    context = {
        "practice": practice,
        "related": selectors.related_practices(practice),
        "can_edit": request.user.has_perm("practices.change_practice", practice),
        "can_publish": can_publish,
        "status_actions": [
            (status, label) for status, label in STATUS_ACTIONS.items() if status != practice.status
        ]
        if can_publish
        else [],
        "can_see_contact": request.user.has_perm("practices.see_contact", practice),
    }
    return render(request, "practices/practice_detail.html", context)


def _form_fields(form: PracticeForm) -> dict:
    data = dict(form.cleaned_data)
    for optional in ("name_en", "summary", "description", "funding", "results"):
        data[optional] = data.get(optional) or ""
    return data


def _edit(request, practice: Practice | None):
    municipalities = selectors.municipalities_to_file_under(request.user)
    if practice is not None and practice.municipality_id:
        municipalities = Municipality.objects.filter(
            Q(pk__in=municipalities.values("pk")) | Q(pk=practice.municipality_id)
        ).order_by("name")
    initial = PracticeForm.initial_from(practice) if practice else {}
    data = request.POST if request.method == "POST" else None
    form = PracticeForm(data, initial=initial, municipalities=municipalities)
    preview = None
    if data is not None and form.is_valid():
        if "preview" in data:
            preview = {
                "name": form.cleaned_data["name"],
                "summary": form.cleaned_data["summary"],
                "description": services.sanitise_rich_text(form.cleaned_data["description"]),
            }
        else:
            try:
                if practice is None:
                    practice = services.create_practice(by=request.user, **_form_fields(form))
                else:
                    fields = _form_fields(form)
                    # Citations the editor may not see are kept, not dropped unseen.
                    fields["inspired_by"] = [
                        *fields["inspired_by"],
                        *selectors.citations_hidden_from(request.user, practice),
                    ]
                    practice = services.update_practice(
                        practice=practice,
                        by=request.user,
                        expected_version=posted_version(data),
                        **fields,
                    )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The practice was saved."))
                return redirect(practice.get_absolute_url())
    status = 400 if data is not None and not form.is_valid() else 200
    return render(
        request,
        "practices/practice_form.html",
        {
            "form": form,
            "practice": practice,
            "preview": preview,
            "preview_text": plain_text(preview["description"]) if preview else "",
            "version": edit_version(practice),
            "changed_since": changes_since(practice, posted_version(data)),
        },
        status=status,
    )


def practice_create(request):
    require(request.user, "practices.add_practice")
    return _edit(request, None)


def practice_edit(request, pk: int):
    return _edit(request, _practice(request, pk, "practices.change_practice"))


@require_POST
def practice_status(request, pk: int):
    practice = _practice(request, pk, "practices.publish_practice")
    status = request.POST.get("status")
    if status not in PracticeStatus.values:
        messages.error(request, _("Unknown status."))
    else:
        services.set_practice_status(practice=practice, status=status, by=request.user)
        messages.success(
            request,
            _("The status of the practice is now: %(status)s.")
            % {"status": PracticeStatus(status).label},
        )
    return redirect(practice.get_absolute_url())


def practice_history(request, pk: int):
    practice = _practice(request, pk, "practices.change_practice")
    return render(
        request,
        "practices/practice_history.html",
        {"practice": practice, "entries": audit_trail(practice, limit=100)},
    )
