"""Importing catalogues of practices (JSON Lines, spec/practices-io.md).

Each line is validated and written in its own transaction: a bad line is reported with
its number and the reason, and the others go in. The services compute each vector as
the line goes in (only when the text changed, so re-importing a catalogue is cheap).
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from citypeers.network.selectors import municipality_by_name
from citypeers.practices import services
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.fulltext import refresh_planner_statistics
from citypeers.practices.models import THEME_SLUGS, Practice

MAX_LINE_CHARS = 200_000
TEXT_FIELDS = ("key", "name", "language", "municipality", "country", "summary")
OPTIONAL_TEXT_FIELDS = ("name_en", "description")


class RejectedLine(Exception):
    """A line that cannot be imported; the message says why, for a person to fix."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)


def _text(record: dict, name: str, *, required: bool) -> str:
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RejectedLine(f"missing {name}")
        return ""
    if not isinstance(value, str):
        raise RejectedLine(f"{name} must be a string")
    if "\x00" in value or any(0xD800 <= ord(c) <= 0xDFFF for c in value):
        raise RejectedLine(f"{name} contains a NUL or an unpaired surrogate character")
    return value.strip()


def practice_fields_from_record(record) -> dict:
    """The service's fields for one catalogue record; raises RejectedLine if unusable."""
    if not isinstance(record, dict):
        raise RejectedLine("a line must be a JSON object")
    values = {name: _text(record, name, required=name != "summary") for name in TEXT_FIELDS}
    values.update({name: _text(record, name, required=False) for name in OPTIONAL_TEXT_FIELDS})
    country = values.pop("country").upper()
    municipality = municipality_by_name(values["municipality"], country=country)
    if municipality is None:
        raise RejectedLine(f"unknown municipality {values['municipality']!r} in {country}")
    themes = record.get("themes") or []
    if not isinstance(themes, list) or not all(isinstance(t, str) for t in themes):
        raise RejectedLine("themes must be a list of slugs")
    unknown = [theme for theme in themes if theme not in THEME_SLUGS]
    if unknown:
        raise RejectedLine(f"unknown theme {', '.join(map(repr, unknown))}")
    published = record.get("published", True)
    if not isinstance(published, bool):
        raise RejectedLine("published must be true or false")
    values.update(
        municipality=municipality,
        themes=list(dict.fromkeys(themes)),
        status=PracticeStatus.PUBLISHED if published else PracticeStatus.DRAFT,
    )
    return values


def _describe(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


def import_line(text: str, *, by=None) -> tuple[Practice, bool]:
    """Create or update the practice of one line; returns it and whether it is new."""
    if len(text) > MAX_LINE_CHARS:
        raise RejectedLine(f"line longer than {MAX_LINE_CHARS} characters")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise RejectedLine(f"not valid JSON ({error.msg})") from error
    except RecursionError as error:  # "[[[[...": deeper than the parser goes
        raise RejectedLine("JSON nested too deeply") from error
    data = practice_fields_from_record(record)
    with transaction.atomic():
        existing = Practice.objects.filter(key=data["key"]).first()
        try:
            if existing is None:
                return services.create_practice(by=by, **data), True
            return services.update_practice(practice=existing, by=by, **data), False
        except ValidationError as error:
            raise RejectedLine(_describe(error)) from error


def catalogue_lines(text: str) -> list[str]:
    """The lines of a JSON Lines catalogue: split at \\n or \\r\\n only.

    ``str.splitlines`` also splits at U+2028, U+2029, U+0085 and other breaks, which
    JSON allows inside strings: a record would be cut in two and every later line
    number shifted.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def import_practices(lines: Iterable[str], *, by=None) -> ImportReport:
    """Import a catalogue; never stops at a bad line. Lines are numbered from 1."""
    report = ImportReport()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            _practice, created = import_line(line, by=by)
        except RejectedLine as error:
            report.rejected.append((number, str(error)))
            continue
        if created:
            report.created += 1
        else:
            report.updated += 1
    if report.created:
        refresh_planner_statistics()
    return report
