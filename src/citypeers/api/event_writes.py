"""Writes to events and their follow-up actions, with a read-write token.

Each operation fetches and authorises through ``accounts.access`` with the site's own
permissions (``events.add_event``, ``events.change_event``,
``events.add_follow_up_progress``), then calls the events app's service, as the site's
views do: whoever may not do a thing on the site may not do it here (a 404).
"""

from django.core.validators import URLValidator
from ninja import Field, Router
from ninja.responses import Status
from pydantic import field_validator

from citypeers.accounts.access import object_for, require
from citypeers.api.inputs import (
    WRITE_ERRORS,
    Day,
    Id,
    Line,
    Moment,
    Text,
    WriteIn,
    WrittenOut,
    page_of,
    row_by_id,
    rows_by_id,
    written,
)
from citypeers.core.themes import Theme
from citypeers.events import selectors, services
from citypeers.events.enums import EventFormat, EventKind
from citypeers.events.models import Event, EventParticipant, FollowUpAction
from citypeers.network.models import Municipality, Organisation, Programme

router = Router(tags=["writes: events"])
MAX_PARTIES = 50
_URL = URLValidator(schemes=["http", "https"])


class EventChange(WriteIn):
    """The fields of an event a write may set; times in UTC or with their offset."""

    # Left out: unchanged; none of these may be null (a default of None is never checked).
    kind: EventKind = None
    format: EventFormat = None
    starts_at: Moment = None
    ends_at: Moment = None
    title: Line(300) = ""
    title_it: Line(300) = ""
    municipalities: list[Id] = Field(default_factory=list, max_length=MAX_PARTIES)
    organisations: list[Id] = Field(default_factory=list, max_length=MAX_PARTIES)
    venue: Id | None = None
    venue_detail: Line(300) = ""
    meeting_url: Line(200) = ""
    themes: list[Theme] = Field(default_factory=list, max_length=len(Theme.values))
    summary: Text(5000) = ""
    programme: Id | None = None

    @field_validator("meeting_url")
    @classmethod
    def _web_address(cls, value: str) -> str:
        if value:
            try:
                _URL(value)
            except Exception as error:
                raise ValueError("must be a web address (http or https)") from error
        return value


class EventIn(EventChange):
    kind: EventKind
    format: EventFormat = EventFormat.ONLINE
    starts_at: Moment
    ends_at: Moment


def _service_arguments(data: dict) -> dict:
    """The service's arguments for the fields given: rows of the directory for their ids."""
    arguments = dict(data)
    lookups = {
        "venue": Municipality.objects.all(),
        "programme": Programme.objects.all(),
    }
    for name, rows in lookups.items():
        if name in arguments:
            arguments[name] = row_by_id(rows, arguments[name], field=name)
    for name, model in (("municipalities", Municipality), ("organisations", Organisation)):
        if name in arguments:
            arguments[name] = rows_by_id(model.objects.all(), arguments[name], field=name)
    if "themes" in arguments:
        arguments["themes"] = [str(theme) for theme in arguments["themes"]]
    for name in ("kind", "format"):
        if name in arguments:
            arguments[name] = str(arguments[name])
    return arguments


@router.post("/events", response={201: WrittenOut, **WRITE_ERRORS})
def create_event(request, payload: EventIn):
    """A new event (coordinators), numbered in its series; its parties by id."""
    require(request.user, "events.add_event")
    event = services.create_event(by=request.user, **_service_arguments(payload.dict()))
    return Status(201, written(request, event))


@router.patch("/events/{event_id}", response={200: WrittenOut, **WRITE_ERRORS})
def update_event(request, event_id: Id, payload: EventChange):
    """Change the fields given (coordinators); lists given replace the event's."""
    event = object_for(
        request.user, selectors.events_for_page(), pk=event_id, permission="events.change_event"
    )
    services.update_event(
        event=event, by=request.user, **_service_arguments(payload.dict(exclude_unset=True))
    )
    return written(request, event)


@router.post("/events/{event_id}/cancel", response={200: WrittenOut, **WRITE_ERRORS})
def cancel_event(request, event_id: Id):
    """Cancel a planned event (coordinators); a concluded one cannot be."""
    event = object_for(request.user, Event.objects, pk=event_id, permission="events.change_event")
    services.cancel_event(event=event, by=request.user)
    return written(request, event)


class ConclusionIn(WriteIn):
    report: Text(50_000) = Field(description="The report; simple HTML is kept.")
    common_challenges: Text(5000) = ""
    publish: bool = True


@router.post("/events/{event_id}/conclude", response={200: WrittenOut, **WRITE_ERRORS})
def conclude_event(request, event_id: Id, payload: ConclusionIn):
    """Conclude an event that took place with its report (coordinators)."""
    event = object_for(request.user, Event.objects, pk=event_id, permission="events.change_event")
    services.conclude_event(event=event, by=request.user, **payload.dict())
    return written(request, event)


class FollowUpChange(WriteIn):
    """The fields given change; ``description`` and ``done`` may be left out, not null."""

    description: Text(5000) = None
    participant: Id | None = Field(None, description="The id of a party of the event.")
    due_on: Day | None = None
    done: bool = None


class FollowUpIn(WriteIn):
    description: Text(5000)
    participant: Id | None = Field(None, description="The id of a party of the event.")
    due_on: Day | None = None


def _follow_up_url(action: FollowUpAction) -> str:
    return page_of("events:detail", action.event_id, "follow-heading")


@router.post("/events/{event_id}/follow-ups", response={201: WrittenOut, **WRITE_ERRORS})
def add_follow_up(request, event_id: Id, payload: FollowUpIn):
    """An action agreed at the event (coordinators)."""
    event = object_for(
        request.user, selectors.events_for_page(), pk=event_id, permission="events.change_event"
    )
    participant = row_by_id(EventParticipant.objects, payload.participant, field="participant")
    action = services.add_follow_up(
        event=event,
        description=payload.description,
        participant=participant,
        due_on=payload.due_on,
        by=request.user,
    )
    return Status(201, written(request, action, url=_follow_up_url(action)))


@router.patch("/follow-ups/{follow_up_id}", response={200: WrittenOut, **WRITE_ERRORS})
def update_follow_up(request, follow_up_id: Id, payload: FollowUpChange):
    """Change the fields given of an agreed action (coordinators)."""
    action = object_for(
        request.user, FollowUpAction.objects.select_related("event"), pk=follow_up_id
    )
    require(request.user, "events.change_event", action.event)
    given = payload.dict(exclude_unset=True)
    participant = action.participant
    if "participant" in given:
        participant = row_by_id(EventParticipant.objects, given["participant"], field="participant")
    services.update_follow_up(
        action=action,
        description=given.get("description", action.description),
        participant=participant,
        due_on=given.get("due_on", action.due_on),
        done=given.get("done", action.done_at is not None),
        by=request.user,
    )
    return written(request, action, url=_follow_up_url(action))


class ProgressIn(WriteIn):
    note: Text(5000)
    marks_done: bool = False


@router.post("/follow-ups/{follow_up_id}/progress", response={201: WrittenOut, **WRITE_ERRORS})
def add_follow_up_progress(request, follow_up_id: Id, payload: ProgressIn):
    """A progress note on an action (members of the event's municipalities, coordinators)."""
    action = object_for(
        request.user,
        FollowUpAction.objects.select_related("event").prefetch_related("event__participants"),
        pk=follow_up_id,
        permission="events.add_follow_up_progress",
    )
    progress = services.add_follow_up_progress(
        action=action, note=payload.note, marks_done=payload.marks_done, by=request.user
    )
    return Status(201, written(request, progress, url=_follow_up_url(action)))
