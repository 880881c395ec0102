"""Follow-up actions agreed at an event and the progress members report on them."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from citypeers.core.audit import changes_between, record_change, snapshot
from citypeers.core.enums import AuditAction
from citypeers.events.models import (
    Event,
    EventParticipant,
    FollowUpAction,
    FollowUpProgress,
)

FOLLOW_UP_FIELDS = ("description", "participant", "due_on", "done_at")


def _record(action: FollowUpAction, change: str, by, *, before: dict, after: dict) -> None:
    """Kept on the event's history, each field as ``follow_ups.<field>``."""
    changes = changes_between(before, after)
    record_change(
        obj=action.event,
        action=change,
        by=by,
        changes={f"follow_ups.{name}": pair for name, pair in changes.items()},
    )


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
    if due_on is not None and due_on < event.local_day():
        raise ValidationError({"due_on": _("A follow-up cannot be due before the event.")})
    with transaction.atomic():
        action = FollowUpAction.objects.create(
            event=event, description=description.strip(), participant=participant, due_on=due_on
        )
        _record(
            action,
            AuditAction.FOLLOW_UP_ADDED,
            by,
            before={},
            after=snapshot(action, FOLLOW_UP_FIELDS),
        )
    return action


def update_follow_up(
    *,
    action: FollowUpAction,
    description: str,
    participant: EventParticipant | None,
    due_on: dt.date | None,
    done: bool,
    by=None,
) -> FollowUpAction:
    """Change an agreed action; ticking ``done`` stamps the time once, unticking clears it."""
    if not description.strip():
        raise ValidationError({"description": _("Say what is to be done.")})
    if due_on is not None and due_on < action.event.local_day():
        raise ValidationError({"due_on": _("A follow-up cannot be due before the event.")})
    if participant is not None and participant.event_id != action.event_id:
        raise ValidationError({"participant": _("This party did not take part in the event.")})
    before = snapshot(action, FOLLOW_UP_FIELDS)
    with transaction.atomic():
        _apply_follow_up(action, description, participant, due_on, done)
        _record(
            action,
            AuditAction.FOLLOW_UP_UPDATED,
            by,
            before=before,
            after=snapshot(action, FOLLOW_UP_FIELDS),
        )
    return action


def _apply_follow_up(action, description, participant, due_on, done) -> None:
    action.description = description.strip()
    action.participant = participant
    action.due_on = due_on
    if done and action.done_at is None:
        action.done_at = timezone.now()
    elif not done:
        action.done_at = None
    action.save()


def add_follow_up_progress(
    *, action: FollowUpAction, note: str, marks_done: bool = False, by
) -> FollowUpProgress:
    """A member's progress note; it may mark the action done."""
    if not note.strip():
        raise ValidationError({"note": _("Write what has been done.")})
    before = snapshot(action, ("done_at",))
    with transaction.atomic():
        progress = FollowUpProgress.objects.create(
            action=action, author=by, note=note.strip(), marks_done=marks_done
        )
        if marks_done and action.done_at is None:
            action.done_at = timezone.now()
            action.save(update_fields=["done_at", "updated_at"])
        _record(
            action,
            AuditAction.PROGRESS_ADDED,
            by,
            before={**before, "progress": None},
            after={**snapshot(action, ("done_at",)), "progress": progress.note[:300]},
        )
    return progress
