"""Matching at work on the seed network, for ``load-demo``.

Facts come from what the network's meetings covered (their themes become the parties'
challenges), the practices they presented and the communities the profiles already name;
nothing else is said about a real city. The requests, their answers and the demo
coordinator are illustrative and say so. Loading twice changes nothing.
"""

import datetime as dt

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from citypeers.accounts.enums import Role
from citypeers.accounts.services import assign_role
from citypeers.events.models import EventParticipant, EventTheme
from citypeers.events.timezones import local_to_utc
from citypeers.matching.models import ExchangeRequest, Round
from citypeers.matching.rounds import RoundRequest, compute_round
from citypeers.matching.services import preferences as preference_services
from citypeers.matching.services import requests as request_services
from citypeers.matching.services.rounds import save_round
from citypeers.network.models import CityProfile, Municipality, Programme
from citypeers.network.services import ChallengeData, CommunityData, update_city_profile

DEMO_NOTE = "Demo data (illustrative)"
#: Challenges taken from the meetings are listed at middle priority: the reports say
#: which themes were discussed, not how each city ranks them.
DISCUSSED_PRIORITY = 2
PROFILE_NOTE = (
    "Demo data: the challenges listed are the themes this city discussed in the "
    "programme's meetings, not a ranking it gave."
)
MODERATOR = "demo-coordinator"

# (requester, wanted, themes, how far the flow goes, answer)
REQUESTS = [
    ("Venice", None, ["housing"], "open", ""),
    ("Kraków", "Florence", ["employment"], "invited", ""),
    ("Milan", "Gdańsk", ["inclusion"], "accepted", "We look forward to it."),
    ("Barcelona", "Bari", ["housing"], "declined", "Not this quarter, perhaps later."),
]


def _city(name: str) -> Municipality | None:
    return Municipality.objects.filter(enrolments__isnull=False, name=name).first()


def _discussed_themes() -> dict[int, set[str]]:
    """Each enrolled municipality's themes of the meetings it took part in."""
    themes: dict[int, set[str]] = {}
    by_event: dict[int, set[str]] = {}
    for event_id, theme in EventTheme.objects.values_list("event_id", "theme"):
        by_event.setdefault(event_id, set()).add(theme)
    for event_id, city_id in EventParticipant.objects.filter(
        municipality__enrolments__isnull=False
    ).values_list("event_id", "municipality_id"):
        themes.setdefault(city_id, set()).update(by_event.get(event_id, ()))
    return themes


def _challenges_from_meetings() -> None:
    for city_id, themes in _discussed_themes().items():
        city = Municipality.objects.get(pk=city_id)
        profile = CityProfile.objects.filter(municipality=city).first()
        known = {c.theme: c.priority for c in profile.challenges.all()} if profile else {}
        communities = (
            [CommunityData(c.country_id, c.count) for c in profile.communities.all()]
            if profile
            else []
        )
        wanted = {**{theme: DISCUSSED_PRIORITY for theme in themes}, **known}
        if profile is not None and set(wanted) == set(known):
            continue
        update_city_profile(
            municipality=city,
            fields={"notes": profile.notes if profile and profile.notes else PROFILE_NOTE},
            challenges=[ChallengeData(t, p) for t, p in sorted(wanted.items())],
            communities=communities,
            by=None,
        )


def _opt_in_every_member() -> None:
    for city in Municipality.objects.filter(enrolments__isnull=False).distinct():
        preferences = getattr(city, "exchange_preferences", None)
        if preferences is not None and preferences.opted_in:
            continue
        preference_services.update_exchange_preferences(
            municipality=city,
            opted_in=True,
            office_opens=dt.time(9),
            office_closes=dt.time(17),
            weekdays=range(5),
            languages=[],
            by=None,
        )


def _next_weekday_at(city: Municipality, *, weeks: int, hour: int) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(weeks=weeks)
    day += dt.timedelta(days=(7 - day.weekday()) % 7 + 1)  # a Tuesday
    return local_to_utc(dt.datetime.combine(day, dt.time(hour)), city.timezone)


def _requests(coordinator) -> None:
    if ExchangeRequest.objects.filter(message__startswith=DEMO_NOTE).exists():
        return
    for weeks, (asker, wanted, themes, stage, answer) in enumerate(REQUESTS, start=3):
        requester, other = _city(asker), _city(wanted) if wanted else None
        if requester is None or (wanted and other is None):
            continue
        request = request_services.create_request(
            requester=requester,
            wanted=other,
            themes=themes,
            message=f"{DEMO_NOTE}: we would like to learn how our peers work on this.",
        )
        if stage == "open":
            continue
        request = request_services.invite_peer(
            request=request,
            invited=other,
            starts_at=_next_weekday_at(requester, weeks=weeks, hour=10),
            by=coordinator,
        )
        if stage == "accepted":
            request_services.accept_invitation(request=request, answer=answer)
        elif stage == "declined":
            request_services.decline_invitation(request=request, answer=answer)


def _round(programme: Programme, coordinator) -> None:
    if Round.objects.filter(programme=programme).exists():
        return
    starts_on = timezone.localdate() + dt.timedelta(weeks=8)
    request = RoundRequest(
        programme=programme,
        starts_on=starts_on,
        ends_on=starts_on + dt.timedelta(days=13),
        moderators=((coordinator, 2),),
    )
    plan = compute_round(request, now=timezone.now())
    save_round(request=request, plan=plan, by=coordinator)


def _demo_coordinator():
    user, created = get_user_model().objects.get_or_create(
        username=MODERATOR, defaults={"first_name": "Demo", "last_name": "coordinator"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        assign_role(user=user, role=Role.COORDINATOR)
    return user


@transaction.atomic
def load_demo_data() -> None:
    """Challenges from the meetings, every member opted in, one request at each step of
    its flow and a small round (needs the network, events and practices demos first)."""
    programme = Programme.objects.filter(short_name="ADMin4ALL").first()
    if programme is None:
        raise LookupError("Load the network demo data first.")
    _challenges_from_meetings()
    _opt_in_every_member()
    coordinator = _demo_coordinator()
    _requests(coordinator)
    _round(programme, coordinator)
