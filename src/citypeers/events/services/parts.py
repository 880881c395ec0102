"""What happens inside an event: sessions, the people in it, what each party presented."""

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from citypeers.core.audit import record_change
from citypeers.core.enums import AuditAction
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
    with transaction.atomic():
        session = EventSession.objects.create(
            event=event,
            title=title,
            kind=kind,
            description=description,
            starts_at=starts_at,
            ends_at=ends_at,
            themes=themes,
        )
        _record_part(event, AuditAction.PART_ADDED, session, by)
    return session


def _record_part(event: Event, action: str, part, by) -> None:
    """The event's history names the part under its list ("sessions", "people", ...).

    A part whose label holds translated words keeps a ``trail_value`` instead, which the
    history renders in the reader's language.
    """
    relation = part._meta.get_field("event").remote_field.related_name
    label = part.trail_value() if hasattr(part, "trail_value") else str(part)[:300]
    pair = [None, label] if action == AuditAction.PART_ADDED else [label, None]
    record_change(obj=event, action=action, by=by, changes={relation: pair})


def _next_position(queryset) -> int:
    """One past the highest position so far (0 for the first), counted under a lock."""
    highest = queryset.aggregate(highest=Max("position"))["highest"]
    return 0 if highest is None else highest + 1


def _lock(event: Event) -> None:
    """Serialise additions to one event, so two at once never get the same position."""
    Event.objects.select_for_update().filter(pk=event.pk).values_list("pk").first()


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
    with transaction.atomic():
        _lock(event)
        entry, created = EventPerson.objects.update_or_create(
            event=event,
            person=person,
            role=role,
            session=session,
            defaults={"title": title, "unit": unit, "participant": participant},
            create_defaults={
                "title": title,
                "unit": unit,
                "participant": participant,
                "position": _next_position(event.people.all()),
            },
        )
        if created:
            _record_part(event, AuditAction.PART_ADDED, entry, by)
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
    with transaction.atomic():
        _lock(event)
        presentation, created = EventPresentation.objects.update_or_create(
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
                "position": _next_position(participant.presentations.all()),
            },
        )
        if created:
            _record_part(event, AuditAction.PART_ADDED, presentation, by)
    return presentation


def remove_part(*, part: EventSession | EventPerson | EventPresentation, by=None) -> None:
    """Take a session, a person or a presentation off its event (a session takes its
    speakers with it)."""
    with transaction.atomic():
        _record_part(part.event, AuditAction.PART_REMOVED, part, by)
        part.delete()
