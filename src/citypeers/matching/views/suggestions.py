"""A municipality's best peers, with their reasons: public, like the municipality page."""

from django.shortcuts import render

from citypeers.accounts.access import object_for
from citypeers.matching.reasons import shown_peers
from citypeers.network.models import Municipality

#: How many peers the suggestions page lists.
PAGE_PEERS = 20


def suggestions(request, pk: int):
    municipality = object_for(request.user, Municipality.objects.select_related("country"), pk=pk)
    context = {
        "municipality": municipality,
        "peers": shown_peers(municipality, limit=PAGE_PEERS),
        "can_edit_preferences": request.user.has_perm("matching.edit_preferences", municipality),
    }
    return render(request, "matching/suggestions.html", context)
