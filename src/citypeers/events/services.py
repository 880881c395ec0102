"""Writes of the events app: one function per use case, each one transaction.

Views, the API, the archive import and the demo loader all call these, so every entry
point checks the same rules. Bad input raises ``ValidationError`` keyed by field name
before anything is written (or inside the transaction, which then rolls back).
"""

import datetime as dt
from collections.abc import Iterable

import nh3
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from citypeers.core.themes import Theme
from citypeers.events.enums import EventFormat, EventStatus, ParticipantRole, PersonEventRole
from citypeers.events.models import (
    Event,
    EventParticipant,
    EventPerson,
    EventPresentation,
    EventSeries,
    EventSession,
    EventTheme,
    FollowUpAction,
    FollowUpProgress,
)
from citypeers.events.numbering import OrdinalClash, Slot, renumber
from citypeers.events.timezones import ordinal as ordinal_text
from citypeers.network.models import Municipality, Organisation, Person, Programme, Unit

REPORT_TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "blockquote",
    "h3", "h4", "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
REPORT_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}


def sanitize_report(html: str) -> str:
    """The report's rich text with only harmless tags kept (links get rel=noopener)."""
    return nh3.clean(
        html or "",
        tags=REPORT_TAGS,
        attributes=REPORT_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    ).strip()


def _check_times(starts_at: dt.datetime, ends_at: dt.datetime, *, field: str = "ends_at"):
    if starts_at is None or ends_at is None:
        raise ValidationError({field: _("Both the start and the end are needed.")})
    if ends_at <= starts_at:
        raise ValidationError({field: _("The end must come after the start.")})


def _check_place(*, format: str, venue, meeting_url: str):
    if format in {EventFormat.IN_PERSON, EventFormat.HYBRID} and venue is None:
        raise ValidationError({"venue": _("An event held in person needs a venue.")})
    if format == EventFormat.IN_PERSON and meeting_url:
        raise ValidationError(
            {"meeting_url": _("An event held only in person has no meeting link.")}
        )


def _check_themes(themes: Iterable[str]) -> list[str]:
    themes = list(dict.fromkeys(themes))
    unknown = [theme for theme in themes if theme not in Theme.values]
    if unknown:
        raise ValidationError(
            {"themes": _("Unknown theme: %(themes)s.") % {"themes": ", ".join(unknown)}}
        )
    return themes


def _check_directory(municipalities, organisations):
    """Parties must be saved rows of the directory (not made-up names)."""
    for body in [*municipalities, *organisations]:
        if not isinstance(body, Municipality | Organisation) or body.pk is None:
            raise ValidationError(
                {"participants": _("“%(name)s” is not in the directory.") % {"name": body}}
            )


def _number_in_series(event: Event, *, old_ordinal: int | None, wanted: int | None) -> None:
    """Give ``event`` its place in its series and move the later events along."""
    events = list(
        Event.objects.select_for_update()
        .filter(series=event.series)
        .order_by("starts_at", "pk")
        .values_list("pk", "starts_at", "ordinal")
    )
    slots = [Slot(key=pk, when=(starts_at, pk), ordinal=number) for pk, starts_at, number in events]
    try:
        numbers = renumber(slots, target=event.pk, old_ordinal=old_ordinal, wanted=wanted)
    except OrdinalClash as clash:
        holder = Event.objects.get(pk=clash.holder)
        raise ValidationError(
            {
                "ordinal": _(
                    "The %(ordinal)s place cannot go to this date: the event of %(date)s, "
                    "which comes earlier, already holds number %(held)s."
                )
                % {
                    "ordinal": ordinal_text(wanted),
                    "date": f"{holder.starts_at:%Y-%m-%d}",
                    "held": holder.ordinal,
                }
            }
        ) from clash
    changed = {pk: numbers[pk] for pk, _when, number in events if numbers[pk] != number}
    # Two steps so that the unique (series, ordinal) constraint never sees a duplicate.
    Event.objects.filter(pk__in=changed).update(ordinal=None)
    rows = [Event(pk=pk, ordinal=number) for pk, number in changed.items()]
    Event.objects.bulk_update(rows, ["ordinal"])
    event.ordinal = numbers[event.pk]


def _set_participants(event: Event, municipalities, organisations, *, hosts=()) -> None:
    _check_directory(municipalities, organisations)
    host_ids = {host.pk for host in hosts}
    kept_m = {m.pk for m in municipalities}
    kept_o = {o.pk for o in organisations}
    event.participants.exclude(municipality_id__in=kept_m).exclude(
        organisation_id__in=kept_o
    ).delete()
    existing = {(p.municipality_id, p.organisation_id): p for p in event.participants.all()}
    for position, body in enumerate([*municipalities, *organisations]):
        key = (body.pk, None) if isinstance(body, Municipality) else (None, body.pk)
        role = ParticipantRole.HOST if body.pk in host_ids and key[0] else None
        participant = existing.get(key)
        if participant is None:
            EventParticipant.objects.create(
                event=event,
                municipality_id=key[0],
                organisation_id=key[1],
                country_id=body.country_id if key[0] else None,
                position=position,
                role=role or ParticipantRole.PARTICIPANT,
            )
        elif participant.position != position or (role and participant.role != role):
            participant.position = position
            participant.role = role or participant.role
            participant.save(update_fields=["position", "role"])


def _set_themes(event: Event, themes: list[str]) -> None:
    event.themes.exclude(theme__in=themes).delete()
    have = set(event.themes.values_list("theme", flat=True))
    EventTheme.objects.bulk_create(
        [EventTheme(event=event, theme=theme) for theme in themes if theme not in have]
    )


def create_event(
    *,
    kind: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    format: str = EventFormat.ONLINE,
    municipalities: list[Municipality] = (),
    organisations: list[Organisation] = (),
    series: EventSeries | None = None,
    ordinal: int | None = None,
    title: str = "",
    title_it: str = "",
    programme: Programme | None = None,
    venue: Municipality | None = None,
    venue_detail: str = "",
    meeting_url: str = "",
    themes: Iterable[str] = (),
    summary: str = "",
    status: str = EventStatus.PLANNED,
    has_times: bool = True,
    by=None,
) -> Event:
    """A new event with its parties and themes, numbered in its series by date."""
    _check_times(starts_at, ends_at)
    _check_place(format=format, venue=venue, meeting_url=meeting_url)
    themes = _check_themes(themes)
    _check_directory(municipalities, organisations)
    if ordinal is not None and series is None:
        raise ValidationError({"ordinal": _("Only an event in a series has a number.")})
    with transaction.atomic():
        event = Event.objects.create(
            kind=kind,
            format=format,
            title=title,
            title_it=title_it,
            programme=programme or (series.programme if series else None),
            series=series,
            starts_at=starts_at,
            ends_at=ends_at,
            status=status,
            has_times=has_times,
            venue=venue,
            venue_detail=venue_detail,
            meeting_url=meeting_url,
            summary=summary,
            created_by=by,
        )
        if series is not None:
            _number_in_series(event, old_ordinal=None, wanted=ordinal)
        _set_participants(event, municipalities, organisations, hosts=[venue] if venue else ())
        _set_themes(event, themes)
    return event


EDITABLE_FIELDS = {
    "kind", "format", "title", "title_it", "programme", "series", "starts_at", "ends_at",
    "status", "venue", "venue_detail", "meeting_url", "summary", "has_times",
}  # fmt: skip


def update_event(
    *,
    event: Event,
    by=None,
    ordinal: int | None = None,
    municipalities: list[Municipality] | None = None,
    organisations: list[Organisation] | None = None,
    themes: Iterable[str] | None = None,
    **fields,
) -> Event:
    """Change an event; moving it in time or giving it a number renumbers its series.

    ``ordinal`` None keeps the automatic number. Parties and themes are replaced only
    when given.
    """
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"not editable: {', '.join(sorted(unknown))}")
    old = Event.objects.get(pk=event.pk)
    for name, value in fields.items():
        setattr(event, name, value)
    _check_times(event.starts_at, event.ends_at)
    _check_place(format=event.format, venue=event.venue, meeting_url=event.meeting_url)
    if themes is not None:
        themes = _check_themes(themes)
    if ordinal is not None and event.series is None:
        raise ValidationError({"ordinal": _("Only an event in a series has a number.")})
    with transaction.atomic():
        moved = old.starts_at != event.starts_at or old.series_id != event.series_id
        if old.series_id != event.series_id and old.series_id is not None:
            _close_gap(old)
            event.ordinal = None
        event.save()
        if event.series_id and (moved or ordinal is not None or event.ordinal is None):
            same_series = old.series_id == event.series_id
            _number_in_series(
                event, old_ordinal=old.ordinal if same_series else None, wanted=ordinal
            )
        if municipalities is not None or organisations is not None:
            _set_participants(
                event,
                municipalities if municipalities is not None else _bodies(event, "municipality"),
                organisations if organisations is not None else _bodies(event, "organisation"),
                hosts=[event.venue] if event.venue else (),
            )
        if themes is not None:
            _set_themes(event, themes)
    return event


def _bodies(event: Event, field: str) -> list:
    return [
        getattr(p, field)
        for p in event.participants.select_related(field).exclude(**{f"{field}__isnull": True})
    ]


def _close_gap(event: Event) -> None:
    """Later events of the series move down one place when ``event`` leaves it."""
    if event.series_id is None or event.ordinal is None:
        return
    later = list(
        Event.objects.select_for_update()
        .filter(series_id=event.series_id, ordinal__gt=event.ordinal)
        .order_by("ordinal")
    )
    Event.objects.filter(pk=event.pk).update(ordinal=None)
    for row in later:
        row.ordinal -= 1
    Event.objects.bulk_update(later, ["ordinal"])


def delete_event(*, event: Event, by=None) -> None:
    """Remove an event; the later ones of its series close up."""
    with transaction.atomic():
        _close_gap(event)
        event.delete()


def conclude_event(
    *, event: Event, report: str, common_challenges: str = "", publish: bool = True, by=None
) -> Event:
    """Mark the event concluded with its (sanitised) report, published in the feed."""
    if event.status == EventStatus.CANCELLED:
        raise ValidationError({"status": _("A cancelled event cannot be concluded.")})
    if event.starts_at > timezone.now():
        raise ValidationError({"status": _("An event that has not started cannot be concluded.")})
    clean = sanitize_report(report)
    if not clean:
        raise ValidationError({"report": _("Write the report before concluding the event.")})
    with transaction.atomic():
        event.status = EventStatus.CONCLUDED
        event.report = clean
        event.common_challenges = common_challenges.strip()
        if publish and event.report_published_at is None:
            event.report_published_at = timezone.now()
        if not publish:
            event.report_published_at = None
        event.save(
            update_fields=[
                "status",
                "report",
                "common_challenges",
                "report_published_at",
                "updated_at",
            ]
        )
    return event


def cancel_event(*, event: Event, by=None) -> Event:
    if event.status == EventStatus.CONCLUDED:
        raise ValidationError({"status": _("A concluded event cannot be cancelled.")})
    event.status = EventStatus.CANCELLED
    event.save(update_fields=["status", "updated_at"])
    return event


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
    _check_times(starts_at, ends_at)
    if starts_at < event.starts_at or ends_at > event.ends_at:
        raise ValidationError({"starts_at": _("A session must fall within the event's times.")})
    themes = _check_themes(themes)
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


def add_follow_up(
    *,
    event: Event,
    description: str,
    participant: EventParticipant | None = None,
    due_on: dt.date | None = None,
    by=None,
) -> FollowUpAction:
    """An action agreed at the event; it cannot be due before the event took place."""
    if not description.strip():
        raise ValidationError({"description": _("Say what is to be done.")})
    if participant is not None and participant.event_id != event.pk:
        raise ValidationError({"participant": _("This party did not take part in the event.")})
    if due_on is not None and due_on < event.starts_at.date():
        raise ValidationError({"due_on": _("A follow-up cannot be due before the event.")})
    return FollowUpAction.objects.create(
        event=event, description=description.strip(), participant=participant, due_on=due_on
    )


def update_follow_up(
    *,
    action: FollowUpAction,
    description: str,
    participant: EventParticipant | None,
    due_on: dt.date | None,
    done: bool,
    by=None,
) -> FollowUpAction:
    if not description.strip():
        raise ValidationError({"description": _("Say what is to be done.")})
    if due_on is not None and due_on < action.event.starts_at.date():
        raise ValidationError({"due_on": _("A follow-up cannot be due before the event.")})
    action.description = description.strip()
    action.participant = participant
    action.due_on = due_on
    if done and action.done_at is None:
        action.done_at = timezone.now()
    elif not done:
        action.done_at = None
    action.save()
    return action


def add_follow_up_progress(
    *, action: FollowUpAction, note: str, marks_done: bool = False, by
) -> FollowUpProgress:
    """A member's progress note; it may mark the action done."""
    if not note.strip():
        raise ValidationError({"note": _("Write what has been done.")})
    with transaction.atomic():
        progress = FollowUpProgress.objects.create(
            action=action, author=by, note=note.strip(), marks_done=marks_done
        )
        if marks_done and action.done_at is None:
            action.done_at = timezone.now()
            action.save(update_fields=["done_at", "updated_at"])
    return progress
