"""Checks on a record before it is stored (an extracted one or a coordinator's corrections)."""

import datetime as dt
import re

from django.utils.translation import gettext as _

from citypeers.archive.extraction import load_gazetteer, theme_slugs

KINDS = ("peer_exchange", "consultation", "workshop", "webinar", "training", "study_visit", "other")
STATUSES = ("planned", "concluded", "cancelled")
_TIME = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")


def _date_problem(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    try:
        if value.startswith("--"):
            dt.date(2000, int(value[2:4]), int(value[5:7]))
        else:
            dt.date.fromisoformat(value)
    except ValueError:
        return _("the date “%(value)s” does not exist") % {"value": value}
    return None


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
        if gazetteer.lookup(item.get("name") or "", country=item.get("country")) is None:
            problems.append(
                _("the municipality “%(name)s” is not in the directory")
                % {"name": item.get("name")}
            )
    return problems
