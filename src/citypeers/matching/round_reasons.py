"""A pair's reasons as stored data (JSON on ``RoundPair.reasons``) and as a sentence.

The core's ``Reason`` is kept field for field, so a page can rebuild it and word it in
its own language at display time, whatever the language of whoever computed the round.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict

from django.utils.translation import gettext as _

from citypeers.core.themes import theme_label
from citypeers.matching.compatibility import Reason, ReasonKind
from citypeers.network.models import country_name


def reason_data(reason: Reason) -> dict:
    """The reason as JSON-ready data (dates as ISO text, tuples as lists)."""
    data = asdict(reason)
    data["kind"] = str(reason.kind)
    data["until"] = reason.until.isoformat() if reason.until else None
    data["priorities"] = list(reason.priorities)
    data["practices"] = list(reason.practices)
    return data


def reason_from_data(data: Mapping) -> Reason:
    """The core's ``Reason`` back from ``reason_data``."""
    return Reason(
        kind=ReasonKind(data["kind"]),
        points=float(data["points"]),
        theme=data.get("theme", ""),
        source=data.get("source"),
        target=data.get("target"),
        priorities=tuple(data.get("priorities", ())),
        practices=tuple(data.get("practices", ())),
        country=data.get("country", ""),
        rank=int(data.get("rank", 0)),
        until=dt.date.fromisoformat(data["until"]) if data.get("until") else None,
    )


def reason_text(data: Mapping, names: Mapping[int, str]) -> str:
    """One sentence for a stored reason in the active language; ``names`` of cities by pk."""
    reason = reason_from_data(data)
    source = names.get(reason.source, "") if reason.source is not None else ""
    target = names.get(reason.target, "") if reason.target is not None else ""
    theme = theme_label(reason.theme)
    match reason.kind:
        case ReasonKind.SHARED_CHALLENGE:
            return _("Both list %(theme)s as a challenge.") % {"theme": theme}
        case ReasonKind.COMPLEMENTARY_PRACTICE:
            return _("%(source)s's practices in %(theme)s answer %(target)s's challenge.") % {
                "source": source,
                "theme": theme,
                "target": target,
            }
        case ReasonKind.MIGRATION_TIE if reason.rank == 1:
            return _("%(source)s's largest foreign community comes from %(country)s.") % {
                "source": source,
                "country": country_name(reason.country),
            }
        case ReasonKind.MIGRATION_TIE:
            return _("One of %(source)s's main foreign communities comes from %(country)s.") % {
                "source": source,
                "country": country_name(reason.country),
            }
        case ReasonKind.COMPARABLE_SIZE:
            return _("Comparable population.")
        case ReasonKind.COMPARABLE_FOREIGN_SHARE:
            return _("Comparable share of foreign residents.")
        case _other:
            return _("They met recently; they may meet again from %(date)s.") % {
                "date": reason.until
            }
