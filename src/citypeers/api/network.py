"""Public reads of the network directory."""

from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from citypeers.api.pagination import BoundedLimitOffsetPagination
from citypeers.api.schemas import (
    INPUT_ERRORS,
    LOOKUP_ERRORS,
    MunicipalityDetailOut,
    MunicipalityOut,
)
from citypeers.network import selectors
from citypeers.network.models import CityProfile, Municipality

router = Router(tags=["network"])


class MunicipalityFilters(Schema):
    q: str = ""
    country: str = ""
    enrolled_only: bool = False


def municipality_out(municipality: Municipality) -> dict:
    return {
        "id": municipality.pk,
        "geonames_id": municipality.geonames_id,
        "name": municipality.name,
        "country_id": municipality.country_id,
        "latitude": municipality.latitude,
        "longitude": municipality.longitude,
        "population": municipality.population,
        "timezone": municipality.timezone,
    }


@router.get("/municipalities", response={200: list[MunicipalityOut], **INPUT_ERRORS})
@paginate(BoundedLimitOffsetPagination)
def list_municipalities(request, filters: Query[MunicipalityFilters]):
    """Municipalities of the directory; `q` matches any of their names, accents optional."""
    municipalities = selectors.municipality_list(
        query=filters.q[:200], country=filters.country[:2], enrolled_only=filters.enrolled_only
    )
    return municipalities


@router.get(
    "/municipalities/{municipality_id}", response={200: MunicipalityDetailOut, **LOOKUP_ERRORS}
)
def get_municipality(request, municipality_id: int):
    municipality = get_object_or_404(
        Municipality.objects.select_related("country"), pk=municipality_id
    )
    profile = (
        CityProfile.objects.filter(municipality=municipality)
        .prefetch_related("challenges", "communities")
        .first()
    )
    return {
        **municipality_out(municipality),
        "alternate_names": municipality.alternate_names,
        "programmes": [str(p) for p in municipality.programmes.all()],
        "profile": None
        if profile is None
        else {
            "foreign_residents": profile.foreign_residents,
            "foreign_residents_share": profile.foreign_residents_share,
            "figures_year": profile.figures_year,
            "figures_source": profile.figures_source,
            "challenges": [
                {"theme": c.theme, "priority": c.priority} for c in profile.challenges.all()
            ],
            "communities": [
                {"country": c.country_id, "count": c.count} for c in profile.communities.all()
            ],
        },
    }
