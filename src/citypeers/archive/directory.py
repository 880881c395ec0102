"""Rows of the network directory that an import needs: municipalities, organisations and
people, each found by any known spelling and created once."""

from django.db.models import Q

from citypeers.archive.extraction import load_gazetteer
from citypeers.archive.extraction.gazetteer import city_record
from citypeers.archive.extraction.organisations import classify_organisation, known_short_name
from citypeers.archive.extraction.text import fold
from citypeers.core.countries import EU_COUNTRY_CODES
from citypeers.network.enums import OrganisationKind
from citypeers.network.geodata import folded_names
from citypeers.network.models import (
    Country,
    Municipality,
    MunicipalityName,
    Organisation,
    Person,
    PersonRole,
)
from citypeers.network.selectors import municipality_by_name


def ensure_municipality(*, name: str, country: str | None) -> Municipality | None:
    """The directory's row for a place, by GeoNames id; added from the gazetteer if missing."""
    place = load_gazetteer().lookup(name, country=country) or load_gazetteer().lookup(name)
    if place is None:
        return municipality_by_name(name, country=country)
    municipality = Municipality.objects.filter(geonames_id=place.geonameid).first()
    if municipality is not None:
        return municipality
    city = city_record(place.geonameid) or {}
    code = place.country
    Country.objects.get_or_create(
        code=code, defaults={"name_en": code, "is_eu": code in EU_COUNTRY_CODES}
    )
    municipality = Municipality.objects.create(
        geonames_id=place.geonameid,
        name=place.name,
        country_id=code,
        admin1_code=city.get("admin1code") or "",
        latitude=city.get("latitude") or 0.0,
        longitude=city.get("longitude") or 0.0,
        population=place.population,
        timezone=place.timezone,
        alternate_names=sorted({n for n in city.get("alternatenames") or () if n}),
    )
    MunicipalityName.objects.bulk_create(
        [
            MunicipalityName(municipality=municipality, folded=n)
            for n in folded_names(city or {"name": place.name})
        ],
        ignore_conflicts=True,
    )
    return municipality


def organisation_named(name: str) -> Organisation | None:
    """The directory's organisation for a name as a report writes it.

    Exact name or short name first (any known spelling: "OIM" is IOM); then, for
    "Maltese Ministry for European Affairs and Equality", the Maltese organisation named
    without the adjective; then the one organisation whose longer name starts the same way.
    """
    names = {name, known_short_name(name) or name}
    query = Q()
    for candidate in names:
        query |= Q(short_name__iexact=candidate) | Q(name__iexact=candidate)
    found = Organisation.objects.filter(query).order_by("pk").first()
    if found is not None:
        return found
    first, _space, rest = name.partition(" ")
    country = load_gazetteer().country_code(first) if rest else None
    stem, scope = (
        (rest, Organisation.objects.filter(country_id=country))
        if country
        else (name, Organisation.objects.all())
    )
    if len(stem) < 12:
        return None
    matches = list(scope.filter(Q(name__iexact=stem) | Q(name__istartswith=stem))[:2])
    return matches[0] if len(matches) == 1 else None


def ensure_organisation(*, name: str, kind: str | None = None) -> Organisation:
    """The organisation with this name or short name (in any known spelling), created once."""
    existing = organisation_named(name)
    if existing is not None:
        return existing
    kind = kind if kind in OrganisationKind.values else classify_organisation(name)
    is_acronym = name.isupper() and len(name) <= 12
    return Organisation.objects.create(
        name=name[:300], short_name=name[:50] if is_acronym else "", kind=kind
    )


def ensure_person(*, name: str, role: str | None, organization: str | None, municipalities: dict):
    """The person with this name in this municipality or organisation; never a duplicate."""
    municipality = municipalities.get(fold(organization)) if organization else None
    organisation = None
    if organization and municipality is None:
        organisation = ensure_organisation(name=organization)
    roles = PersonRole.objects.filter(person__name__iexact=name).select_related("person")
    if municipality or organisation:
        existing = roles.filter(municipality=municipality, organisation=organisation).first()
    else:
        existing = roles.first()
    if existing is not None:
        if role and not existing.title:
            existing.title = role[:300]
            existing.save(update_fields=["title"])
        return existing.person, existing
    person = Person.objects.filter(
        name__iexact=name, roles__isnull=True
    ).first() or Person.objects.create(name=name[:200])
    if not (municipality or organisation):
        return person, None
    person_role = PersonRole.objects.create(
        person=person,
        title=(role or "")[:300],
        municipality=municipality,
        organisation=organisation,
    )
    return person, person_role
