"""A municipality's best peers, with their reasons in plain words.

Placeholder kept small on purpose, to be replaced by the full suggestions module at
merge: same signature, ``best_peers(municipality, *, limit=5, on=None)``, items with
``.municipality``, ``.score`` and ``.reasons`` (sentences). It scores the other
municipalities that have a profile or preferences, in other countries.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Q

from citypeers.core.themes import theme_label
from citypeers.matching.compatibility import ReasonKind, Rules, compatibility
from citypeers.matching.profiles import matching_weights, meeting_history, profiles_of
from citypeers.network.models import Municipality


@dataclass(frozen=True)
class Peer:
    municipality: Municipality
    score: float
    reasons: list[str] = field(default_factory=list)


def best_peers(municipality: Municipality, *, limit: int = 5, on: dt.date | None = None):
    """Up to ``limit`` municipalities of other countries, best score first."""
    others = list(
        Municipality.objects.filter(
            Q(profile__isnull=False) | Q(exchange_preferences__isnull=False)
        )
        .exclude(country_id=municipality.country_id)
        .select_related("country")
        .order_by("pk")[:500]
    )
    profiles = profiles_of([municipality, *others])
    mine, theirs = profiles[0], profiles[1:]
    met = meeting_history([municipality.pk, *(o.pk for o in others)])
    weights = matching_weights()
    rules = Rules(different_countries=True)
    day = on or dt.date.today()
    peers = []
    for other, profile in zip(others, theirs, strict=True):
        result = compatibility(mine, profile, on=day, weights=weights, rules=rules, met=met)
        if result.score > 0:
            reasons = [_sentence(r) for r in result.reasons if r.points > 0]
            peers.append(Peer(other, round(result.score, 2), [r for r in reasons if r]))
    peers.sort(key=lambda peer: (-peer.score, peer.municipality.name))
    return peers[:limit]


def _sentence(reason) -> str:
    if reason.kind == ReasonKind.SHARED_CHALLENGE:
        return str(theme_label(reason.theme))
    if reason.kind == ReasonKind.COMPLEMENTARY_PRACTICE:
        return str(theme_label(reason.theme))
    return ""
