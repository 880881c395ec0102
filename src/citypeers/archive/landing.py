"""Where an imported report lands: the programme it belongs to and the series it joins.

A report rarely spells its series the way the directory does: it says "the 12th online
peer-to-peer exchange, moderated by IOM" where the programme's series is called "online
peer-to-peer exchange". Names are compared folded, without an owner's prefix ("IOM: ...")
and without the words that only name the owner, so the report joins the programme's own
series instead of starting a look-alike one. Series are written by the events services.
"""

import datetime as dt

import regex

from citypeers.archive.directory import organisation_named
from citypeers.archive.extraction.text import fold
from citypeers.events import services as event_services
from citypeers.events.enums import EventKind
from citypeers.events.models import EventSeries
from citypeers.network.models import Programme

SERIES_NAMES = {
    EventKind.PEER_EXCHANGE: ("online peer-to-peer exchange", "scambio online tra pari")
}
_PREFIX = regex.compile(r"^[^:]{1,80}:\s*")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def series_key(name: str, *, owners: tuple[str, ...] = ()) -> str:
    """A series name as compared: folded, its "Owner:" prefix and owner words dropped."""
    words = _NON_WORD.split(fold(_PREFIX.sub("", name or "")))
    dropped = {fold(owner) for owner in owners if owner}
    return " ".join(word for word in words if word and word not in dropped)


def report_programme(record: dict, *, on: dt.date | None) -> Programme | None:
    """The programme the report belongs to: the one it names, else the one its organiser runs.

    A named project that is neither a programme nor a body running one means another
    project, so the report joins no programme. Of the programmes its organiser runs, the
    one running on the report's date is taken (none when several are).
    """
    project = (record.get("project") or "").strip()
    if project:
        named = _programme_named(project)
        if named is not None:
            return named
    for owner in (project, (record.get("organizer") or "").strip()):
        if not owner:
            continue
        body = organisation_named(owner)
        if body is not None:
            return _one_running(Programme.objects.filter(coordinator=body), on)
        if owner == project:
            return None
    return None


def _programme_named(name: str) -> Programme | None:
    key = fold(name)
    for programme in Programme.objects.all().only("pk", "name", "short_name"):
        if key in {fold(programme.short_name), fold(programme.name)}:
            return programme
    return None


def _one_running(programmes, on: dt.date | None) -> Programme | None:
    candidates = list(programmes.order_by("pk"))
    if on is not None:
        candidates = [
            p
            for p in candidates
            if (p.starts_on is None or p.starts_on <= on) and (p.ends_on is None or on <= p.ends_on)
        ]
    return candidates[0] if len(candidates) == 1 else None


def report_series(record: dict, programme: Programme | None) -> EventSeries | None:
    """The numbered run the event belongs to (None when the report states no number).

    A programme's series of the report's kind whose name matches wins, then its first
    series of that kind; without one, a series named after the project (or organiser),
    so that each programme keeps its own numbers. A report that names neither a programme
    nor an owner joins no series: "the 3rd consultation" of one body and of another are not
    one run, so their numbers cannot be compared.
    """
    kind = record.get("kind")
    if record.get("sequence") is None:
        return None
    name_en, name_it = SERIES_NAMES.get(kind, (None, ""))
    if name_en is None:
        name_en = str(EventKind(kind).label if kind in EventKind.values else kind)
    owner = record.get("project") or record.get("organizer") or ""
    if programme is None and not owner:
        return None
    if programme is not None:
        existing = _programme_series(programme, kind, name_en, owners=(owner,))
        if existing is not None:
            return existing
    name_en = f"{owner}: {name_en}" if owner else name_en
    name_it = f"{owner}: {name_it}" if owner and name_it else name_it
    return event_services.ensure_series(
        name_en=name_en, name_it=name_it, kind=kind, programme=programme
    )


def _programme_series(programme, kind: str, name: str, *, owners) -> EventSeries | None:
    owners = (*owners, programme.short_name, programme.name)
    if programme.coordinator_id:
        owners += (programme.coordinator.short_name, programme.coordinator.name)
    wanted = series_key(name, owners=owners)
    own = list(programme.event_series.filter(kind=kind).order_by("pk"))
    for series in own:
        if wanted in {series_key(series.name_en, owners=owners), series_key(series.name_it)}:
            return series
    return own[0] if own else None
