"""Hand-made cities and rounds for the rounds tests: every figure is chosen by the test."""

import datetime as dt

from citypeers.accounts.enums import Role
from citypeers.matching.models import ExchangePreferences
from citypeers.matching.rounds import RoundRequest
from citypeers.network.models import CityProfile, Enrolment, OriginCommunity, ProfileChallenge
from tests.factories import CountryFactory, MunicipalityFactory, ProgrammeFactory, UserFactory

MONDAY = dt.date(2030, 3, 4)  # a week with no public holiday in the countries used
NOW = dt.datetime(2030, 3, 1, 12, tzinfo=dt.UTC)
TODAY = NOW.date()

ZONES = {"IT": "Europe/Rome", "FR": "Europe/Paris", "DE": "Europe/Berlin",
         "ES": "Europe/Madrid", "RO": "Europe/Bucharest", "PL": "Europe/Warsaw"}  # fmt: skip


def city(
    name: str,
    country: str,
    *,
    programme=None,
    challenges: dict[str, int] | None = None,
    origins: tuple[str, ...] = (),
    population: int = 0,
    opens=dt.time(9),
    closes=dt.time(17),
    opted_in: bool = True,
):
    """A municipality with its preferences, enrolled in ``programme``; no population
    (0) unless given, so that only the themes given score."""
    municipality = MunicipalityFactory(
        name=name,
        country=CountryFactory(code=country),
        timezone=ZONES.get(country, "Europe/Rome"),
        population=population,
    )
    if challenges or origins:
        profile = CityProfile.objects.create(municipality=municipality)
        for theme, priority in (challenges or {}).items():
            ProfileChallenge.objects.create(profile=profile, theme=theme, priority=priority)
        for rank, code in enumerate(origins):
            OriginCommunity.objects.create(
                profile=profile, country=CountryFactory(code=code), count=1000 - rank
            )
    ExchangePreferences.objects.create(
        municipality=municipality, opted_in=opted_in, office_opens=opens, office_closes=closes
    )
    if programme is not None:
        Enrolment.objects.create(programme=programme, municipality=municipality)
    return municipality


def moderator(username: str = "moderator", role=Role.COORDINATOR):
    return UserFactory(username=username, role=role)


def round_request(programme, *, moderators=None, days: int = 5, **options) -> RoundRequest:
    """A round over the week of ``MONDAY`` (``days`` days), one moderator by default."""
    return RoundRequest(
        programme=programme,
        starts_on=options.pop("starts_on", MONDAY),
        ends_on=options.pop("ends_on", MONDAY + dt.timedelta(days=days - 1)),
        moderators=tuple(moderators if moderators is not None else [(moderator(), 4)]),
        **options,
    )


def greedy_trap(programme=None):
    """Four cities where the heaviest pair (A-B, 9 points) is not in the best pairing:
    A-C (6) and B-D (6) make 12. Every shared theme is a first priority (3 points)."""
    programme = programme or ProgrammeFactory()
    a = city(
        "Aville",
        "IT",
        programme=programme,
        challenges={"housing": 1, "employment": 1, "education": 1, "health": 1, "legal": 1},
    )
    b = city(
        "Bton",
        "FR",
        programme=programme,
        challenges={"housing": 1, "employment": 1, "education": 1, "language": 1, "data": 1},
    )
    c = city("Cburg", "DE", programme=programme, challenges={"health": 1, "legal": 1})
    d = city("Dmadrid", "ES", programme=programme, challenges={"language": 1, "data": 1})
    return programme, (a, b, c, d)  # fmt: skip
