"""Every URL of the site with what it acts on and who may use it: the tables the access
walk, the CSRF walk and the form fuzz share.

A URL is open to everyone, a signed-in user's own page, or restricted; each restricted
one names a user who lacks the right (for the access walk) and ``ALLOWED`` names one who
has it (for the CSRF walk and the form fuzz).
"""

import datetime as dt

from django.apps import apps
from django.urls import URLPattern, URLResolver

from citypeers.accounts.enums import Role
from citypeers.api.services import create_token
from citypeers.archive.models import ImportedReport
from citypeers.events.models import EventSession, FollowUpAction
from citypeers.matching.models import ExchangeRequest, Round, RoundPair
from tests.factories import (
    AffiliationFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    EventSeriesFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PracticeFactory,
    ProgrammeFactory,
    UserFactory,
)

# Open to everyone (lists, public pages, feeds, the login itself). The admin and the
# API have their own guards and their own tests.
OPEN = {
    "set_language",
    "healthz",
    "accounts:login",
    "accounts:logout",
    "core:about",
    "insights:home",
    "insights:dashboard",
    "insights:report",
    "insights:export_csv",
    "insights:export_json",
    "network:municipalities",
    "network:municipality",
    "network:organisation",
    "network:directory_countries",
    "network:directory_municipalities",
    "network:directory_organisations",
    "events:list",
    "events:export_csv",
    "events:export_xlsx",
    "events:calendar",
    "events:calendar_municipality",
    "events:calendar_theme",
    "events:reports_feed",
    "events:detail",
    "events:ics",
    "practices:list",
    "matching:suggestions",
    "search:results",
}
OWN_GUARDS = ("admin:", "api:")
# Every signed-in user's own page: visitors are sent to log in (checked below).
SIGNED_IN = {"accounts:settings", "matching:my_city", "tokens:list", "tokens:create"}


class World:
    """A city with its officer, another city's officer, an unaffiliated account, and what
    each restricted URL acts on."""

    def __init__(self):
        self.city = MunicipalityFactory()
        self.officer = UserFactory(role=Role.USER)
        AffiliationFactory(user=self.officer, municipality=self.city)
        self.organisation = OrganisationFactory()
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
        self.token = create_token(user=self.officer, name="Reports script", scope="read").token
        self.invited_officer = UserFactory(role=Role.USER)
        AffiliationFactory(user=self.invited_officer, municipality=self.exchange_request.invited)


def computed_round(world) -> list[int]:
    """A computed round of a programme with two cities, the world's city in its one pair."""
    round_ = Round.objects.create(
        programme=ProgrammeFactory(),
        starts_on=dt.date(2030, 3, 4),
        ends_on=dt.date(2030, 3, 8),
        status="ready",
    )
    RoundPair.objects.create(round=round_, first=world.city, second=MunicipalityFactory())
    return [round_.pk]


# Where the login brings a visitor back, when it is not the URL asked for: a file's
# address leads to the file's page (a browser shows a page after logging in, not a file).
LOGIN_COMES_BACK_TO = {"documents:download": "documents:detail"}

# name -> (URL arguments from the world, the signed-in user who lacks the right, methods)
RESTRICTED = {
    "network:profile_edit": (lambda w: [w.city.pk], "other_officer", "GET POST"),
    "network:profile_history": (lambda w: [w.city.pk], "other_officer", "GET"),
    "network:organisation_translations": (
        lambda w: [w.organisation.pk],
        "other_officer",
        "GET POST",
    ),
    "network:programme_translations": (
        lambda w: [ProgrammeFactory(coordinator=w.organisation).pk],
        "other_officer",
        "GET POST",
    ),
    "network:person": (lambda w: [w.person.pk], "unaffiliated", "GET"),
    "network:directory_people": (lambda w: [], "unaffiliated", "GET"),
    "events:create": (lambda w: [], "officer", "GET POST"),
    "events:series_translations": (lambda w: [EventSeriesFactory().pk], "officer", "GET POST"),
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
    "documents:detail": (lambda w: [w.document.pk], "other_officer", "GET"),
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
    "matching:round": (computed_round, "officer", "GET"),
    "matching:round_progress": (computed_round, "officer", "GET"),
    "matching:round_swap": (computed_round, "officer", "POST"),
    "matching:round_remove": (computed_round, "officer", "POST"),
    "matching:round_confirm": (computed_round, "officer", "POST"),
    "matching:round_recompute": (computed_round, "officer", "POST"),
    "matching:request_create": (lambda w: [], "unaffiliated", "GET POST"),
    "matching:requests": (lambda w: [], "officer", "GET"),
    "matching:request": (lambda w: [w.exchange_request.pk], "other_officer", "GET"),
    "matching:request_invite": (lambda w: [w.exchange_request.pk], "officer", "POST"),
    "matching:request_answer": (lambda w: [w.exchange_request.pk], "officer", "POST"),
    "matching:request_withdraw": (lambda w: [w.exchange_request.pk], "other_officer", "POST"),
    "matching:request_undo": (lambda w: [w.exchange_request.pk], "officer", "POST"),
    "tokens:revoke": (lambda w: [w.token.pk], "other_officer", "POST"),
}


def url_names(patterns, namespace="") -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def stored_rows() -> dict[str, list[dict]]:
    """Every row of every table but the log-in bookkeeping (sessions, the lockout's log,
    the time of the last log-in, an API token's last use)."""
    rows = {}
    for model in apps.get_models():
        if model._meta.app_label in {"sessions", "axes"}:
            continue
        values = list(model._default_manager.order_by("pk").values())
        for row in values:
            row.pop("last_login", None)
            row.pop("last_used_at", None)
        rows[model._meta.label] = values
    return rows


# name -> the URL arguments of an open page or a signed-in user's own page.
OPEN_ARGUMENTS = {
    "network:municipality": lambda w: [w.city.pk],
    "network:organisation": lambda w: [w.organisation.pk],
    "events:calendar_municipality": lambda w: [w.city.pk],
    "events:calendar_theme": lambda w: ["housing"],
    "events:detail": lambda w: [w.event.pk],
    "events:ics": lambda w: [w.event.pk],
    "matching:suggestions": lambda w: [w.city.pk],
    "insights:export_csv": lambda w: ["exchanges-per-month"],
    "insights:export_json": lambda w: ["exchanges-per-month"],
}

# name -> the world's user who may use a restricted URL, POST included (the right its
# own tests give it). Every other restricted URL is the coordinators'; open pages and
# signed-in users' own pages are used by the officer.
ALLOWED = {
    "network:profile_edit": "officer",
    "network:person": "officer",
    "events:follow_up_progress": "officer",
    "practices:create": "officer",
    "practices:detail": "officer",
    "practices:edit": "officer",
    "matching:preferences": "officer",
    "matching:request_create": "officer",
    "matching:request_answer": "invited_officer",
    "matching:request_withdraw": "officer",
    "tokens:revoke": "officer",
}


def url_arguments(name: str, world: World) -> list:
    """The arguments that make ``name`` a URL of ``world``'s objects."""
    if name in RESTRICTED:
        return RESTRICTED[name][0](world)
    return OPEN_ARGUMENTS.get(name, lambda w: [])(world)


def allowed_user(name: str, world: World):
    """A user of ``world`` who may use the URL ``name`` (POST included, if it takes one)."""
    default = "coordinator" if name in RESTRICTED else "officer"
    return getattr(world, ALLOWED.get(name, default))
