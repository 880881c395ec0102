"""What an event is called (reads prefetched participants)."""

from django.utils import translation
from django.utils.translation import gettext as _

from citypeers.core.formatting import base_language
from citypeers.events.enums import EventKind, GrammaticalGender
from citypeers.events.models import Event, EventSeries
from citypeers.events.ordinals import ordinal
from citypeers.events.times import event_day, party_municipalities
from citypeers.network.names import municipality_name


def event_title(event: Event, language: str | None = None) -> str:
    """The title in ``language``: the one written, else generated from series and parties.

    "8th online peer-to-peer exchange: Bari – Kraków" / "8° scambio online tra pari: …".
    """
    language = base_language(language)
    if language == "it" and event.title_it:
        return event.title_it
    if event.title:
        return event.title
    names = " – ".join(municipality_name(m, language) for m in party_municipalities(event))
    with translation.override(language):
        if event.series_id and event.ordinal:
            head = _series_head(event.series, event.ordinal, language)
        else:
            head = str(EventKind(event.kind).label)
        if names:
            return f"{head}: {names}"
        return _("%(what)s of %(date)s") % {"what": head, "date": f"{event_day(event):%Y-%m-%d}"}


def _series_head(series: EventSeries, number: int, language: str) -> str:
    """ "7η διαδικτυακή ανταλλαγή…", capitalised ("Al 7-lea…", "Is-7…"); a series without a
    name in ``language`` is named in English, ordinal included."""
    if not getattr(series, f"name_{language}", None):
        language = "en"
    gender = getattr(series, f"gender_{language}", None) or GrammaticalGender.MASCULINE
    head = f"{ordinal(number, language, gender=gender)} {getattr(series, f'name_{language}')}"
    return head[0].upper() + head[1:]
