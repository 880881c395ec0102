"""Writes of the events app: one function per use case, each one transaction.

Views, the API, the archive import and the demo loader all call these, so every entry
point checks the same rules. Bad input raises ``ValidationError`` keyed by field name
before anything is written (or inside the transaction, which then rolls back).
"""

from citypeers.events.services.events import (
    cancel_event,
    conclude_event,
    create_event,
    delete_event,
    ensure_series,
    sanitize_report,
    update_event,
)
from citypeers.events.services.follow_ups import (
    add_follow_up,
    add_follow_up_progress,
    update_follow_up,
)
from citypeers.events.services.parts import (
    add_person,
    add_presentation,
    add_session,
    remove_part,
)

__all__ = [
    "add_follow_up",
    "add_follow_up_progress",
    "add_person",
    "add_presentation",
    "add_session",
    "cancel_event",
    "conclude_event",
    "create_event",
    "delete_event",
    "ensure_series",
    "remove_part",
    "sanitize_report",
    "update_event",
    "update_follow_up",
]
