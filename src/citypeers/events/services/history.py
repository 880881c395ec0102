"""The audit trail of the events services: one ``EventChange`` per unit of work.

Every write service calls ``record_change`` inside its own ``transaction.atomic()``, so a
change is kept exactly when the write it describes is kept.
"""

from citypeers.events.models import Event, EventChange


def _user_or_none(by):
    """A saved, signed-in user, or None (scripts and the demo loader pass nobody)."""
    if by is None or not getattr(by, "is_authenticated", False) or by.pk is None:
        return None
    return by


def record_change(*, event: Event, action: str, by=None, details: dict | None = None):
    """Add ``action`` by ``by`` to the history of ``event`` (call inside the transaction)."""
    return EventChange.objects.create(
        event=event,
        event_label=str(event)[:300],
        action=action,
        by=_user_or_none(by),
        details=details or {},
    )


def json_value(value):
    """A field value as the history keeps it: JSON types as they are, the rest as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
