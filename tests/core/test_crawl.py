"""Every private value stays with those the rules show it to, on every page a user reaches.

A small network holds a unique marker in every private field and in a few public ones
(controls). Who may see each marker is asked of the policy that guards it:

===========================================  ============================================
marker                                       rule
===========================================  ============================================
meeting link of an event                     ``events.see_meeting_link`` (its parties)
follow-up progress note                      ``events.see_follow_up_progress``
draft report, common challenges              ``events.see_report`` (coordinators)
event, practice and profile history          ``events.see_history``,
                                             ``practices.change_practice``,
                                             ``network.edit_profile``
document titles, descriptions (listing)      public and members' documents: everyone;
                                             participants': ``document_readers``
document file contents                       ``document_readers``
draft practice name, summary                 ``practices.view_practice``
people's names, contact e-mail and phone,    ``network.see_people`` (``people_readers``:
their roles in the directory                 members and coordinators)
exchange request message                     ``matching.see_request`` (its cities)
round error, round moderator's name          ``matching.view_round`` (coordinators)
imported report name and text                ``archive.import_reports``
account e-mails                              nobody (no page shows them)
event summary, follow-up, practice           everyone (controls: the crawl reaches them)
summary, profile services, a person's title
at an event (shown without the name)
===========================================  ============================================

Each of six users crawls the site from every app's start page, following the links it
is shown; the markers found must be exactly those the rules allow that user: none more
(a leak), none fewer (the crawl missed a page, so it proved nothing).
"""

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.utils import timezone

from citypeers.accounts.enums import Role
from citypeers.archive.models import ImportedReport
from citypeers.core.audit import record_change
from citypeers.core.enums import AuditAction
from citypeers.documents.rules import document_readers
from citypeers.documents.samples import pdf_with_text
from citypeers.events.models import EventPerson, EventSession, FollowUpAction, FollowUpProgress
from citypeers.matching.models import ExchangeRequest, Round, RoundModerator
from citypeers.network.models import CityProfile, PersonRole
from tests.crawler import crawl
from tests.factories import (
    AffiliationFactory,
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
    PersonFactory,
    PracticeFactory,
    ProgrammeFactory,
    UserFactory,
)
from tests.generated_network import fresh

pytestmark = pytest.mark.django_db

# Each app's start page, in English; the main ones also under the Italian prefix.
START_PAGES = [
    "/en/",
    "/en/network/",
    "/en/events/",
    "/en/events/calendar.ics",
    "/en/events/reports.atom",
    "/en/practices/",
    "/en/documents/",
    "/en/archive/",
    "/en/exchanges/my/",
    "/en/exchanges/requests/",
    "/en/exchanges/rounds/",
    "/en/accounts/settings/",
    "/en/about/",
    "/api/v1/events",
    "/api/v1/network/municipalities",
]
ITALIAN_PAGES = ["/it/", "/it/network/", "/it/events/", "/it/practices/", "/it/exchanges/my/"]
ROLES = (
    "visitor",
    "unaffiliated user",
    "member of another city",
    "member of an organisation",
    "participant",
    "coordinator",
)


def everyone(user) -> bool:
    return True


def nobody(user) -> bool:
    return False


def may(permission: str, obj=None) -> Callable:
    return lambda user: user.has_perm(permission, obj)


@dataclass
class Marker:
    """A unique value planted in one field, and the rule that says who may see it."""

    field: str
    value: str
    allows: Callable


class World:
    """City A (the participant's) meets city B at an upcoming online event and runs a
    practice with organisation O as partner; city C (the other city's) took part only in
    a concluded event whose report is still a draft."""

    def __init__(self):
        self.markers: list[Marker] = []
        self.a, self.b, self.c, self.d = (MunicipalityFactory() for _ in range(4))
        self.o = OrganisationFactory()
        self.users = {"visitor": AnonymousUser()}
        for role, body in (
            ("unaffiliated user", {}),
            ("member of another city", {"municipality": self.c}),
            ("member of an organisation", {"organisation": self.o}),
            ("participant", {"municipality": self.a}),
            ("coordinator", None),
        ):
            user = self._user(Role.COORDINATOR if body is None else Role.USER)
            if body:
                AffiliationFactory(user=user, **body)
            self.users[role] = user
        self.coordinator = self.users["coordinator"]
        self._events()
        self._practices()
        self._directory()
        self._exchanges()
        self._coordination()

    def plant(self, field: str, allows: Callable, *, form: str = "PLANT-{field}-{hex}") -> str:
        value = form.format(field=field, hex=secrets.token_hex(5))
        self.markers.append(Marker(field, value, allows))
        return value

    def _user(self, role):
        email = self.plant("user-email", nobody, form="PLANT-{field}-{hex}@example.org")
        return UserFactory(role=role, email=email, is_staff=role == Role.COORDINATOR)

    def _events(self):
        soon = timezone.now() + dt.timedelta(days=10)
        self.event = event = EventFactory(starts_at=soon, ends_at=soon + dt.timedelta(hours=2))
        party = EventParticipantFactory(event=event, municipality=self.a)
        EventParticipantFactory(event=event, municipality=self.b)
        link = may("events.see_meeting_link", event)
        event.meeting_url = self.plant("meeting-link", link, form="https://meet.example.org/{hex}")
        event.summary = self.plant("event-summary", everyone)
        event.save()
        self._people_at(event, party)
        action = FollowUpAction.objects.create(
            event=event,
            participant=party,
            description=self.plant("follow-up", everyone),
            due_on=soon.date(),
        )
        FollowUpProgress.objects.create(
            action=action,
            author=self.users["participant"],
            note=self.plant("progress-note", may("events.see_follow_up_progress", event)),
        )
        self._document(event, "members")
        self._document(event, "participants")
        record_change(
            obj=event,
            action=AuditAction.UPDATED,
            by=self.coordinator,
            changes={"venue_detail": [self.plant("event-history", may("events.see_history")), ""]},
        )
        past = EventFactory(status="concluded")
        EventParticipantFactory(event=past, municipality=self.c)
        draft_report = may("events.see_report", past)
        past.report = f"<p>{self.plant('draft-report', draft_report)}</p>"
        past.common_challenges = self.plant("common-challenges", draft_report)
        past.save()

    def _people_at(self, event, party):
        """A delegate of city A and a session's speaker, named only to those the people
        rule allows; the delegate's title is shown to everyone, without the name."""
        names = may("network.see_people")
        session = EventSession.objects.create(
            event=event, title="Opening", starts_at=event.starts_at, ends_at=event.ends_at
        )
        EventPerson.objects.create(
            event=event,
            participant=party,
            person=PersonFactory(name=self.plant("delegate-name", names)),
            title=self.plant("delegate-title", everyone),
        )
        EventPerson.objects.create(
            event=event,
            session=session,
            role="speaker",
            person=PersonFactory(name=self.plant("speaker-name", names)),
        )

    def _document(self, item, visibility: str):
        """A document whose title and description are listed to those its listing rule
        allows, and whose file (a PDF) holds text only its readers may download."""
        holder = {}
        title = self.plant(f"{visibility}-document-title", lambda u: self._listed(u, holder))
        description = self.plant(
            f"{visibility}-document-description", lambda u: self._listed(u, holder)
        )
        content = self.plant(
            f"{visibility}-document-file", lambda u: document_readers.allows(u, holder["doc"])
        )
        holder["doc"] = DocumentFactory(
            item=item,
            visibility=visibility,
            title=title,
            description=description,
            content=pdf_with_text([content]),
            by=self.coordinator,
        )

    @staticmethod
    def _listed(user, holder) -> bool:
        """Public and members' documents are listed to everyone (signing in opens them);
        participants' documents only to those who may download them."""
        document = holder["doc"]
        return document.visibility != "participants" or document_readers.allows(user, document)

    def _practices(self):
        self.contact = PersonFactory(
            name=self.plant("contact-name", may("network.see_people")),
            email=self.plant(
                "person-email", may("network.see_people"), form="PLANT-{field}-{hex}@example.org"
            ),
            phone=self.plant("person-phone", may("network.see_people")),
        )
        practice = PracticeFactory(
            municipality=self.a,
            summary=self.plant("practice-summary", everyone),
            contact=self.contact,
        )
        practice.partners.set([self.o])
        self._document(practice, "participants")
        editors = may("practices.change_practice", practice)
        changes = {"results": [self.plant("practice-history", editors), ""]}
        record_change(
            obj=practice, action=AuditAction.UPDATED, by=self.coordinator, changes=changes
        )
        draft = PracticeFactory(municipality=self.a, status="draft")
        readers = may("practices.view_practice", draft)
        draft.name = self.plant("draft-name", readers)
        draft.summary = self.plant("draft-summary", readers)
        draft.created_by = self.users["participant"]
        draft.save()
        # Another city's published practice cites the draft: its page must not name it.
        PracticeFactory(municipality=self.b).inspired_by.set([draft])

    def _directory(self):
        PersonRole.objects.create(
            person=self.contact,
            municipality=self.a,
            title=self.plant("role-title", may("network.see_people")),
        )
        profile = CityProfile.objects.create(
            municipality=self.a, services=self.plant("profile-services", everyone)
        )
        editors = may("network.edit_profile", self.a)
        changes = {"notes": [self.plant("profile-history", editors), ""]}
        record_change(obj=profile, action=AuditAction.UPDATED, by=self.coordinator, changes=changes)

    def _exchanges(self):
        """A's open request to B, C's invitation of D, and E inviting A (for A to answer)."""
        later = timezone.now() + dt.timedelta(days=30)
        for name, requester, wanted, invited in (
            ("participant-request", self.a, self.b, None),
            ("other-city-request", self.c, self.d, self.d),
            ("invitation-to-participant", MunicipalityFactory(), None, self.a),
        ):
            request = ExchangeRequest.objects.create(
                requester=requester,
                wanted=wanted,
                invited=invited,
                themes=["housing"],
                status="invited" if invited else "open",
                proposed_start=later if invited else None,
            )
            request.message = self.plant(name, may("matching.see_request", request))
            request.save()

    def _coordination(self):
        programme = ProgrammeFactory()
        failed = Round.objects.create(
            programme=programme,
            starts_on=dt.date(2030, 3, 4),
            ends_on=dt.date(2030, 3, 8),
            status="failed",
        )
        rounds = may("matching.view_round", failed)
        failed.error = self.plant("round-error", rounds)
        failed.save()
        moderator = UserFactory(first_name=self.plant("moderator-name", rounds))
        RoundModerator.objects.create(round=failed, user=moderator)
        importers = may("archive.import_reports")
        ImportedReport.objects.create(
            source_name=self.plant("report-file", importers, form="PLANT-{field}-{hex}.txt"),
            sha256="0" * 64,
            text=self.plant("report-text", importers),
        )


@pytest.fixture
def world(settings):
    """The network; accounts get a fast password hash (nobody logs in with a password)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return World()


def allowed_to(world, role) -> dict[str, str]:
    """The markers ``role`` may see, by value, as the rules answer."""
    user = fresh(world.users[role])
    return {marker.value: marker.field for marker in world.markers if marker.allows(user)}


def test_markers_are_unique_and_tell_the_roles_apart(world):
    values = [marker.value for marker in world.markers]
    answers = {role: frozenset(allowed_to(world, role)) for role in ROLES}

    assert len(set(values)) == len(values)
    # Written out, so that a rule broken open to everyone fails here (the crawl asks the
    # same rules, so it would agree with a broken one).
    assert sorted(allowed_to(world, "visitor").values()) == [
        "delegate-title",
        "event-summary",
        "follow-up",
        "members-document-description",
        "members-document-title",
        "practice-summary",
        "profile-services",
    ]
    # An account with no affiliation sees what a visitor sees; every other role differs.
    assert answers["unaffiliated user"] == answers["visitor"]
    assert len(set(answers.values())) == len(ROLES) - 1


@pytest.mark.parametrize("role", ROLES)
def test_crawl_shows_each_role_exactly_the_markers_it_may_see(world, role):
    user = world.users[role]
    client = Client(raise_request_exception=False)
    if user.is_authenticated:
        client.force_login(user)
    allowed = allowed_to(world, role)

    result = crawl(client, START_PAGES + ITALIAN_PAGES)

    found = [
        (marker, url)
        for url, page in result.pages.items()
        for marker in world.markers
        if marker.value.encode() in page.body
    ]
    leaks = [f"{role} | {url} | {m.field}" for m, url in found if m.value not in allowed]
    missed = set(allowed) - {marker.value for marker, _url in found}
    assert result.server_errors() == []
    assert leaks == []
    assert sorted(allowed[value] for value in missed) == []
