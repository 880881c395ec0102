"""Public reads of events, with times in every party's zone (the pages' own wording)."""

import datetime as dt

from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from citypeers.api.pagination import BoundedLimitOffsetPagination
from citypeers.api.schemas import INPUT_ERRORS, LOOKUP_ERRORS
from citypeers.events import selectors
from citypeers.events.models import Event
from citypeers.events.times import event_times, event_zones
from citypeers.events.titles import event_title

router = Router(tags=["events"])


class EventQuery(Schema):
    kind: str = ""
    country: str = ""
    municipality: int | None = None
    theme: str = ""
    year: int | None = None
    status: str = ""
    when: str = ""
    language: str = "en"


class PartyOut(Schema):
    municipality_id: int | None
    organisation_id: int | None
    name: str
    country: str | None


def _language(code: str) -> str:
    return code if code in {"en", "it"} else "en"


def _request_language(context) -> str:
    return _language(context["request"].GET.get("language", "en"))


class EventOut(Schema):
    """An event; ``title`` and ``local_times`` are in the ``language`` asked for (en, it)."""

    id: int
    title: str
    kind: str
    format: str
    status: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    zones: list[str]
    local_times: str
    themes: list[str]
    parties: list[PartyOut]
    url: str

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
            }
            for party in event.participants.all()
        ]

    @staticmethod
    def resolve_url(event) -> str:
        return event.get_absolute_url()


@router.get("/events", response={200: list[EventOut], **INPUT_ERRORS})
@paginate(BoundedLimitOffsetPagination)
def list_events(request, query: Query[EventQuery]):
    """Events, newest first; filters as on the site (unknown values are ignored)."""
    filters = selectors.EventFilters.from_query(
        {k: "" if v is None else str(v) for k, v in query.dict().items()}
    )
    return selectors.event_list(filters)


@router.get("/events/{event_id}", response={200: EventOut, **LOOKUP_ERRORS})
def get_event(request, event_id: int, language: str = "en"):
    event = get_object_or_404(selectors.with_list_relations(Event.objects.all()), pk=event_id)
    return event
