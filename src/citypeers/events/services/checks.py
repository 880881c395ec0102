"""Input checks shared by the services: each raises ValidationError keyed by field."""

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from citypeers.core.themes import Theme
from citypeers.events.enums import EventFormat
from citypeers.network.models import Municipality, Organisation


def check_times(starts_at: dt.datetime, ends_at: dt.datetime, *, field: str = "ends_at"):
    if starts_at is None or ends_at is None:
        raise ValidationError({field: _("Both the start and the end are needed.")})
    if ends_at <= starts_at:
        raise ValidationError({field: _("The end must come after the start.")})


def check_place(*, format: str, venue, meeting_url: str):
    if format in {EventFormat.IN_PERSON, EventFormat.HYBRID} and venue is None:
        raise ValidationError({"venue": _("An event held in person needs a venue.")})
    if format == EventFormat.IN_PERSON and meeting_url:
        raise ValidationError(
            {"meeting_url": _("An event held only in person has no meeting link.")}
        )


def check_themes(themes: Iterable[str]) -> list[str]:
    themes = list(dict.fromkeys(themes))
    unknown = [theme for theme in themes if theme not in Theme.values]
    if unknown:
        raise ValidationError(
            {"themes": _("Unknown theme: %(themes)s.") % {"themes": ", ".join(unknown)}}
        )
    return themes


def check_directory(municipalities, organisations):
    """Parties must be saved rows of the directory (not made-up names)."""
    for body in [*municipalities, *organisations]:
        if not isinstance(body, Municipality | Organisation) or body.pk is None:
            raise ValidationError(
                {"participants": _("“%(name)s” is not in the directory.") % {"name": body}}
            )


MAX_ORDINAL = 10_000


def check_ordinal(ordinal: int | None, *, series) -> None:
    """A wanted number in a series: only with a series, and between 1 and MAX_ORDINAL."""
    if ordinal is None:
        return
    if series is None:
        raise ValidationError({"ordinal": _("Only an event in a series has a number.")})
    if not 1 <= ordinal <= MAX_ORDINAL:
        raise ValidationError(
            {
                "ordinal": _("The number in the series must be between 1 and %(max)s.")
                % {"max": MAX_ORDINAL}
            }
        )
