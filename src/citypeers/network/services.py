"""Writes to the network directory: one function per use case."""

from django.db import transaction

from citypeers.network.models import CityProfile, Enrolment, Municipality, Programme
from citypeers.network.selectors import municipality_by_name


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


class UnknownMunicipality(LookupError):
    """A municipality name that matches nothing in the directory."""


@transaction.atomic
def enrol_municipalities(
    *, programme: Programme, names: list[str], country: str | None = None, since=None
) -> list[Enrolment]:
    """Enrol municipalities (by any of their names) in a programme; all or none.

    Raises UnknownMunicipality naming every name that matched nothing, and then
    enrols no one. Enrolling a municipality twice keeps its first enrolment.
    """
    found = {name: municipality_by_name(name, country=country) for name in names}
    unknown = [name for name, municipality in found.items() if municipality is None]
    if unknown:
        raise UnknownMunicipality(", ".join(unknown))
    enrolments = []
    for municipality in found.values():
        enrolment, _ = Enrolment.objects.get_or_create(
            programme=programme, municipality=municipality, defaults={"since": since}
        )
        enrolments.append(enrolment)
    return enrolments
