"""What happens inside an event: sessions, the people in it, what each party presented."""

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from citypeers.events.enums import PersonEventRole
from citypeers.events.models import (
    Event,
    EventParticipant,
    EventPerson,
    EventPresentation,
    EventSession,
)
from citypeers.events.services.checks import check_themes, check_times
from citypeers.network.models import Person, Unit


def add_session(
    *,
    event: Event,
    title: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    kind: str,
    description: str = "",
    themes: Iterable[str] = (),
    by=None,
) -> EventSession:
    """A panel or workshop inside the event's own time span."""
    check_times(starts_at, ends_at)
    if starts_at < event.starts_at or ends_at > event.ends_at:
        raise ValidationError({"starts_at": _("A session must fall within the event's times.")})
    themes = check_themes(themes)
    return EventSession.objects.create(
        event=event,
        title=title,
        kind=kind,
        description=description,
        starts_at=starts_at,
        ends_at=ends_at,
        themes=themes,
    )


def add_person(
    *,
    event: Event,
    person: Person,
    role: str = PersonEventRole.DELEGATE,
    title: str = "",
    unit: Unit | None = None,
    participant: EventParticipant | None = None,
    session: EventSession | None = None,
    by=None,
) -> EventPerson:
    """A person in the event with their role, title and unit as they were then."""
    for name, value in (("participant", participant), ("session", session)):
        if value is not None and value.event_id != event.pk:
            raise ValidationError({name: _("This does not belong to the event.")})
    if unit is not None and participant is not None and unit.body != participant.body:
        raise ValidationError({"unit": _("The unit must belong to the body represented.")})
    entry, _created = EventPerson.objects.update_or_create(
        event=event,
        person=person,
        role=role,
        session=session,
        defaults={"title": title, "unit": unit, "participant": participant},
        create_defaults={
            "title": title,
            "unit": unit,
            "participant": participant,
            "position": event.people.count(),
        },
    )
    return entry


def add_presentation(
    *,
    event: Event,
    participant: EventParticipant,
    title: str,
    original_title: str = "",
    description: str = "",
    by=None,
) -> EventPresentation:
    """Something a party presented (free text; practices link to it from their side)."""
    if participant.event_id != event.pk:
        raise ValidationError({"participant": _("This party did not take part in the event.")})
    if not title.strip():
        raise ValidationError({"title": _("Give the presentation a title.")})
    presentation, _created = EventPresentation.objects.update_or_create(
        event=event,
        participant=participant,
        title=title.strip(),
        defaults={
            "original_title": original_title.strip(),
            "description": description.strip(),
        },
        create_defaults={
            "original_title": original_title.strip(),
            "description": description.strip(),
            "position": participant.presentations.count(),
        },
    )
    return presentation


def remove_part(*, part: EventSession | EventPerson | EventPresentation, by=None) -> None:
    """Take a session, a person or a presentation off its event (a session takes its
    speakers with it)."""
    part.delete()
