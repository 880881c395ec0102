"""A municipality's suggested peers, with their reasons: public, like the site's page."""

from typing import Any

from django.utils import translation
from ninja import Query, Router, Schema
from ninja.pagination import paginate
from pydantic import Field

from citypeers.accounts.access import object_for
from citypeers.api.access import viewer
from citypeers.api.listing import Language, checked_ordering, ordering_field
from citypeers.api.pagination import BoundedLimitOffsetPagination
from citypeers.api.schemas import LOOKUP_ERRORS, api_url, page_url
from citypeers.matching.reasons import shown_peers
from citypeers.matching.views.suggestions import PAGE_PEERS
from citypeers.network.models import Municipality

router = Router(tags=["matching"])

#: Best first (the site's order), or by the peer's name either way.
SUGGESTION_ORDERINGS = ("-score", "name", "-name")


def _by_name(peer) -> tuple:
    return peer.suggestion.municipality.name, peer.suggestion.municipality.pk


class SuggestionQuery(Schema):
    language: Language = "en"
    ordering: str = ordering_field(SUGGESTION_ORDERINGS, "-score")


class ReasonOut(Schema):
    """Why a peer is suggested: ``text`` in the language asked for, ``facts`` as data."""

    kind: str
    text: str
    facts: dict[str, Any]


class PeerOut(Schema):
    """The suggested municipality, as the suggestions page names and links it."""

    id: int
    name: str
    country: str = Field(alias="country_id")
    population: int
    timezone: str
    url: str
    api_url: str

    resolve_url = staticmethod(page_url)
    resolve_api_url = staticmethod(api_url)


class SuggestionOut(Schema):
    municipality: PeerOut
    score: float
    relative: float
    reasons: list[ReasonOut]

    @staticmethod
    def resolve_municipality(peer) -> Municipality:
        return peer.suggestion.municipality

    @staticmethod
    def resolve_score(peer) -> float:
        return peer.suggestion.score


@router.get(
    "/municipalities/{municipality_id}/suggestions",
    response={200: list[SuggestionOut], **LOOKUP_ERRORS},
)
@paginate(BoundedLimitOffsetPagination)
def list_suggestions(request, municipality_id: int, query: Query[SuggestionQuery]):
    """The municipality's best peers (as many as its site page lists), best first, with
    the reasons in `language` (en, it); `relative` is the score against the best peer's."""
    ordering = checked_ordering(query.ordering, SUGGESTION_ORDERINGS)
    municipality = object_for(
        viewer(request), Municipality.objects.select_related("country"), pk=municipality_id
    )
    language = query.language if query.language in {"en", "it"} else "en"
    with translation.override(language):
        peers = shown_peers(municipality, limit=PAGE_PEERS)
    if ordering in ("name", "-name"):
        peers.sort(key=_by_name, reverse=ordering == "-name")
    return peers
