"""The municipality page's best peers: network's page includes this tag, which fetches
its own data, so that the dependency arrow (network before matching) holds."""

from django import template

from citypeers.matching.reasons import shown_peers

register = template.Library()

#: How many peers the municipality page shows; the suggestions page lists more.
PAGE_PEERS = 5


@register.inclusion_tag("matching/_peers.html", takes_context=True)
def best_peers(context, municipality):
    user = context["request"].user
    return {
        "municipality": municipality,
        "peers": shown_peers(municipality, limit=PAGE_PEERS),
        "can_edit_preferences": user.has_perm("matching.edit_preferences", municipality),
    }
