from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from citypeers.accounts.access import object_for
from citypeers.network import selectors, services
from citypeers.network.forms import ChallengeFormSet, CityProfileForm, CommunityFormSet
from citypeers.network.models import CityProfile, Municipality, Organisation, Person

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
        "people": selectors.people_of_municipality(municipality)
        if request.user.has_perm("network.see_people")
        else None,
    }
    return render(request, "network/municipality_detail.html", context)


def profile_edit(request, pk: int):
    municipality = object_for(
        request.user, Municipality.objects, pk=pk, permission="network.edit_profile"
    )
    profile = CityProfile.objects.filter(municipality=municipality).first() or CityProfile(
        municipality=municipality
    )
    data = request.POST if request.method == "POST" else None
    form = CityProfileForm(data, instance=profile)
    challenges = ChallengeFormSet(data, instance=profile, prefix="challenges")
    communities = CommunityFormSet(data, instance=profile, prefix="communities")
    if data is not None and all(f.is_valid() for f in (form, challenges, communities)):
        services.update_city_profile(
            profile_form=form,
            challenge_formset=challenges,
            community_formset=communities,
            by=request.user,
        )
        messages.success(request, _("The profile was saved."))
        return redirect(municipality.get_absolute_url())
    return render(
        request,
        "network/profile_form.html",
        {
            "municipality": municipality,
            "form": form,
            "challenges": challenges,
            "communities": communities,
        },
        status=400 if data is not None else 200,
    )


def profile_history(request, pk: int):
    municipality = object_for(
        request.user, Municipality.objects, pk=pk, permission="network.edit_profile"
    )
    profile = get_object_or_404(CityProfile, municipality=municipality)
    records = profile.history.select_related("history_user").order_by("-history_date")[:100]
    return render(
        request,
        "network/profile_history.html",
        {"municipality": municipality, "records": records},
    )


def organisation_detail(request, pk: int):
    organisation = object_for(request.user, Organisation.objects, pk=pk)
    return render(request, "network/organisation_detail.html", {"organisation": organisation})


def person_detail(request, pk: int):
    """People's pages, with their contact details, are for the network's members only."""
    person = object_for(
        request.user,
        Person.objects.prefetch_related(
            "roles__unit", "roles__municipality", "roles__organisation"
        ),
        pk=pk,
        permission="network.see_people",
    )
    return render(request, "network/person_detail.html", {"person": person})
