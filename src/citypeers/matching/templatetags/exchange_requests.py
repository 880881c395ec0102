"""The "ask for an exchange" link that other apps' pages (a municipality, a practice) show."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from citypeers.matching.rules import can_ask_for_exchange
from citypeers.network.rules import bodies_of

register = template.Library()


@register.inclusion_tag("matching/_ask_for_exchange_link.html", takes_context=True)
def ask_for_exchange(context, municipality, visitors=False):
    """A link to ask for an exchange with ``municipality``, for members of another
    municipality (``matching.ask_for_exchange``; the user's bodies are read once per
    request); visitors get a link to log in first when ``visitors`` is set."""
    user = context["request"].user
    url = f"{reverse('matching:request_create')}?{urlencode({'with': municipality.pk})}"
    # The predicate itself: has_perm would go on to Django's permission tables when refused.
    can_ask = can_ask_for_exchange(user) and bool(
        bodies_of(user).municipalities - {municipality.pk}
    )
    return {
        "municipality": municipality,
        "url": url,
        "can_ask": can_ask,
        "login_url": f"{reverse('accounts:login')}?{urlencode({'next': url})}"
        if visitors and not user.is_authenticated
        else "",
    }
