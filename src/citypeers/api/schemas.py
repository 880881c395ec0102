"""What the API returns: small, stable shapes, separate from the models."""

from ninja import Field, Schema

from citypeers.api.listing import absolute, api_address


class ErrorOut(Schema):
    """Every error answer: one sentence naming the problem, and the field or parameter it
    is about (the invalid field, the unknown parameter, ``Authorization``), or null."""

    detail: str
    field: str | None


# The error answers every operation documents besides its result: an unknown parameter or
# a body that is not JSON, a refused token, invalid input, past the rate limit.
INPUT_ERRORS = {400: ErrorOut, 401: ErrorOut, 422: ErrorOut, 429: ErrorOut}
# ... and, for an operation that reads one object by its id, an unknown id.
LOOKUP_ERRORS = {404: ErrorOut, **INPUT_ERRORS}
# (An object that exists but only a member's token may open is a 401, as a refused token.)
# ... a list for some readers only: 401 without a token, 403 with one that lacks the right.
PROTECTED_LIST_ERRORS = {403: ErrorOut, **INPUT_ERRORS}


def page_url(obj, context) -> str:
    """The full address of ``obj``'s page on the site (a schema's ``resolve_url``)."""
    return absolute(context["request"], obj.get_absolute_url())


#: The operation that reads one object of each model, and the argument of its id.
READ_OPERATIONS = {
    "network.municipality": ("get_municipality", "municipality_id"),
    "network.organisation": ("get_organisation", "organisation_id"),
    "network.person": ("get_person", "person_id"),
    "events.event": ("get_event", "event_id"),
    "practices.practice": ("get_practice", "practice_id"),
    "documents.document": ("get_document", "document_id"),
}


def api_url(obj, context) -> str:
    """The full address of ``obj`` in the API (a schema's ``resolve_api_url``)."""
    name, argument = READ_OPERATIONS[obj._meta.label_lower]
    return api_address(context["request"], name, **{argument: obj.pk})


class MunicipalityOut(Schema):
    id: int
    geonames_id: int
    name: str
    country: str = Field(alias="country_id")
    latitude: float
    longitude: float
    population: int
    timezone: str
    url: str = Field(description="The municipality's page on the site.")
    api_url: str

    resolve_url = staticmethod(page_url)
    resolve_api_url = staticmethod(api_url)


class ChallengeOut(Schema):
    theme: str
    priority: int


class CommunityOut(Schema):
    country: str = Field(alias="country_id")
    count: int | None


class ProfileOut(Schema):
    foreign_residents: int | None
    foreign_residents_share: float | None
    figures_year: int | None
    figures_source: str
    services: str
    notes: str
    challenges: list[ChallengeOut]
    communities: list[CommunityOut]

    @staticmethod
    def resolve_challenges(profile) -> list:
        return list(profile.challenges.all())

    @staticmethod
    def resolve_communities(profile) -> list:
        return list(profile.communities.all())


class RoleOut(Schema):
    """A role held now in a body; ``person`` only for those who may see people."""

    person_id: int | None
    person: str | None
    title: str
    unit: str | None
    municipality_id: int | None
    organisation_id: int | None


class PeopleOut(Schema):
    """A body's people as its page shows them: the roles with names for the network's
    members and coordinators (``roles``), only how many for anyone else (``roles`` null)."""

    count: int
    roles: list[RoleOut] | None
