"""What the extraction tests read of a record: one helper a question, shared by the
tests/archive/test_extraction_*.py files (the source name plays no part in the record)."""

from citypeers.archive.extraction import extract_report
from citypeers.archive.extraction.event import acronyms
from citypeers.archive.extraction.organisations import find_organisations
from citypeers.archive.extraction.text import fold

SOURCE = "x.txt"


def record(text: str) -> dict:
    """The whole record of a report text."""
    return extract_report(text, source=SOURCE)


def roles(text: str) -> dict[str, str | None]:
    """Each person found, by name, with the role read."""
    return {p["name"]: p["role"] for p in record(text)["people"]}


def person_names(text: str) -> list[str]:
    """The names of the people found, in the record's order."""
    return [p["name"] for p in record(text)["people"]]


def cities(text: str) -> list[tuple[str, str]]:
    """The municipalities found as sorted (folded name, country) pairs."""
    return sorted((fold(m["name"]), m["country"]) for m in record(text)["municipalities"])


def city_names(text: str) -> list[str]:
    """The names of the municipalities found, sorted."""
    return sorted(m["name"] for m in record(text)["municipalities"])


def organisation_names(text: str) -> list[str]:
    """The names of the bodies the record keeps, in its order."""
    return [o["name"] for o in record(text)["organizations"]]


def bodies_found(text: str, **context) -> list[str]:
    """The names `find_organisations` gives for a text alone: its own acronyms, no town
    names and no extra bodies unless `context` says otherwise."""
    context = {"municipality_names": set(), "extra": [], **context}
    return [o["name"] for o in find_organisations(text, acronyms=acronyms(text), **context)]
