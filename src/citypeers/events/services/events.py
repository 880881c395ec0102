"""Events themselves: create, change, number in a series, conclude, cancel, delete."""

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from citypeers.core.audit import (
    changes_between,
    check_version,
    json_value,
    record_change,
    snapshot,
)
from citypeers.core.enums import AuditAction
from citypeers.core.formatting import date_text
from citypeers.core.rich_text import clean_rich_text
from citypeers.events.enums import EventFormat, EventStatus, ParticipantRole
from citypeers.events.models import (
    Event,
    EventParticipant,
    EventSeries,
    EventTheme,
)
from citypeers.events.numbering import OrdinalClash, Slot, renumber
from citypeers.events.ordinals import ordinal
from citypeers.events.rules import is_cancellable, is_concludable
from citypeers.events.services.checks import (
    check_directory,
    check_ordinal,
    check_place,
    check_themes,
    check_times,
)
from citypeers.network.models import Municipality, Organisation, Programme

REPORT_TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "blockquote",
    "h3", "h4", "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
REPORT_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}


def sanitize_report(html: str) -> str:
    """The report's rich text with only harmless tags kept (links get rel=noopener), and
    the paragraphs of a report typed as plain text."""
    return clean_rich_text(
        html,
        tags=REPORT_TAGS,
        attributes=REPORT_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
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
                    "ordinal": _ordinal_of_place(wanted),
                    "date": date_text(holder.local_day()),
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


def _ordinal_of_place(number: int) -> str:
    """``number`` as an ordinal agreeing with the active language's word for "place"."""
    # Translators: the grammatical gender, "m", "f" or "n", of your word for "place" in
    # "The %(ordinal)s place cannot go to this date…": the ordinal agrees with it.
    gender = pgettext("grammatical gender of 'place'", "m")
    return ordinal(number, translation.get_language() or "en", gender=gender)


def _set_participants(event: Event, municipalities, organisations, *, hosts=()) -> None:
    check_directory(municipalities, organisations)
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


def ensure_series(
    *, name_en: str, name_it: str = "", kind: str = "", programme: Programme | None = None
) -> EventSeries:
    """The series called ``name_en``, created with the other values if it is new."""
    series, _created = EventSeries.objects.get_or_create(
        name_en=name_en[:200], defaults={"name_it": name_it, "kind": kind, "programme": programme}
    )
    return series


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
    year_inferred: bool = False,
    by=None,
) -> Event:
    """A new event with its parties and themes, numbered in its series by date.

    A concluded event must have started (imports of past meetings pass their status).
    """
    check_times(starts_at, ends_at)
    check_place(format=format, venue=venue, meeting_url=meeting_url)
    themes = check_themes(themes)
    check_directory(municipalities, organisations)
    check_ordinal(ordinal, series=series)
    if status == EventStatus.CONCLUDED:
        _check_started(starts_at)
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
            year_inferred=year_inferred,
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
        record_change(obj=event, action=AuditAction.CREATED, by=by)
    return event


EDITABLE_FIELDS = {
    "kind", "format", "title", "title_it", "programme", "series", "starts_at", "ends_at",
    "venue", "venue_detail", "meeting_url", "summary", "has_times", "year_inferred",
}  # fmt: skip
# The status changes only through conclude_event and cancel_event, which check the rules.


def update_event(
    *,
    event: Event,
    by=None,
    ordinal: int | None = None,
    municipalities: list[Municipality] | None = None,
    organisations: list[Organisation] | None = None,
    themes: Iterable[str] | None = None,
    expected_version: int | None = None,
    **fields,
) -> Event:
    """Change an event; moving it in time or giving it a number renumbers its series.

    With ``expected_version`` (the trail's version the editor loaded), an event changed
    since then is refused, so nobody overwrites a change they never saw.

    ``ordinal`` None keeps the automatic number. Parties and themes are replaced only
    when given. Everything is checked before ``event`` is touched; if the write fails
    (e.g. an ordinal clash), ``event`` gets its old values back and nothing is saved.
    """
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"not editable: {', '.join(sorted(unknown))}")
    new = {name: fields.get(name, getattr(event, name)) for name in EDITABLE_FIELDS}
    check_times(new["starts_at"], new["ends_at"])
    check_place(format=new["format"], venue=new["venue"], meeting_url=new["meeting_url"])
    if themes is not None:
        themes = check_themes(themes)
    check_ordinal(ordinal, series=new["series"])
    if municipalities is not None or organisations is not None:
        check_directory(municipalities or [], organisations or [])
    snapshot = {name: getattr(event, name) for name in (*EDITABLE_FIELDS, "ordinal", "updated_at")}
    try:
        with transaction.atomic():
            _apply_update(
                event, fields, by=by, ordinal=ordinal, municipalities=municipalities,
                organisations=organisations, themes=themes, expected_version=expected_version,
            )  # fmt: skip
    except BaseException:
        for name, value in snapshot.items():
            setattr(event, name, value)
        raise
    return event


def _apply_update(
    event, fields, *, by, ordinal, municipalities, organisations, themes, expected_version
):
    """The writes of ``update_event`` once its input is checked (inside its transaction)."""
    old = Event.objects.select_for_update().get(pk=event.pk)
    check_version(
        old,
        expected_version,
        _(
            "Someone else changed this event since you opened it; nothing was saved. "
            "Their changes are listed below."
        ),
    )
    changed = {
        name: [json_value(getattr(old, name)), json_value(value)]
        for name, value in fields.items()
        if getattr(old, name) != value
    }
    for name, value in fields.items():
        setattr(event, name, value)
    moved = old.starts_at != event.starts_at or old.series_id != event.series_id
    if old.series_id != event.series_id and old.series_id is not None:
        _close_gap(old)
        event.ordinal = None
    event.save()
    if event.series_id and (moved or ordinal is not None or event.ordinal is None):
        same_series = old.series_id == event.series_id
        _number_in_series(event, old_ordinal=old.ordinal if same_series else None, wanted=ordinal)
    if event.ordinal != old.ordinal:
        changed["ordinal"] = [old.ordinal, event.ordinal]
    details = changed
    if municipalities is not None or organisations is not None:
        before = _party_labels(event)
        _set_participants(
            event,
            municipalities if municipalities is not None else _bodies(event, "municipality"),
            organisations if organisations is not None else _bodies(event, "organisation"),
            hosts=[event.venue] if event.venue else (),
        )
        after = _party_labels(event)
        if after != before:
            details["participants"] = [before, after]
    if themes is not None:
        before = sorted(event.themes.values_list("theme", flat=True))
        _set_themes(event, themes)
        if sorted(themes) != before:
            details["themes"] = [before, sorted(themes)]
    if details:
        record_change(obj=event, action=AuditAction.UPDATED, by=by, changes=details)


def _party_labels(event: Event) -> list[str]:
    return [
        str(p.body)
        for p in event.participants.select_related("municipality", "organisation").order_by(
            "position", "pk"
        )
    ]


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
    """Remove an event; the later ones of its series close up. Its history stays."""
    with transaction.atomic():
        record_change(obj=event, action=AuditAction.DELETED, by=by)
        _close_gap(event)
        event.delete()


# What the history shows of a conclusion (the report itself is on the event's page).
CONCLUDED_FIELDS = ("status", "report_published_at", "report_language")


def conclude_event(
    *,
    event: Event,
    report: str,
    common_challenges: str = "",
    publish: bool = True,
    report_language: str = "",
    by=None,
) -> Event:
    """Mark the event concluded with its (sanitised) report, published in the feed."""
    if not is_concludable(event):
        raise ValidationError({"status": _("A cancelled event cannot be concluded.")})
    _check_started(event.starts_at)
    clean = sanitize_report(report)
    if not clean:
        raise ValidationError({"report": _("Write the report before concluding the event.")})
    before = snapshot(event, CONCLUDED_FIELDS)
    with transaction.atomic():
        event.status = EventStatus.CONCLUDED
        event.report = clean
        event.common_challenges = common_challenges.strip()
        event.report_language = report_language
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
                "report_language",
                "updated_at",
            ]
        )
        record_change(
            obj=event,
            action=AuditAction.CONCLUDED,
            by=by,
            changes=changes_between(before, snapshot(event, CONCLUDED_FIELDS)),
        )
    return event


def _check_started(starts_at: dt.datetime) -> None:
    if starts_at > timezone.now():
        raise ValidationError({"status": _("An event that has not started cannot be concluded.")})


def cancel_event(*, event: Event, by=None) -> Event:
    """Mark a planned event cancelled (a concluded one keeps its report and status)."""
    if not is_cancellable(event):
        if event.status == EventStatus.CANCELLED:
            raise ValidationError({"status": _("The event is already cancelled.")})
        raise ValidationError({"status": _("A concluded event cannot be cancelled.")})
    old_status = event.status
    with transaction.atomic():
        event.status = EventStatus.CANCELLED
        event.save(update_fields=["status", "updated_at"])
        record_change(
            obj=event,
            action=AuditAction.CANCELLED,
            by=by,
            changes={"status": [old_status, event.status]},
        )
    return event
