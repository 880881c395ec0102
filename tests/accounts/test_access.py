"""The one access step, walked over every URL of the site.

Every URL is either open to everyone or restricted; for each restricted one, a visitor is
sent to log in and brought back, a signed-in user without the right gets a 404, and
neither GET nor POST changes anything stored. A URL added without a place in these
tables makes the first test fail.
"""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from citypeers.accounts.enums import Role
from citypeers.archive.models import ImportedReport
from citypeers.events.models import EventSession, FollowUpAction
from citypeers.matching.models import ExchangeRequest, Round, RoundPair
from tests.factories import (
    AffiliationFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    PersonFactory,
    PracticeFactory,
    ProgrammeFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

# Open to everyone (lists, public pages, feeds, the login itself). The admin and the
# API have their own guards and their own tests.
OPEN = {
    "set_language",
    "healthz",
    "accounts:login",
    "accounts:logout",
    "core:about",
    "insights:home",
    "network:municipalities",
    "network:municipality",
    "network:organisation",
    "events:list",
    "events:calendar",
    "events:calendar_municipality",
    "events:calendar_theme",
    "events:reports_feed",
    "events:detail",
    "events:ics",
    "practices:list",
    "matching:suggestions",
}
OWN_GUARDS = ("admin:", "api:")
# Every signed-in user's own page: visitors are sent to log in (checked below).
SIGNED_IN = {"accounts:settings", "matching:my_city"}


class World:
    """A city with its officer, another city's officer, an unaffiliated account, and what
    each restricted URL acts on."""

    def __init__(self):
        self.city = MunicipalityFactory()
        self.officer = UserFactory(role=Role.USER)
        AffiliationFactory(user=self.officer, municipality=self.city)
        self.other_officer = UserFactory(role=Role.USER)
        AffiliationFactory(user=self.other_officer, municipality=MunicipalityFactory())
        self.unaffiliated = UserFactory(role=Role.USER)
        self.coordinator = UserFactory(role=Role.COORDINATOR)
        self.event = EventFactory(starts_at=dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))
        EventParticipantFactory(event=self.event, municipality=self.city)
        self.practice = PracticeFactory(municipality=self.city)
        self.draft = PracticeFactory(municipality=self.city, status="draft")
        self.document = DocumentFactory(
            item=self.event, visibility="participants", by=self.coordinator
        )
        self.session = EventSession.objects.create(
            event=self.event,
            title="Housing",
            starts_at=self.event.starts_at,
            ends_at=self.event.ends_at,
        )
        self.follow_up = FollowUpAction.objects.create(event=self.event, description="Visit")
        self.person = PersonFactory()
        self.report = ImportedReport.objects.create(source_name="r.txt", sha256="0" * 64, text="x")
        # The city asked another for an exchange; a third one is invited (not yet answered).
        self.exchange_request = ExchangeRequest.objects.create(
            requester=self.city,
            wanted=MunicipalityFactory(),
            invited=MunicipalityFactory(),
            status="invited",
            proposed_start=dt.datetime(2031, 3, 3, 9, tzinfo=dt.UTC),
        )


def _round(world) -> list[int]:
    """A computed round of a programme with two cities, the world's city in its one pair."""
    round_ = Round.objects.create(
        programme=ProgrammeFactory(),
        starts_on=dt.date(2030, 3, 4),
        ends_on=dt.date(2030, 3, 8),
        status="ready",
    )
    RoundPair.objects.create(round=round_, first=world.city, second=MunicipalityFactory())
    return [round_.pk]


# name -> (URL arguments from the world, the signed-in user who lacks the right, methods)
RESTRICTED = {
    "network:profile_edit": (lambda w: [w.city.pk], "other_officer", "GET POST"),
    "network:profile_history": (lambda w: [w.city.pk], "other_officer", "GET"),
    "network:person": (lambda w: [w.person.pk], "unaffiliated", "GET"),
    "events:create": (lambda w: [], "officer", "GET POST"),
    "events:zones": (lambda w: [], "officer", "GET"),
    "events:edit": (lambda w: [w.event.pk], "officer", "GET POST"),
    "events:conclude": (lambda w: [w.event.pk], "officer", "GET POST"),
    "events:cancel": (lambda w: [w.event.pk], "officer", "POST"),
    "events:session_add": (lambda w: [w.event.pk], "officer", "GET POST"),
    "events:person_add": (lambda w: [w.event.pk], "officer", "GET POST"),
    "events:presentation_add": (lambda w: [w.event.pk], "officer", "GET POST"),
    "events:follow_up_add": (lambda w: [w.event.pk], "officer", "GET POST"),
    "events:part_remove": (lambda w: ["session", w.session.pk], "officer", "POST"),
    "events:follow_up_edit": (lambda w: [w.follow_up.pk], "officer", "GET POST"),
    "events:follow_up_progress": (lambda w: [w.follow_up.pk], "other_officer", "GET POST"),
    "practices:create": (lambda w: [], "unaffiliated", "GET POST"),
    "practices:detail": (lambda w: [w.draft.pk], "other_officer", "GET"),
    "practices:edit": (lambda w: [w.practice.pk], "other_officer", "GET POST"),
    "practices:status": (lambda w: [w.practice.pk], "officer", "POST"),
    "practices:history": (lambda w: [w.practice.pk], "other_officer", "GET"),
    "documents:list": (lambda w: [], "officer", "GET"),
    "documents:download": (lambda w: [w.document.pk], "other_officer", "GET"),
    "documents:downloads": (lambda w: [w.document.pk], "officer", "GET"),
    "documents:delete": (lambda w: [w.document.pk], "officer", "GET POST"),
    "documents:attach_to_event": (lambda w: [w.event.pk], "other_officer", "GET POST"),
    "documents:attach_to_practice": (lambda w: [w.practice.pk], "other_officer", "GET POST"),
    "archive:reports": (lambda w: [], "officer", "GET"),
    "archive:upload": (lambda w: [], "officer", "GET POST"),
    "archive:review": (lambda w: [], "officer", "POST"),
    "archive:report": (lambda w: [w.report.pk], "officer", "GET"),
    "matching:preferences": (lambda w: [w.city.pk], "other_officer", "GET POST"),
    "matching:rounds": (lambda w: [], "officer", "GET"),
    "matching:round_create": (lambda w: [], "officer", "GET POST"),
    "matching:round": (_round, "officer", "GET"),
    "matching:round_progress": (_round, "officer", "GET"),
    "matching:round_swap": (_round, "officer", "POST"),
    "matching:round_remove": (_round, "officer", "POST"),
    "matching:round_confirm": (_round, "officer", "POST"),
    "matching:round_recompute": (_round, "officer", "POST"),
    "matching:request_create": (lambda w: [], "unaffiliated", "GET POST"),
    "matching:requests": (lambda w: [], "officer", "GET"),
    "matching:request": (lambda w: [w.exchange_request.pk], "other_officer", "GET"),
    "matching:request_invite": (lambda w: [w.exchange_request.pk], "officer", "POST"),
    "matching:request_answer": (lambda w: [w.exchange_request.pk], "officer", "POST"),
    "matching:request_withdraw": (lambda w: [w.exchange_request.pk], "other_officer", "POST"),
    "matching:request_undo": (lambda w: [w.exchange_request.pk], "officer", "POST"),
}


def _names(patterns, namespace="") -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= _names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def _stored_rows() -> dict[str, list[dict]]:
    """Every row of every table but the log-in bookkeeping (sessions, the lockout's log,
    the time of the last log-in)."""
    rows = {}
    for model in apps.get_models():
        if model._meta.app_label in {"sessions", "axes"}:
            continue
        values = list(model._default_manager.order_by("pk").values())
        for row in values:
            row.pop("last_login", None)
        rows[model._meta.label] = values
    return rows


def test_every_url_is_open_or_restricted():
    names = {n for n in _names(get_resolver().url_patterns) if not n.startswith(OWN_GUARDS)}

    assert names - OPEN - SIGNED_IN - set(RESTRICTED) == set()
    assert (OPEN | SIGNED_IN | set(RESTRICTED)) - names == set()


@pytest.mark.parametrize("name", sorted(RESTRICTED))
def test_restricted_url_sends_visitors_to_log_in_and_others_to_404(client, name):
    world = World()
    arguments, refused_user, methods = RESTRICTED[name]
    url = reverse(name, args=arguments(world))
    before = _stored_rows()

    visitor = {m: getattr(client, m.lower())(url) for m in methods.split()}
    client.force_login(getattr(world, refused_user))
    signed_in = {m: getattr(client, m.lower())(url) for m in methods.split()}

    for response in visitor.values():
        assert response.status_code == 302
        location = urlsplit(response["Location"])
        assert location.path == reverse("accounts:login")
        assert parse_qs(location.query)["next"] == [url]
    assert {m: r.status_code for m, r in signed_in.items()} == dict.fromkeys(visitor, 404)
    assert _stored_rows() == before


@pytest.mark.parametrize("name", sorted(SIGNED_IN))
def test_signed_in_pages_send_visitors_to_log_in(client, name):
    World()
    url = reverse(name)
    before = _stored_rows()

    responses = [client.get(url), client.post(url)]

    for response in responses:
        assert response.status_code == 302
        location = urlsplit(response["Location"])
        assert (location.path, parse_qs(location.query)["next"]) == (
            reverse("accounts:login"),
            [url],
        )
    assert _stored_rows() == before


def test_login_brings_the_visitor_back_to_the_page(client):
    world = World()
    world.other_officer.set_password("a long enough passphrase")
    world.other_officer.save()
    url = reverse("practices:edit", args=[world.practice.pk])
    world.practice.created_by = world.other_officer
    world.practice.save()

    to_login = client.get(url)
    back = client.post(
        to_login["Location"],
        {"username": world.other_officer.username, "password": "a long enough passphrase"},
    )

    assert back.status_code == 302
    assert back["Location"] == url
    assert client.get(url).status_code == 200


def test_missing_object_is_a_404_for_visitors_too(client):
    url = reverse("practices:detail", args=[987654])

    assert client.get(url).status_code == 404
