"""Where a signed-in user lands: their municipality's page, or the coordinators' page."""

from django.shortcuts import render

from citypeers.accounts.access import require
from citypeers.accounts.rules import is_coordinator
from citypeers.matching.my_city import cities_of, city_desk, programme_desk
from citypeers.matching.reasons import shown_peers

PEERS_SHOWN = 3


def my_city(request):
    """A member's municipality (each one, for officers of several); coordinators also get
    the programme's waiting work first."""
    require(request.user, "matching.see_own_page")
    desks = [city_desk(city) for city in cities_of(request.user)]
    for desk in desks:
        desk.peers = shown_peers(desk.municipality, limit=PEERS_SHOWN)
    context = {
        "desks": desks,
        "programme": programme_desk() if is_coordinator(request.user) else None,
    }
    return render(request, "matching/my_city.html", context)
