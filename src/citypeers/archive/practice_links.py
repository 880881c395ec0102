"""Practices a report names, tied to the library: linked when known, offered when new.

A report names a practice in the language the city uses ("Porta Futuro") or in English;
the library keeps both names, so either one finds it. A practice the library lacks is
created only when the coordinator ticks it on the review, as a draft of the presenting
city, through the practices services.
"""

from dataclasses import dataclass

from citypeers.archive.extraction.text import fold, looks_italian
from citypeers.events.models import Event
from citypeers.network.models import Municipality
from citypeers.practices import selectors as practice_selectors
from citypeers.practices import services as practice_services
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import Practice


@dataclass
class NamedPractice:
    """One practice a report names, with the library's practice when it has one."""

    name: str
    municipality: str
    aliases: list[str]
    practice: Practice | None = None

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


def named_practices(record: dict) -> list[NamedPractice]:
    """The record's practices, each with the library's practice any of its names matches."""
    items = [
        NamedPractice(
            name=item.get("name") or "",
            municipality=item.get("municipality") or "",
            aliases=list(item.get("aliases") or []),
        )
        for item in record.get("practices") or []
        if item.get("name")
    ]
    library = practice_selectors.practices_named([n for item in items for n in item.names])
    for item in items:
        item.practice = next((library[fold(n)] for n in item.names if fold(n) in library), None)
    return items


def link_practices(
    *, record: dict, event: Event, named: dict[str, Municipality], create: set[str], text: str, by
) -> list[Practice]:
    """Link the event to the library's practices the record names; create the ticked ones.

    ``create`` holds the folded names of new practices the coordinator chose to add: each
    becomes a draft of the municipality that presented it. Returns the practices linked.
    """
    linked = []
    for item in named_practices(record):
        practice = item.practice
        municipality = named.get(fold(item.municipality))
        if practice is None and fold(item.name) in create and municipality is not None:
            practice = practice_services.create_practice(
                name=item.name[:300],
                name_en=(item.aliases[0] if item.aliases else "")[:300],
                language="it" if looks_italian(text) else "en",
                municipality=municipality,
                status=PracticeStatus.DRAFT,
                by=by,
            )
        if practice is not None:
            practice_services.record_practice_presented(practice=practice, event=event, by=by)
            linked.append(practice)
    return linked
