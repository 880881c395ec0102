"""Reads of the network directory: municipalities, organisations and (for members) people."""

from ninja import Query, Router, Schema
from ninja.pagination import paginate
from pydantic import Field

from citypeers.accounts.access import object_for
from citypeers.api.access import require_list, viewer
from citypeers.api.listing import SearchWords, ordered, ordering_field, orderings
from citypeers.api.pagination import BoundedLimitOffsetPagination
from citypeers.api.schemas import (
    INPUT_ERRORS,
    LOOKUP_ERRORS,
    PROTECTED_LIST_ERRORS,
    MunicipalityOut,
    PeopleOut,
    ProfileOut,
    api_url,
    page_url,
)
from citypeers.network import selectors
from citypeers.network.enums import OrganisationKind
from citypeers.network.models import CityProfile, Municipality, Organisation
from citypeers.network.rules import people_readers

router = Router(tags=["network"])

MUNICIPALITY_ORDERINGS = orderings(name="name", population="population")
ORGANISATION_ORDERINGS = orderings(name="name", country="country_id")
PEOPLE_ORDERINGS = orderings(name="name")


def people_of_body(user, roles) -> dict:
    """A body's current roles as its page shows them to ``user`` (``people_readers``):
    with names for members and coordinators, only how many for anyone else."""
    shown, count = selectors.people_shown(user, roles)
    if shown is None:
        return {"count": count, "roles": None}
    rows = list(shown)
    return {
        "count": len(rows),
        "roles": [
            {
                "person_id": role.person_id,
                "person": role.person.name,
                "title": role.title,
                "unit": role.unit.name if role.unit else None,
                "municipality_id": role.municipality_id,
                "organisation_id": role.organisation_id,
            }
            for role in rows
        ],
    }


# --- municipalities ---------------------------------------------------------------------


class MunicipalityFilters(Schema):
    q: SearchWords = ""
    country: str = ""
    enrolled_only: bool = False
    ordering: str = ordering_field(
        MUNICIPALITY_ORDERINGS, "largest first (with `q`, exact names first)"
    )


class MunicipalityDetailOut(MunicipalityOut):
    alternate_names: list[str]
    programmes: list[str]
    profile: ProfileOut | None
    people: PeopleOut

    @staticmethod
    def resolve_programmes(municipality) -> list[str]:
        return [str(programme) for programme in municipality.programmes.all()]

    @staticmethod
    def resolve_profile(municipality) -> CityProfile | None:
        return (
            CityProfile.objects.filter(municipality=municipality)
            .prefetch_related("challenges", "communities")
            .first()
        )

    @staticmethod
    def resolve_people(municipality, context) -> dict:
        user = viewer(context["request"])
        return people_of_body(user, selectors.people_of_municipality(municipality))


@router.get("/municipalities", response={200: list[MunicipalityOut], **INPUT_ERRORS})
@paginate(BoundedLimitOffsetPagination)
def list_municipalities(request, filters: Query[MunicipalityFilters]):
    """Municipalities of the directory, largest first; `q` matches any of their names
    (any language, accents optional), exact names first."""
    municipalities = selectors.municipality_list(
        query=filters.q, country=filters.country[:2], enrolled_only=filters.enrolled_only
    )
    return ordered(municipalities, filters.ordering, MUNICIPALITY_ORDERINGS)


@router.get(
    "/municipalities/{municipality_id}", response={200: MunicipalityDetailOut, **LOOKUP_ERRORS}
)
def get_municipality(request, municipality_id: int):
    """A municipality with its profile, programmes and people (names for members)."""
    return object_for(
        viewer(request), Municipality.objects.select_related("country"), pk=municipality_id
    )


# --- organisations ----------------------------------------------------------------------


class OrganisationFilters(Schema):
    q: SearchWords = ""
    country: str = ""
    kind: OrganisationKind | None = None
    ordering: str = ordering_field(ORGANISATION_ORDERINGS, "name")


class OrganisationOut(Schema):
    id: int
    name: str
    short_name: str
    kind: str
    country: str | None = Field(alias="country_id")
    website: str
    url: str
    api_url: str

    resolve_url = staticmethod(page_url)
    resolve_api_url = staticmethod(api_url)


class UnitOut(Schema):
    id: int
    name: str
    kind: str
    parent_id: int | None


class OrganisationDetailOut(OrganisationOut):
    units: list[UnitOut]
    people: PeopleOut

    @staticmethod
    def resolve_units(organisation) -> list:
        return list(organisation.units.all())

    @staticmethod
    def resolve_people(organisation, context) -> dict:
        user = viewer(context["request"])
        return people_of_body(user, selectors.people_of_organisation(organisation))


@router.get("/organisations", response={200: list[OrganisationOut], **INPUT_ERRORS})
@paginate(BoundedLimitOffsetPagination)
def list_organisations(request, filters: Query[OrganisationFilters]):
    """Organisations of the directory by name; `q` matches a part of the name or the
    short name."""
    organisations = selectors.organisation_list(
        query=filters.q, country=filters.country, kind=filters.kind or ""
    )
    return ordered(organisations, filters.ordering, ORGANISATION_ORDERINGS)


@router.get(
    "/organisations/{organisation_id}", response={200: OrganisationDetailOut, **LOOKUP_ERRORS}
)
def get_organisation(request, organisation_id: int):
    """An organisation with its units and people (names for members), as its page."""
    return object_for(
        viewer(request), Organisation.objects.select_related("country"), pk=organisation_id
    )


# --- people -----------------------------------------------------------------------------


class PeopleFilters(Schema):
    q: SearchWords = ""
    municipality: int | None = Field(None, ge=1, le=2**63 - 1)
    organisation: int | None = Field(None, ge=1, le=2**63 - 1)
    ordering: str = ordering_field(PEOPLE_ORDERINGS, "name")


class PersonRoleOut(Schema):
    title: str
    unit: str | None
    municipality_id: int | None
    organisation_id: int | None
    body: str | None

    @staticmethod
    def resolve_unit(role) -> str | None:
        return role.unit.name if role.unit else None

    @staticmethod
    def resolve_body(role) -> str | None:
        return str(role.body) if role.body else None


class PersonOut(Schema):
    """A named person with the roles held now; for the network's members only."""

    id: int
    name: str
    email: str
    phone: str
    roles: list[PersonRoleOut]
    url: str
    api_url: str

    @staticmethod
    def resolve_roles(person) -> list:
        return person.current_roles

    resolve_url = staticmethod(page_url)
    resolve_api_url = staticmethod(api_url)


@router.get("/people", response={200: list[PersonOut], **PROTECTED_LIST_ERRORS})
@paginate(BoundedLimitOffsetPagination)
def list_people(request, filters: Query[PeopleFilters]):
    """People of the directory, by name, with the roles they hold now; `q` matches a part
    of the name. For members of the network and coordinators only (the site's rule):
    `401` without credentials, `403` for a user who is not a member."""
    user = viewer(request)
    require_list(user, "network.see_people", reason=people_readers.reason)
    people = selectors.people_list(
        user, query=filters.q, municipality=filters.municipality, organisation=filters.organisation
    )
    return ordered(people, filters.ordering, PEOPLE_ORDERINGS)


@router.get("/people/{person_id}", response={200: PersonOut, **LOOKUP_ERRORS})
def get_person(request, person_id: int):
    """A person, for members and coordinators: `401` without credentials, `404` (with the
    rule's reason) for a user who is not a member."""
    user = viewer(request)
    return object_for(
        user,
        selectors.with_current_roles(people_readers.queryset(user)),
        pk=person_id,
        reason=people_readers.reason,
    )
