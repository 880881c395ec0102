"""Checks on a record before it is stored (an extracted one or a coordinator's corrections)."""

import datetime as dt
import re

from django.utils.translation import gettext as _

from citypeers.archive.extraction import load_gazetteer, theme_slugs
from citypeers.events.forms import FIRST_YEAR, LAST_YEAR
from citypeers.events.services.checks import MAX_ORDINAL

KINDS = ("peer_exchange", "consultation", "workshop", "webinar", "training", "study_visit", "other")
STATUSES = ("planned", "concluded", "cancelled")
_TIME = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")


def _date_problem(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    try:
        if value.startswith("--"):
            dt.date(2000, int(value[2:4]), int(value[5:7]))
            return None
        day = dt.date.fromisoformat(value)
    except ValueError:
        return _("the date “%(value)s” does not exist") % {"value": value}
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        return _("the date “%(value)s” is not between %(first)s and %(last)s") % {
            "value": value,
            "first": FIRST_YEAR,
            "last": LAST_YEAR,
        }
    return None


def _unnamed_rows(record: dict) -> list[str]:
    """A row of a list without its first part (its name) cannot be stored: say which list."""
    lists = (
        ("people", "name", _("a person without a name in the list of people")),
        ("roles", "role", _("a role without its title in the list of roles")),
        ("organizations", "name", _("an organisation without a name in the list of organisations")),
        ("practices", "name", _("a practice without a name in the list of practices")),
    )
    return [
        message
        for key, name, message in lists
        if any(not (item or {}).get(name) for item in record.get(key) or [])
    ]


def record_problems(record: dict) -> list[str]:
    """Human-readable reasons why this record cannot be stored; empty when it can."""
    problems = []
    if record.get("kind") not in KINDS:
        problems.append(_("unknown kind “%(value)s”") % {"value": record.get("kind")})
    if record.get("status") not in (None, *STATUSES):
        problems.append(_("unknown status “%(value)s”") % {"value": record.get("status")})
    for key in ("start_date", "end_date"):
        problem = _date_problem(record.get(key))
        if problem:
            problems.append(problem)
    sequence = record.get("sequence")
    if sequence is not None and not (isinstance(sequence, int) and 1 <= sequence <= MAX_ORDINAL):
        problems.append(
            _("the number in the series must be between 1 and %(max)s") % {"max": MAX_ORDINAL}
        )
    problems += _unnamed_rows(record)
    for key in ("start_time", "end_time"):
        value = record.get(key)
        if value and not _TIME.match(value):
            problems.append(_("the time “%(value)s” is not HH:MM") % {"value": value})
    unknown = sorted(set(record.get("themes") or []) - set(theme_slugs()))
    if unknown:
        problems.append(_("unknown themes: %(slugs)s") % {"slugs": ", ".join(unknown)})
    municipalities = record.get("municipalities") or []
    if not municipalities:
        problems.append(_("the report names no municipality"))
    gazetteer = load_gazetteer()
    for item in municipalities:
        if gazetteer.resolve(item.get("name") or "", country=item.get("country")) is None:
            problems.append(
                _("the municipality “%(name)s” is not in the directory")
                % {"name": item.get("name")}
            )
    return problems
