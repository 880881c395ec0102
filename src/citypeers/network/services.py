"""Writes to the network directory: one function per use case.

Every row of the directory (countries, municipalities and their names, organisations,
people and their roles) is created here, whoever asks: the GeoNames loader, the report
import, the site.
"""

from django.db import transaction

from citypeers.core.geonames import geonames_city
from citypeers.network.geodata import country_from_code, folded_names, municipality_from_geonames
from citypeers.network.models import (
    CityProfile,
    Country,
    Municipality,
    MunicipalityName,
    Organisation,
    Person,
    PersonRole,
    Programme,
    ProgrammeMembership,
)
from citypeers.network.selectors import municipality_by_name


def ensure_country(*, code: str) -> Country:
    """The country with this ISO code, added (named as pycountry names it) if missing."""
    row = country_from_code(code)
    country, _created = Country.objects.get_or_create(
        code=code, defaults={"name_en": row.name_en, "is_eu": row.is_eu}
    )
    return country


def ensure_municipality(*, geonames_id: int) -> Municipality | None:
    """The directory's row for a GeoNames place, added from the bundled record if missing.

    None when the bundled data has no such place. The row, its country and its indexed
    names are written together or not at all.
    """
    existing = Municipality.objects.filter(geonames_id=geonames_id).first()
    if existing is not None:
        return existing
    city = geonames_city(geonames_id)
    if city is None:
        return None
    with transaction.atomic():
        ensure_country(code=city["countrycode"])
        municipality = municipality_from_geonames(city)
        municipality.save()
        MunicipalityName.objects.bulk_create(
            [MunicipalityName(municipality=municipality, folded=n) for n in folded_names(city)],
            ignore_conflicts=True,
        )
    return municipality


def create_organisation(*, name: str, kind: str, short_name: str = "") -> Organisation:
    """A new organisation of the directory; raises ValidationError on a bad name or kind."""
    organisation = Organisation(name=name.strip(), short_name=short_name.strip(), kind=kind)
    organisation.full_clean()
    organisation.save()
    return organisation


def ensure_person(
    *,
    name: str,
    title: str = "",
    municipality: Municipality | None = None,
    organisation: Organisation | None = None,
) -> tuple[Person, PersonRole | None]:
    """The person called ``name`` in this municipality or organisation; never a duplicate.

    With a body, the person's role there (added if missing; an empty title is filled in).
    Without one, any person of that name, with the role they have if any.
    """
    roles = PersonRole.objects.filter(person__name__iexact=name).select_related("person")
    if municipality or organisation:
        existing = roles.filter(municipality=municipality, organisation=organisation).first()
    else:
        existing = roles.first()
    with transaction.atomic():
        if existing is not None:
            if title and not existing.title:
                existing.title = title[:300]
                existing.save(update_fields=["title"])
            return existing.person, existing
        person = Person.objects.filter(
            name__iexact=name, roles__isnull=True
        ).first() or Person.objects.create(name=name[:200])
        if not (municipality or organisation):
            return person, None
        role = PersonRole.objects.create(
            person=person, title=title[:300], municipality=municipality, organisation=organisation
        )
    return person, role


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
) -> list[ProgrammeMembership]:
    """Enrol municipalities (by any of their names) in a programme; all or none.

    Raises UnknownMunicipality naming every name that matched nothing, and then
    enrols no one. Enrolling a municipality twice keeps its first membership.
    """
    found = {name: municipality_by_name(name, country=country) for name in names}
    unknown = [name for name, municipality in found.items() if municipality is None]
    if unknown:
        raise UnknownMunicipality(", ".join(unknown))
    memberships = []
    for municipality in found.values():
        membership, _ = ProgrammeMembership.objects.get_or_create(
            programme=programme, municipality=municipality, defaults={"since": since}
        )
        memberships.append(membership)
    return memberships
