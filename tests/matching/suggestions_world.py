"""A small hand-made network (fictional towns) whose best peers and reasons are known.

Aurelia (Italy) lists housing first and employment second; its largest foreign community
is Romanian. Borova (Romania) also lists housing first and runs a practice on employment:
its best peer. Cestin (Poland) shares employment at priority 2. Dolna, in Italy like
Aurelia, would match on housing but is of the same country. Elvas (Portugal) has no
profile and nothing published: it is nobody's candidate, yet has peers of its size.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from citypeers.network.services import ChallengeData, CommunityData, update_city_profile
from tests.factories import CountryFactory, MunicipalityFactory, PracticeFactory


def town(name: str, country: str, population: int, timezone: str = "Europe/Rome"):
    return MunicipalityFactory(
        name=name,
        country=CountryFactory(code=country),
        population=population,
        timezone=timezone,
    )


def profile(municipality, *, share=None, challenges=(), origins=()):
    """A city profile written through the network's service, as the site writes it."""
    update_city_profile(
        municipality=municipality,
        fields={"foreign_residents_share": None if share is None else Decimal(share)},
        challenges=[ChallengeData(theme, priority) for theme, priority in challenges],
        communities=[
            CommunityData(country=code, count=10_000 - rank) for rank, code in enumerate(origins)
        ],
        by=None,
    )


@dataclass
class World:
    aurelia: object
    borova: object
    cestin: object
    dolna: object
    elvas: object
    porta_futuro: object


ON = dt.date(2022, 6, 1)


def small_network() -> World:
    CountryFactory(code="AL")
    aurelia = town("Aurelia", "IT", 300_000)
    borova = town("Borova", "RO", 250_000, "Europe/Bucharest")
    cestin = town("Cestin", "PL", 280_000, "Europe/Warsaw")
    dolna = town("Dolna", "IT", 30_000)
    elvas = town("Elvas", "PT", 200_000, "Europe/Lisbon")
    profile(
        aurelia, share="12", challenges=[("housing", 1), ("employment", 2)], origins=["RO", "AL"]
    )
    profile(borova, share="3", challenges=[("housing", 1)])
    profile(cestin, share="11", challenges=[("language", 1), ("employment", 2)])
    profile(dolna, challenges=[("housing", 1)])
    porta_futuro = PracticeFactory(
        municipality=borova, name="Porta Futuro", themes=["employment"], status="published"
    )
    PracticeFactory(municipality=cestin, name="Draft", themes=["housing"], status="draft")
    return World(aurelia, borova, cestin, dolna, elvas, porta_futuro)
