"""Writes to practices and city profiles, with a read-write token.

As on the site: a member files a practice under a municipality they work for and edits
their city's practices (``practices.add_practice``, ``practices.change_practice``, the
filing rule in the service), and an officer of a municipality edits its profile
(``network.edit_profile``); coordinators do all of it.
"""

from decimal import Decimal

from ninja import Field, Router
from ninja.responses import Status

from citypeers.accounts.access import object_for, require
from citypeers.api.inputs import (
    WRITE_ERRORS,
    Id,
    Line,
    Text,
    WriteIn,
    WrittenOut,
    page_of,
    row_by_id,
    rows_by_id,
    written,
)
from citypeers.core.themes import Theme
from citypeers.network import services as network_services
from citypeers.network.models import Municipality, Organisation, Person
from citypeers.network.services import ChallengeData, CommunityData
from citypeers.practices import selectors as practice_selectors
from citypeers.practices import services as practice_services
from citypeers.practices.enums import PracticeLanguage, TargetGroup

router = Router(tags=["writes: practices and profiles"])
Year = Field(None, ge=1950, le=2100)


class PracticeChange(WriteIn):
    """The fields of a practice a write may set; the directory's rows by id."""

    # Left out: unchanged; neither may be null (a default of None is never checked).
    name: Line(300) = None
    name_en: Line(300) = ""
    language: PracticeLanguage = None
    municipality: Id | None = None
    organisation: Id | None = None
    themes: list[Theme] = Field(default_factory=list, max_length=len(Theme.values))
    target_groups: list[TargetGroup] = Field(default_factory=list, max_length=50)
    summary: Text(1000) = ""
    description: Text(50_000) = ""
    start_year: int | None = Year
    end_year: int | None = Year
    partners: list[Id] = Field(default_factory=list, max_length=50)
    funding: Text(2000) = ""
    results: Text(2000) = ""
    contact: Id | None = None
    links: list[Line(500)] = Field(default_factory=list, max_length=20)


class PracticeIn(PracticeChange):
    name: Line(300) = Field(min_length=1)
    language: PracticeLanguage


RELATED = {
    "municipality": Municipality.objects.all(),
    "organisation": Organisation.objects.all(),
    "contact": Person.objects.all(),
}


def _practice_fields(data: dict) -> dict:
    fields = dict(data)
    for name, rows in RELATED.items():
        if name in fields:
            fields[name] = row_by_id(rows, fields[name], field=name)
    if "partners" in fields:
        fields["partners"] = rows_by_id(
            Organisation.objects.all(), fields["partners"], field="partners"
        )
    for name in ("themes", "target_groups"):
        if name in fields:
            fields[name] = [str(value) for value in fields[name]]
    if "language" in fields:
        fields["language"] = str(fields["language"])
    return fields


@router.post("/practices", response={201: WrittenOut, **WRITE_ERRORS})
def create_practice(request, payload: PracticeIn):
    """A new practice, a draft until a coordinator publishes it."""
    require(request.user, "practices.add_practice")
    practice = practice_services.create_practice(
        by=request.user, **_practice_fields(payload.dict())
    )
    return Status(201, written(request, practice))


@router.patch("/practices/{practice_id}", response={200: WrittenOut, **WRITE_ERRORS})
def update_practice(request, practice_id: Id, payload: PracticeChange):
    """Change the fields given; lists given replace the practice's."""
    practice = object_for(
        request.user,
        practice_selectors.practices_for_page(request.user),
        pk=practice_id,
        permission="practices.change_practice",
    )
    practice = practice_services.update_practice(
        practice=practice, by=request.user, **_practice_fields(payload.dict(exclude_unset=True))
    )
    return written(request, practice)


class ChallengeIn(WriteIn):
    theme: Theme
    priority: int = Field(ge=1, le=3)


class CommunityIn(WriteIn):
    country: Line(2)
    count: int | None = Field(None, ge=0, le=2**31 - 1)


class ProfileIn(WriteIn):
    """A city's profile as a whole: what is left out is emptied, as on the site's form."""

    foreign_residents: int | None = Field(None, ge=0, le=2**31 - 1)
    foreign_residents_share: Decimal | None = Field(None, ge=0, le=100, decimal_places=2)
    figures_year: int | None = Field(None, ge=1900, le=2100)
    figures_source: Line(300) = ""
    services: Text(10_000) = ""
    notes: Text(10_000) = ""
    challenges: list[ChallengeIn] = Field(default_factory=list, max_length=16)
    communities: list[CommunityIn] = Field(default_factory=list, max_length=30)


@router.put(
    "/network/municipalities/{municipality_id}/profile",
    response={200: WrittenOut, **WRITE_ERRORS},
)
def update_profile(request, municipality_id: Id, payload: ProfileIn):
    """Replace the municipality's profile (its officers, coordinators)."""
    municipality = object_for(
        request.user, Municipality.objects, pk=municipality_id, permission="network.edit_profile"
    )
    data = payload.dict()
    challenges = [
        ChallengeData(theme=str(c["theme"]), priority=c["priority"]) for c in data.pop("challenges")
    ]
    communities = [
        CommunityData(country=c["country"], count=c["count"]) for c in data.pop("communities")
    ]
    network_services.update_city_profile(
        municipality=municipality,
        fields=data,
        challenges=challenges,
        communities=communities,
        by=request.user,
    )
    return written(request, municipality, url=page_of("network:municipality", municipality.pk))
