"""Checks on a record before it is stored (an extracted one or a coordinator's corrections)."""

import datetime as dt
import re

from django.utils.translation import gettext as _
from wordfreq import zipf_frequency

from citypeers.archive.extraction import load_gazetteer, theme_slugs
from citypeers.archive.extraction.common_words import ENGLISH_WORD
from citypeers.archive.extraction.text import fold
from citypeers.core.countries import EU_COUNTRY_CODES
from citypeers.core.geonames import MIN_POPULATION
from citypeers.events.forms import FIRST_YEAR, LAST_YEAR
from citypeers.events.services.checks import MAX_ORDINAL
from citypeers.network.models import country_name

KINDS = ("peer_exchange", "consultation", "workshop", "webinar", "training", "study_visit", "other")
STATUSES = ("planned", "concluded", "cancelled")
_TIME = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")
_CAPITALISED = re.compile(r"\b[^\W\d_a-z][^\W\d_]+\b")
# At most this many towns named: the note helps a coordinator, it does not list a report.
_TOWNS_NAMED = 3


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


def towns_outside_directory(text: str) -> list[tuple[str, str]]:
    """(name, country code) of the towns ``text`` names whose place is beyond the EU, the
    directory's countries, so the extraction passes them by (Ungheni, Moldova): the
    largest place of the name is outside and not too small for the directory, and the
    name is no word ("March")."""
    gazetteer = load_gazetteer()
    found: dict[str, tuple[str, str]] = {}
    for word in dict.fromkeys(_CAPITALISED.findall(text or "")):
        if _is_a_word(word, text):
            continue
        places = [place for place, main in gazetteer.candidates(word) if main]
        largest = max(places, key=lambda place: place.population, default=None)
        if (
            largest is not None
            and largest.country not in EU_COUNTRY_CODES
            and largest.population >= MIN_POPULATION
        ):
            found.setdefault(largest.name, (largest.name, largest.country))
            if len(found) == _TOWNS_NAMED:
                break
    return list(found.values())


def _is_a_word(word: str, text: str) -> bool:
    """An everyday English word ("March"), or one the report itself writes in lower case."""
    lower = word.lower()
    if zipf_frequency(fold(word), "en") >= ENGLISH_WORD:
        return True
    return re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text) is not None


def outside_directory_notes(text: str) -> list[str]:
    """Why a report naming no municipality may still name one: a town beyond the EU."""
    return [
        _(
            "“%(town)s” (%(country)s) is named in the report but is outside the directory's "
            "countries (those of the European Union): if it took part, add it to the "
            "municipalities with its country."
        )
        % {"town": town, "country": country_name(code)}
        for town, code in towns_outside_directory(text)
    ]


def record_problems(record: dict, *, text: str = "") -> list[str]:
    """Human-readable reasons why this record cannot be stored; empty when it can;
    ``text``, the report's, lets the reasons name a town the directory does not hold."""
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
        problems += outside_directory_notes(text)
    gazetteer = load_gazetteer()
    for item in municipalities:
        if gazetteer.resolve(item.get("name") or "", country=item.get("country")) is None:
            problems.append(
                _("the municipality “%(name)s” is not in the directory")
                % {"name": item.get("name")}
            )
    return problems
