"""Exchange requests, step by step: ask, invite, accept or decline, withdraw, undo.

Each step is one transaction that re-reads the request under lock, checks that the step
is allowed now (``matching.rules``), writes, records the step in the audit trail and
queues its e-mail for after the commit. Bad input raises ``ValidationError`` keyed by
field ("__all__" for the request as a whole) and leaves everything as it was.
"""

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from citypeers.core.audit import changes_between, record_change, snapshot
from citypeers.core.enums import AuditAction
from citypeers.core.formatting import date_text
from citypeers.core.themes import Theme
from citypeers.events import selectors as event_selectors
from citypeers.events import services as event_services
from citypeers.events.enums import EventFormat, EventKind, EventStatus
from citypeers.events.models import EventSeries
from citypeers.matching import rules as request_rules
from citypeers.matching.enums import RequestStatus
from citypeers.matching.models import ExchangeRequest
from citypeers.matching.request_times import in_zone
from citypeers.matching.selectors import live_request_between
from citypeers.matching.tasks import notify_after_commit
from citypeers.network.models import Municipality, Programme

ASKED_FIELDS = ("requester", "wanted", "themes", "message")
STEP_FIELDS = ("status", "invited", "proposed_start", "meeting_minutes", "answer", "event")
# Undo goes back one step: the status each later one came from.
PREVIOUS_STATUS = {
    RequestStatus.INVITED: RequestStatus.OPEN,
    RequestStatus.ACCEPTED: RequestStatus.INVITED,
    RequestStatus.DECLINED: RequestStatus.INVITED,
    RequestStatus.WITHDRAWN: RequestStatus.OPEN,
}
# The series a programme's exchanges are numbered in, named as the archive names it.
SERIES_NAME = ("online peer-to-peer exchange", "scambio online tra pari")


# Refusals of a step the request's status no longer allows (translated when raised).
NOT_INVITABLE = gettext_noop(
    "Only a request waiting for the coordinator can be sent as an invitation; this one is "
    "“%(status)s”. Nothing was changed."
)
NOT_ANSWERABLE = gettext_noop(
    "Only an invitation waiting for an answer can be answered; this request is "
    "“%(status)s”. Nothing was changed."
)
NOT_WITHDRAWABLE = gettext_noop(
    "Only a request waiting for the coordinator can be withdrawn; this one is "
    "“%(status)s”. Nothing was changed."
)
NOTHING_TO_UNDO = gettext_noop(
    "There is no step to undo: the request is “%(status)s”. Nothing was changed."
)


def _refuse(message: str, field: str = NON_FIELD_ERRORS):
    return ValidationError({field: [message]})


def create_request(
    *,
    requester: Municipality,
    wanted: Municipality | None = None,
    themes: Iterable[str] = (),
    message: str = "",
    by=None,
) -> ExchangeRequest:
    """``requester`` asks for an exchange with ``wanted``, or on ``themes`` (or both).

    Refused: no city and no theme, a request to itself, unknown themes, and a second
    live request between the same two municipalities.
    """
    themes = list(dict.fromkeys(themes))
    unknown = [theme for theme in themes if theme not in Theme.values]
    if unknown:
        raise _refuse(_("Unknown theme: %(themes)s.") % {"themes": ", ".join(unknown)}, "themes")
    if wanted is None and not themes:
        raise _refuse(_("Choose a municipality or at least one theme for the exchange."), "themes")
    if wanted is not None and wanted.pk == requester.pk:
        raise _refuse(
            _("%(city)s cannot ask for an exchange with itself.") % {"city": requester.name},
            "wanted",
        )
    with transaction.atomic():
        if wanted is not None:
            _check_pair_is_free(requester, wanted)
        request = ExchangeRequest(
            programme=_programme_of(requester),
            requester=requester,
            wanted=wanted,
            themes=themes,
            message=message.strip(),
            created_by=by if by is not None and by.is_authenticated else None,
        )
        _save_live(request, requester, wanted)
        after = snapshot(request, ASKED_FIELDS)
        record_change(
            obj=request, action=AuditAction.REQUESTED, by=by, changes=changes_between({}, after)
        )
        notify_after_commit(request, AuditAction.REQUESTED)
    return request


def _programme_of(municipality: Municipality) -> Programme | None:
    """The programme the municipality joined last (its exchanges are numbered there)."""
    return (
        Programme.objects.filter(enrolments__municipality=municipality)
        .order_by(F("enrolments__since").desc(nulls_last=True), "-pk")
        .first()
    )


def _check_pair_is_free(first: Municipality, second: Municipality, *, exclude=None) -> None:
    live = live_request_between(first, second, exclude=exclude)
    if live is not None:
        raise _pair_taken(first, second, live)


def _pair_taken(first, second, live=None) -> ValidationError:
    text = _(
        "%(first)s and %(second)s already have an exchange request in progress; "
        "it must be answered or withdrawn before a new one."
    ) % {"first": first.name, "second": second.name}
    if live is not None:
        asked = _("asked on %(date)s") % {"date": date_text(live.created_at)}
        text = f"{text} ({asked})"
    return _refuse(text)


def _save_live(request: ExchangeRequest, first, second, **save) -> None:
    """Save a live request; two requests racing for the same pair meet the database's
    constraint, which reads as the same message as the check before it."""
    try:
        with transaction.atomic():
            request.save(**save)
    except IntegrityError as error:
        raise _pair_taken(first, second) from error


def _locked(request: ExchangeRequest, allowed, refusal: str) -> ExchangeRequest:
    """The request as stored now, locked for the step, if ``allowed`` lets the step go on."""
    current = (
        ExchangeRequest.objects.select_for_update(of=("self",))
        .select_related("requester", "wanted", "invited", "programme", "event")
        .get(pk=request.pk)
    )
    if not allowed(current):
        raise _refuse(_(refusal) % {"status": current.get_status_display()})
    return current


def not_invitable(request: ExchangeRequest) -> ValidationError:
    """The refusal of an invitation for a request that is no longer open."""
    return _refuse(_(NOT_INVITABLE) % {"status": request.get_status_display()})


def _state(request: ExchangeRequest) -> dict:
    """What a step may change, as the trail keeps it: the proposed start in the
    requester's time (as the coordinator typed it), not in UTC."""
    state = snapshot(request, STEP_FIELDS)
    state["proposed_start"] = in_zone(request.proposed_start, request.requester.timezone)
    return state


def _step(request, current, *, action, by, before, event=None, invited=None) -> ExchangeRequest:
    """Record the saved step, queue its e-mail, and bring ``request`` up to date."""
    record_change(
        obj=current,
        action=action,
        by=by,
        changes=changes_between(before, _state(current)),
    )
    notify_after_commit(current, action, event=event, invited=invited)
    for name in (*STEP_FIELDS, "updated_at"):
        setattr(request, name, getattr(current, name))
    return request


def invite_peer(
    *,
    request: ExchangeRequest,
    invited: Municipality,
    starts_at: dt.datetime,
    meeting_minutes: int | None = None,
    by=None,
) -> ExchangeRequest:
    """The coordinator invites ``invited`` to meet the requester at ``starts_at`` (UTC)."""
    if invited.pk == request.requester_id:
        raise _refuse(_("The requesting municipality cannot be invited to meet itself."), "invited")
    if starts_at.tzinfo is None:
        raise ValueError("starts_at must be an aware datetime")
    if starts_at <= timezone.now():
        raise _refuse(_("The proposed start has already passed: choose a later time."), "starts_at")
    minutes = meeting_minutes or request.meeting_minutes
    if not 15 <= minutes <= 480:
        raise _refuse(_("A meeting lasts between 15 and 480 minutes."), "meeting_minutes")
    with transaction.atomic():
        current = _locked(request, request_rules.is_invitable, NOT_INVITABLE)
        _check_pair_is_free(current.requester, invited, exclude=current.pk)
        before = _state(current)
        current.status = RequestStatus.INVITED
        current.invited = invited
        current.proposed_start = starts_at
        current.meeting_minutes = minutes
        current.answer = ""
        _save_live(current, current.requester, invited)
        return _step(request, current, action=AuditAction.INVITED, by=by, before=before)


def accept_invitation(*, request: ExchangeRequest, answer: str = "", by=None) -> ExchangeRequest:
    """The invited municipality accepts: the meeting becomes a planned online peer exchange
    of both municipalities, numbered in the programme's series."""
    with transaction.atomic():
        current = _locked(request, request_rules.is_answerable, NOT_ANSWERABLE)
        if current.proposed_start <= timezone.now():
            raise _refuse(
                _("The proposed time has already passed: the coordinator must propose another.")
            )
        before = _state(current)
        programme = current.programme or _programme_of(current.invited)
        current.event = event_services.create_event(
            kind=EventKind.PEER_EXCHANGE,
            format=EventFormat.ONLINE,
            starts_at=current.proposed_start,
            ends_at=current.proposed_start + dt.timedelta(minutes=current.meeting_minutes),
            municipalities=[current.requester, current.invited],
            series=_series_of(programme),
            programme=programme,
            themes=current.themes,
            by=by,
        )
        current.status = RequestStatus.ACCEPTED
        current.answer = answer.strip()
        current.save()
        return _step(
            request, current, action=AuditAction.ACCEPTED, by=by, before=before, event=current.event
        )


def _series_of(programme: Programme | None) -> EventSeries | None:
    """The programme's series of peer exchanges (made on first use, named as the archive
    names it), so the meeting gets the next ordinal; none without a programme."""
    if programme is None:
        return None
    found = event_selectors.first_series_of(programme, EventKind.PEER_EXCHANGE)
    if found is not None:
        return found
    return event_services.ensure_series(
        name_en=f"{programme}: {SERIES_NAME[0]}",
        name_it=f"{programme}: {SERIES_NAME[1]}",
        kind=EventKind.PEER_EXCHANGE,
        programme=programme,
    )


def decline_invitation(*, request: ExchangeRequest, answer: str = "", by=None) -> ExchangeRequest:
    """The invited municipality declines, with its reasons in ``answer``."""
    with transaction.atomic():
        current = _locked(request, request_rules.is_answerable, NOT_ANSWERABLE)
        before = _state(current)
        current.status = RequestStatus.DECLINED
        current.answer = answer.strip()
        current.save()
        return _step(request, current, action=AuditAction.DECLINED, by=by, before=before)


def withdraw_request(*, request: ExchangeRequest, by=None) -> ExchangeRequest:
    """The requester takes back a request the coordinator has not acted on yet."""
    with transaction.atomic():
        current = _locked(request, request_rules.is_withdrawable, NOT_WITHDRAWABLE)
        before = _state(current)
        current.status = RequestStatus.WITHDRAWN
        current.save()
        return _step(request, current, action=AuditAction.WITHDRAWN, by=by, before=before)


def undo_last_step(*, request: ExchangeRequest, by=None) -> ExchangeRequest:
    """The coordinator takes back the last step: an invitation (back to open), an answer
    (back to invited; an accepted meeting's event is cancelled) or a withdrawal."""
    with transaction.atomic():
        current = _locked(request, request_rules.is_undoable, NOTHING_TO_UNDO)
        before = _state(current)
        was_invited = current.invited
        cancelled = _cancel_meeting(current, by=by)
        current.status = PREVIOUS_STATUS[current.status]
        current.answer = ""
        if current.status == RequestStatus.OPEN:
            current.invited = None
            current.proposed_start = None
        other = current.invited or current.wanted
        if other is not None:
            _check_pair_is_free(current.requester, other, exclude=current.pk)
        _save_live(current, current.requester, other)
        return _step(
            request, current, action=AuditAction.UNDONE, by=by, before=before,
            event=cancelled, invited=was_invited,
        )  # fmt: skip


def _cancel_meeting(current: ExchangeRequest, *, by):
    """An acceptance's planned event is cancelled; one that already took place stays."""
    event = current.event
    if event is None:
        return None
    if event.status == EventStatus.CONCLUDED:
        raise _refuse(_("The meeting has already taken place and is concluded: it stays."))
    if event.status == EventStatus.PLANNED:
        event_services.cancel_event(event=event, by=by)
    current.event = None
    return event
