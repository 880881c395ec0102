"""Municipalities, their officers and requests for the exchange-request tests."""

import datetime as dt

from django.utils import timezone

from citypeers.accounts.enums import Role
from citypeers.matching.services import requests as services
from tests.factories import (
    AffiliationFactory,
    CountryFactory,
    EventSeriesFactory,
    MunicipalityFactory,
    ProgrammeFactory,
    UserFactory,
)


def city(name: str, *, country: str = "IT", zone: str = "Europe/Rome"):
    return MunicipalityFactory(name=name, country=CountryFactory(code=country), timezone=zone)


def officer_of(*municipalities, **fields):
    """A user affiliated to each of ``municipalities``."""
    user = UserFactory(role=Role.USER, **fields)
    for municipality in municipalities:
        AffiliationFactory(user=user, municipality=municipality)
    return user


def next_week_at(hour: int, minute: int = 0) -> dt.datetime:
    """A UTC instant a week or so ahead, at a fixed time of day (always in the future)."""
    day = timezone.now().date() + dt.timedelta(days=8)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=dt.UTC)


class Exchange:
    """Florence asks for Cluj-Napoca; Bari is a third city; everyone has an officer."""

    def __init__(self):
        self.programme = ProgrammeFactory(name="ADMin4ALL test programme", short_name="ADM")
        self.series = EventSeriesFactory(
            name_en="online peer-to-peer exchange", kind="peer_exchange", programme=self.programme
        )
        self.florence = city("Florence")
        self.cluj = city("Cluj-Napoca", country="RO", zone="Europe/Bucharest")
        self.bari = city("Bari")
        for municipality in (self.florence, self.cluj):
            self.programme.enrolments.create(municipality=municipality)
        self.florence_officer = officer_of(self.florence)
        self.cluj_officer = officer_of(self.cluj)
        self.bari_officer = officer_of(self.bari)
        self.coordinator = UserFactory(role=Role.COORDINATOR)

    def ask(self, **fields):
        values = {"requester": self.florence, "wanted": self.cluj, "message": "Housing first?"}
        return services.create_request(**{**values, **fields}, by=self.florence_officer)

    def invite(self, request, *, invited=None, starts_at=None):
        return services.invite_peer(
            request=request,
            invited=invited or self.cluj,
            starts_at=starts_at or next_week_at(8),
            meeting_minutes=90,
            by=self.coordinator,
        )

    def accepted(self):
        request = self.invite(self.ask())
        return services.accept_invitation(request=request, answer="Gladly.", by=self.cluj_officer)


def build_exchange(settings) -> Exchange:
    """The exchange's cities and people (passwords hashed fast: a test builds several)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return Exchange()
