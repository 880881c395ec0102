"""Reads of events, with times in UTC and in every party's zone (the pages' own wording)."""

import datetime as dt

from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.pagination import paginate
from pydantic import Field

from citypeers.accounts.access import object_for
from citypeers.api.access import viewer
from citypeers.api.documents import AttachedDocumentOut, attached_documents
from citypeers.api.listing import (
    InvalidParameter,
    Language,
    SearchWords,
    ordered,
    ordering_field,
    orderings,
)
from citypeers.api.pagination import BoundedLimitOffsetPagination
from citypeers.api.schemas import INPUT_ERRORS, LOOKUP_ERRORS, api_url, page_url
from citypeers.events import selectors
from citypeers.events.times import event_times, event_zones, times_in_zones
from citypeers.events.titles import event_title

router = Router(tags=["events"])

EVENT_ORDERINGS = orderings(starts_at="starts_at")


class EventQuery(Schema):
    q: SearchWords = ""
    kind: str = ""
    country: str = ""
    municipality: int | None = None
    theme: str = ""
    year: int | None = None
    status: str = ""
    when: str = ""
    to_conclude: bool = Field(
        False, description="Planned events whose end has passed (coordinators only)."
    )
    language: Language = "en"
    ordering: str = ordering_field(EVENT_ORDERINGS, "upcoming soonest first, else newest")


class PartyOut(Schema):
    municipality_id: int | None
    organisation_id: int | None
    name: str
    country: str | None
    role: str


class ZoneTimesOut(Schema):
    """The span in one party's zone, as local times with their offset."""

    zone: str
    starts_at: dt.datetime
    ends_at: dt.datetime


def _language(code: str) -> str:
    return code if code in {"en", "it"} else "en"


def _request_language(context) -> str:
    return _language(context["request"].GET.get("language", "en"))


def _zone_times(starts_at, ends_at, zones) -> list[dict]:
    return [
        {"zone": zone, "starts_at": start, "ends_at": end}
        for zone, start, end in times_in_zones(starts_at, ends_at, zones)
    ]


class EventOut(Schema):
    """An event; ``title`` and ``local_times`` are in the ``language`` asked for (en, it).
    ``starts_at`` and ``ends_at`` are in UTC; ``times`` gives them in each party's zone."""

    id: int
    title: str
    kind: str
    format: str
    status: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    has_times: bool
    zones: list[str]
    local_times: str
    times: list[ZoneTimesOut]
    themes: list[str]
    parties: list[PartyOut]
    url: str
    api_url: str

    @staticmethod
    def resolve_title(event, context) -> str:
        return event_title(event, _request_language(context))

    @staticmethod
    def resolve_zones(event) -> list[str]:
        return event_zones(event)

    @staticmethod
    def resolve_local_times(event, context) -> str:
        return event_times(event, _request_language(context))

    @staticmethod
    def resolve_times(event) -> list[dict]:
        return _zone_times(event.starts_at, event.ends_at, event_zones(event))

    @staticmethod
    def resolve_themes(event) -> list[str]:
        return [theme.theme for theme in event.themes.all()]

    @staticmethod
    def resolve_parties(event) -> list[dict]:
        return [
            {
                "municipality_id": party.municipality_id,
                "organisation_id": party.organisation_id,
                "name": str(party.municipality or party.organisation),
                "country": party.municipality.country_id if party.municipality else None,
                "role": party.role,
            }
            for party in event.participants.all()
        ]

    resolve_url = staticmethod(page_url)
    resolve_api_url = staticmethod(api_url)


class SessionOut(Schema):
    id: int
    kind: str
    title: str
    description: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    times: list[ZoneTimesOut]
    themes: list[str]


class EventPersonOut(Schema):
    """Someone at the event; ``person_id`` and ``name`` for the network's members only."""

    person_id: int | None
    name: str | None
    role: str
    title: str
    unit: str | None
    municipality_id: int | None
    organisation_id: int | None
    session_id: int | None


def _reader(context):
    return viewer(context["request"])


class EventDetailOut(EventOut):
    """An event as its page shows it to the reader, by the page's permissions: the report
    once published (to its editors before), the meeting link to its parties, people's
    names to members, the documents listed on the page."""

    summary: str
    sessions: list[SessionOut]
    people: list[EventPersonOut]
    meeting_url: str | None
    report: str | None = Field(description="HTML, sanitised when it was saved.")
    common_challenges: str | None
    report_published_at: dt.datetime | None
    documents: list[AttachedDocumentOut]

    @staticmethod
    def resolve_sessions(event) -> list[dict]:
        zones = event_zones(event)
        return [
            {
                "id": session.pk,
                "kind": session.kind,
                "title": session.title,
                "description": session.description,
                "starts_at": session.starts_at,
                "ends_at": session.ends_at,
                "times": _zone_times(session.starts_at, session.ends_at, zones),
                "themes": list(session.themes or []),
            }
            for session in event.sessions.all()
        ]

    @staticmethod
    def resolve_people(event, context) -> list[dict]:
        names = _reader(context).has_perm("network.see_people")
        return [
            {
                "person_id": person.person_id if names else None,
                "name": person.person.name if names else None,
                "role": person.role,
                "title": person.title,
                "unit": person.unit.name if person.unit else None,
                "municipality_id": person.participant.municipality_id
                if person.participant
                else None,
                "organisation_id": person.participant.organisation_id
                if person.participant
                else None,
                "session_id": person.session_id,
            }
            for person in event.people.all()
        ]

    @staticmethod
    def resolve_meeting_url(event, context) -> str | None:
        if not _reader(context).has_perm("events.see_meeting_link", event):
            return None
        return event.meeting_url or None

    @staticmethod
    def resolve_report(event, context) -> str | None:
        return event.report if _reader(context).has_perm("events.see_report", event) else None

    @staticmethod
    def resolve_common_challenges(event, context) -> str | None:
        if not _reader(context).has_perm("events.see_report", event):
            return None
        return event.common_challenges

    @staticmethod
    def resolve_documents(event, context) -> list:
        return attached_documents(event, _reader(context))


@router.get("/events", response={200: list[EventOut], **INPUT_ERRORS})
@paginate(BoundedLimitOffsetPagination)
def list_events(request, query: Query[EventQuery]):
    """Events, newest first (upcoming ones soonest first); filters as on the site's list
    (a value it does not know is a `400` naming it; `to_conclude` only for coordinators). `q` finds
    what the site search finds: title, summary, a party's city (any of its names), a
    theme, or the text of a report the reader may read."""
    user = viewer(request)
    raw = query.dict()
    raw["to_conclude"] = "1" if raw["to_conclude"] else ""
    raw = {k: "" if v is None else str(v) for k, v in raw.items()}
    filters = selectors.EventFilters.for_reader(raw, user)
    for name in filters.dropped(raw):
        raise InvalidParameter(
            name,
            _("The list cannot filter by %(name)s=%(value)s.")
            % {"name": name, "value": raw[name][:100]},
        )
    events = selectors.event_list(filters)
    if query.q.strip():
        events = events.filter(pk__in=selectors.events_matching(user, query.q).values("pk"))
    return ordered(events, query.ordering, EVENT_ORDERINGS)


@router.get("/events/{event_id}", response={200: EventDetailOut, **LOOKUP_ERRORS})
def get_event(request, event_id: int, language: Language = "en"):
    """An event with its sessions, parties, people, report (once published) and documents."""
    return object_for(viewer(request), selectors.events_for_page(), pk=event_id)
