"""Ordinals inside a series, kept in date order (pure: no database).

A series may start late (the archive knows the 7th, 8th and 9th exchanges, not the first
six), so gaps are kept; what must hold is that ordinals grow strictly with the date. An
event that is added, moved or renumbered is first taken out of the run (the ones after it
close up by one) and then put back at its date, pushing the later ones up.
"""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Slot:
    """One event of the series: ``key`` identifies it, ``when`` orders it."""

    key: Any
    when: Any
    ordinal: int | None


class OrdinalClash(ValueError):
    """The requested ordinal is already held by an earlier event (or a later one's below)."""

    def __init__(self, ordinal: int, holder: Any):
        super().__init__(f"ordinal {ordinal} is taken by an earlier event")
        self.ordinal = ordinal
        self.holder = holder


def renumber(
    slots: list[Slot], *, target: Any, old_ordinal: int | None, wanted: int | None
) -> dict[Any, int]:
    """New ordinals of every slot after ``target`` took its place (``wanted`` or automatic).

    ``slots`` hold every event of the series with its date (the target's new date) and
    current ordinal; ``old_ordinal`` is the target's ordinal before the change (None when
    new). Returns {key: ordinal} for all slots. Raises ``OrdinalClash`` when ``wanted`` is
    not above the ordinal of every earlier event.
    """
    current = {}
    for slot in slots:
        ordinal = slot.ordinal
        if slot.key != target and old_ordinal is not None and ordinal and ordinal > old_ordinal:
            ordinal -= 1
        current[slot.key] = None if slot.key == target else ordinal
    ordered = sorted(slots, key=lambda slot: slot.when)
    result: dict[Any, int] = {}
    previous, previous_key = 0, None
    for index, slot in enumerate(ordered):
        if slot.key == target and wanted is not None:
            if wanted <= previous:
                raise OrdinalClash(wanted, previous_key)
            number = wanted
        elif current[slot.key] is None:
            number = previous + 1 if previous else _next_known(ordered, index, current) or 1
        else:
            number = max(current[slot.key], previous + 1)
        result[slot.key] = number
        previous, previous_key = number, slot.key
    return result


def _next_known(ordered: list[Slot], index: int, current: dict) -> int | None:
    for slot in ordered[index + 1 :]:
        if current[slot.key] is not None:
            return current[slot.key]
    return None
