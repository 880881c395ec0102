"""Rows of the network directory that an import needs, found by any spelling a report uses.

The archive only matches names; the rows themselves are written by ``network.services``.
"""

from django.db.models import Q

from citypeers.archive.extraction import load_gazetteer
from citypeers.archive.extraction.organisations import classify_organisation, known_short_name
from citypeers.archive.extraction.text import fold
from citypeers.network import services as network_services
from citypeers.network.enums import OrganisationKind
from citypeers.network.models import Municipality, Organisation
from citypeers.network.selectors import municipality_by_name
from citypeers.network.translation import in_any_language


def resolve_municipality(*, name: str, country: str | None) -> Municipality | None:
    """The directory's row for a place a report names, added from GeoNames if missing.

    A small town the extractor found ("Stadt Bütow") is added from the small towns' index,
    so a report naming one imports like any other.
    """
    gazetteer = load_gazetteer()
    place = gazetteer.resolve(name, country=country)
    if place is None:
        return municipality_by_name(name, country=country)
    record = gazetteer.town_record(place.geonameid) if place.small else None
    return network_services.ensure_municipality(geonames_id=place.geonameid, record=record)


def organisation_named(name: str) -> Organisation | None:
    """The directory's organisation for a name as a report writes it.

    Exact name or short name first (any known spelling: "OIM" is IOM); then, for
    "Maltese Ministry for European Affairs and Equality", the Maltese organisation named
    without the adjective; then the one organisation whose longer name starts the same way.
    """
    # Every language's column: modeltranslation would read only the page language's one,
    # so an import started from a Polish page would miss (and add again) a body named in
    # English.
    names = {name, known_short_name(name) or name}
    query = Q()
    for candidate in names:
        query |= in_any_language("short_name", "iexact", candidate)
        query |= in_any_language("name", "iexact", candidate)
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
    matches = list(
        scope.filter(
            in_any_language("name", "iexact", stem) | in_any_language("name", "istartswith", stem)
        ).distinct()[:2]
    )
    return matches[0] if len(matches) == 1 else None


def resolve_organisation(*, name: str, kind: str | None = None) -> Organisation:
    """The organisation a report names (in any known spelling), added to the directory once."""
    existing = organisation_named(name)
    if existing is not None:
        return existing
    short = known_short_name(name)
    if short and name.startswith(f"{short} ("):
        name = short  # "IOM (OIM)": a well-known body under its own short name
    kind = kind if kind in OrganisationKind.values else classify_organisation(name)
    is_acronym = name.isupper() and len(name) <= 12
    return network_services.create_organisation(
        name=name[:300], short_name=name[:50] if is_acronym else "", kind=kind
    )


def resolve_person(*, name: str, role: str | None, organization: str | None, municipalities: dict):
    """The person a report lists, in the municipality or organisation it names; never twice."""
    municipality = municipalities.get(fold(organization)) if organization else None
    organisation = None
    if organization and municipality is None:
        organisation = resolve_organisation(name=organization)
    return network_services.ensure_person(
        name=name, title=role or "", municipality=municipality, organisation=organisation
    )
