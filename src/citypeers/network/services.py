"""Writes to the network directory: one function per use case."""

from django.db import transaction

from citypeers.network.models import CityProfile, Municipality


def profile_of(municipality: Municipality) -> CityProfile:
    """The municipality's profile, created empty on first use."""
    profile, _ = CityProfile.objects.get_or_create(municipality=municipality)
    return profile


@transaction.atomic
def update_city_profile(*, profile_form, challenge_formset, community_formset, by) -> CityProfile:
    """Save a validated profile with its challenges and communities, all or nothing.

    The history records (django-simple-history) carry ``by`` as the author of the change.
    """
    profile = profile_form.save(commit=False)
    profile._history_user = by
    profile.save()
    for formset in (challenge_formset, community_formset):
        formset.instance = profile
        for form in formset.forms:
            form.instance._history_user = by
        formset.save()
    return profile
