"""What the API returns: small, stable shapes, separate from the models."""

from ninja import Field, Schema


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


class MunicipalityOut(Schema):
    id: int
    geonames_id: int
    name: str
    country: str = Field(alias="country_id")
    latitude: float
    longitude: float
    population: int
    timezone: str


class ChallengeOut(Schema):
    theme: str
    priority: int


class CommunityOut(Schema):
    country: str
    count: int | None


class ProfileOut(Schema):
    foreign_residents: int | None
    foreign_residents_share: float | None
    figures_year: int | None
    figures_source: str
    challenges: list[ChallengeOut]
    communities: list[CommunityOut]


class MunicipalityDetailOut(MunicipalityOut):
    alternate_names: list[str]
    programmes: list[str]
    profile: ProfileOut | None
