from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.forms.utils import ErrorList
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from citypeers.accounts.access import object_for, require
from citypeers.core.audit import audit_trail, changes_since, edit_version, posted_version
from citypeers.core.forms import validate_one_line
from citypeers.core.text import fold
from citypeers.network import selectors, services
from citypeers.network.directory import LISTS
from citypeers.network.forms import (
    ChallengeFormSet,
    CityProfileForm,
    CommunityFormSet,
    NameTranslationsForm,
    challenges_of,
    communities_of,
    kept_rows,
)
from citypeers.network.models import CityProfile, Municipality, Organisation, Person, Programme
from citypeers.network.rules import people_readers
from citypeers.network.services import ChallengeData, CommunityData

PAGE_SIZE = 50


def municipality_list(request):
    query = request.GET.get("q", "").strip()[:200]
    country = request.GET.get("country", "").strip()[:2]
    enrolled_only = request.GET.get("enrolled") == "1"
    municipalities = selectors.municipality_list(
        query=query, country=country, enrolled_only=enrolled_only
    )
    page = Paginator(municipalities, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "network/municipality_list.html",
        {
            "page": page,
            "query": query,
            "country": country.upper(),
            "enrolled_only": enrolled_only,
            "countries": selectors.eu_countries(),
        },
    )


def municipality_detail(request, pk: int):
    municipality = object_for(request.user, Municipality.objects.select_related("country"), pk=pk)
    profile = CityProfile.objects.filter(municipality=municipality).first()
    context = {
        "municipality": municipality,
        "profile": profile,
        "challenges": profile.challenges.all() if profile else [],
        "communities": profile.communities.select_related("country") if profile else [],
        "programmes": municipality.programmes.all(),
        "can_edit": request.user.has_perm("network.edit_profile", municipality),
        **_people(request.user, selectors.people_of_municipality(municipality)),
    }
    return render(request, "network/municipality_detail.html", context)


def _people(user, roles) -> dict:
    """A page's people: the roles with their names for those the people rule allows
    (``people_readers``), only how many there are for anyone else."""
    people, count = selectors.people_shown(user, roles)
    return {"people": people, "people_count": count}


def profile_edit(request, pk: int):
    municipality = object_for(
        request.user, Municipality.objects, pk=pk, permission="network.edit_profile"
    )
    profile = CityProfile.objects.filter(municipality=municipality).first()
    data = request.POST if request.method == "POST" else None
    # A new profile is taken to be written in the language of the page, until told otherwise.
    new = CityProfile(municipality=municipality, language=get_language())
    form = CityProfileForm(data, instance=profile or new)
    # A posted form is read as it is: rows that match the saved ones are kept, not dropped.
    challenges = ChallengeFormSet(
        data, initial=None if data else challenges_of(profile), prefix="challenges"
    )
    communities = CommunityFormSet(
        data, initial=None if data else communities_of(profile), prefix="communities"
    )
    list_errors = {}
    if data is not None and all(f.is_valid() for f in (form, challenges, communities)):
        try:
            services.update_city_profile(
                municipality=municipality,
                fields=form.cleaned_data,
                challenges=[ChallengeData(**row) for row in kept_rows(challenges)],
                communities=[
                    CommunityData(country=row["country"].code, count=row["count"])
                    for row in kept_rows(communities)
                ],
                by=request.user,
                expected_version=posted_version(data),
            )
        except ValidationError as error:
            list_errors = _profile_errors(error, form)
        else:
            messages.success(request, _("The profile was saved."))
            return redirect(municipality.get_absolute_url())
    if data is not None:  # someone may have saved the first profile meanwhile
        profile = CityProfile.objects.filter(municipality=municipality).first()
    return render(
        request,
        "network/profile_form.html",
        {
            "municipality": municipality,
            "form": form,
            "challenges": challenges,
            "communities": communities,
            "list_errors": list_errors,
            "error_forms": [f for fs in (challenges, communities) for f in fs.forms if f.errors],
            "loose_errors": [
                *challenges.non_form_errors(),
                *communities.non_form_errors(),
                *(error for errors in list_errors.values() for error in errors),
            ],
            "version": edit_version(profile),
            "changed_since": changes_since(profile, posted_version(data)),
        },
        status=400 if data is not None else 200,
    )


def _profile_errors(error: ValidationError, form) -> dict[str, ErrorList]:
    """Put the service's refusal next to the part of the form it concerns.

    Errors about the profile's fields go on the form; those about the lists of challenges
    and communities are returned, keyed by list, for the template to show above each.
    """
    found = error.message_dict if hasattr(error, "error_dict") else {None: error.messages}
    lists = {}
    for field, messages_ in found.items():
        if field in ("challenges", "communities"):
            lists[field] = ErrorList(messages_)
        else:
            form.add_error(field if field in form.fields else None, messages_)
    return lists


def profile_history(request, pk: int):
    municipality = object_for(
        request.user, Municipality.objects, pk=pk, permission="network.edit_profile"
    )
    profile = get_object_or_404(CityProfile, municipality=municipality)
    return render(
        request,
        "network/profile_history.html",
        {"municipality": municipality, "entries": audit_trail(profile, limit=100)},
    )


def organisation_detail(request, pk: int):
    """Units, people (members only, as on municipality pages) and meetings of a partner body."""
    organisation = object_for(request.user, Organisation.objects.select_related("country"), pk=pk)
    may_translate = request.user.has_perm("network.translate_names", organisation)
    context = {
        "organisation": organisation,
        "programmes": organisation.programme_set.order_by("pk"),
        "translations": NameTranslationsForm(instance=organisation) if may_translate else None,
        "units": selectors.unit_tree(organisation.units.all()),
        **_people(request.user, selectors.people_of_organisation(organisation)),
    }
    return render(request, "network/organisation_detail.html", context)


@require_http_methods(["GET", "POST"])
def organisation_translations(request, pk: int):
    """The organisation's names in other languages, for those who may add them."""
    organisation = object_for(
        request.user, Organisation.objects, pk=pk, permission="network.translate_names"
    )
    return _translations(request, organisation, back=organisation.get_absolute_url())


@require_http_methods(["GET", "POST"])
def programme_translations(request, pk: int):
    """A programme's names in other languages, for those who may add them; back to the
    page of its coordinating organisation, where programmes are listed."""
    programme = object_for(
        request.user,
        Programme.objects.select_related("coordinator"),
        pk=pk,
        permission="network.translate_programme_names",
    )
    back = programme.coordinator.get_absolute_url() if programme.coordinator else ""
    return _translations(request, programme, back=back)


def _translations(request, obj, *, back: str):
    """Show or save the names ``obj`` has in other languages (``translate_names``)."""
    data = request.POST if request.method == "POST" else None
    form = NameTranslationsForm(data, instance=obj)
    if data is not None and form.is_valid():
        services.translate_names(obj=obj, names=form.cleaned_data, by=request.user)
        messages.success(request, _("The translations were saved."))
        return redirect(back or request.path)
    return render(
        request,
        "network/translations_form.html",
        {"object": obj, "form": form, "back": back},
        status=400 if data is not None else 200,
    )


def person_detail(request, pk: int):
    """People's pages, with their contact details, are for the network's members only:
    anyone else signed in is told so (``people_readers.reason``)."""
    person = object_for(
        request.user,
        people_readers.queryset(
            request.user,
            Person.objects.prefetch_related(
                "roles__unit", "roles__municipality", "roles__organisation"
            ),
        ),
        pk=pk,
        reason=people_readers.reason,
    )
    return render(request, "network/person_detail.html", {"person": person})


QUERY_CHARS = 100


@require_GET
def directory_suggestions(request, kind: str):
    """Entries of a directory list whose names match ``q``, for a picker's suggestions.

    People are listed only to those who may see them; a query that cannot be a name
    (empty, too long, control characters) is answered 400 with the reason.
    """
    if kind == "person":
        require(request.user, "network.see_people")
    query = request.GET.get("q", "")
    problem = _query_problem(query)
    if problem:
        return JsonResponse({"error": problem}, status=400)
    results = [
        {
            "id": entry.pk,
            "value": entry.value,
            "detail": entry.detail,
            **({"fields": entry.fields} if entry.fields else {}),
        }
        for entry in LISTS[kind].suggestions(query)
    ]
    return JsonResponse({"results": results})


def _query_problem(query: str) -> str:
    if len(query) > QUERY_CHARS:
        return _("Type at most %(limit)s characters.") % {"limit": QUERY_CHARS}
    try:
        validate_one_line(query)
    except ValidationError as error:
        return error.messages[0]
    if not fold(query):
        return _("Type a few letters of a name.")
    return ""
