"""The pages of exchange requests: asking, the coordinators' list, a request's page and its
steps, the links that lead there, and what each costs in queries."""

import datetime as dt
import re
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date
from django.urls import reverse
from django.utils import timezone

from citypeers.core.models import AuditEntry
from citypeers.events.models import Event
from citypeers.matching.models import ExchangeRequest
from citypeers.matching.services import requests as services
from tests.factories import CountryFactory, MunicipalityFactory, PracticeFactory
from tests.matching.exchange_world import build_exchange, officer_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(settings):
    return build_exchange(settings)


def stored() -> dict:
    return {
        "requests": list(ExchangeRequest.objects.order_by("pk").values()),
        "trail": AuditEntry.objects.count(),
        "events": list(Event.objects.order_by("pk").values("pk", "status")),
    }


def text_of(response) -> str:
    """The page's text with tags dropped and spaces squeezed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())).strip()


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def create_url(city) -> str:
    return f"{reverse('matching:request_create')}?with={city.pk}"


# --- asking -----------------------------------------------------------------------------


def test_a_member_asks_for_an_exchange_with_the_city_in_the_address(world, client):
    client.force_login(world.florence_officer)

    response = client.post(
        create_url(world.cluj), {"requester": world.florence.pk, "message": "Housing?"}
    )

    request = ExchangeRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == request.get_absolute_url()
    assert (request.requester, request.wanted, request.message, request.created_by) == (
        world.florence,
        world.cluj,
        "Housing?",
        world.florence_officer,
    )


def test_a_member_of_several_cities_picks_the_one_that_asks(world, client):
    officer = officer_of(world.florence, world.bari)
    client.force_login(officer)

    form = client.get(create_url(world.cluj)).context["form"]
    client.post(create_url(world.cluj), {"requester": world.bari.pk, "themes": ["housing"]})

    assert [city.name for city in form.fields["requester"].queryset] == ["Bari", "Florence"]
    assert ExchangeRequest.objects.get().requester == world.bari


def test_a_member_cannot_ask_for_a_city_they_do_not_work_for(world, client):
    client.force_login(world.florence_officer)

    response = client.post(create_url(world.cluj), {"requester": world.bari.pk})

    assert response.status_code == 400
    assert response.context["form"].errors == {
        "requester": ["Select a valid choice. That choice is not one of the available choices."]
    }
    assert ExchangeRequest.objects.count() == 0


def test_asking_for_ones_own_city_shows_the_reason_and_saves_nothing(world, client):
    client.force_login(world.florence_officer)

    response = client.post(create_url(world.florence), {"requester": world.florence.pk})

    assert response.status_code == 400
    assert response.context["form"].non_field_errors() == [
        "Florence cannot ask for an exchange with itself."
    ]
    assert stored()["requests"] == []


def test_a_second_request_for_the_pair_shows_the_reason_and_saves_nothing(world, client):
    world.ask()
    client.force_login(world.florence_officer)
    before = stored()

    response = client.post(create_url(world.cluj), {"requester": world.florence.pk})

    assert response.status_code == 400
    assert "Florence and Cluj-Napoca already have an exchange request in progress" in text_of(
        response
    )
    assert stored() == before


def test_an_unknown_city_in_the_address_is_a_404(world, client):
    client.force_login(world.florence_officer)

    responses = [client.get(f"{reverse('matching:request_create')}?with={v}") for v in ("x", 0)]

    assert [r.status_code for r in responses] == [404, 404]


# --- links to the form ------------------------------------------------------------------


def test_the_municipality_page_offers_members_of_other_cities_to_ask(world, client):
    url = world.cluj.get_absolute_url()
    shown = {}
    for name, user in [
        ("visitor", None),
        ("own", world.cluj_officer),
        ("other", world.bari_officer),
    ]:
        if user:
            client.force_login(user)
        shown[name] = 'class="button ask-exchange"' in client.get(url).content.decode()
        client.logout()

    assert shown == {"visitor": False, "own": False, "other": True}


def test_talk_to_this_city_opens_the_request_form_or_the_login(world, client):
    practice = PracticeFactory(municipality=world.cluj)
    url = practice.get_absolute_url()

    as_visitor = client.get(url).content.decode()
    client.force_login(world.florence_officer)
    as_member = client.get(url).content.decode()

    form_url = create_url(world.cluj)
    assert f'href="{form_url}"' in as_member
    login = f"{reverse('accounts:login')}?{urlencode({'next': form_url})}"
    assert f'href="{login}"' in as_visitor


# --- the coordinators' list -------------------------------------------------------------


def test_the_list_shows_open_requests_first_and_filters_by_status(world, client):
    old = world.ask()
    services.withdraw_request(request=old, by=world.florence_officer)
    invited = world.invite(world.ask(message="again"))
    fresh = services.create_request(requester=world.bari, themes=["housing"], by=world.bari_officer)
    client.force_login(world.coordinator)

    everything = client.get(reverse("matching:requests")).context["page"]
    open_only = client.get(reverse("matching:requests"), {"status": "open"}).context["page"]

    assert [r.pk for r in everything] == [fresh.pk, invited.pk, old.pk]
    assert [r.pk for r in open_only] == [fresh.pk]


@pytest.mark.parametrize("rows", [1, 3])
def test_request_list_query_count(world, client, django_assert_num_queries, rows):
    cities = [world.bari, world.cluj, world.florence]
    for city in cities[:rows]:
        services.create_request(requester=city, themes=["housing"], by=None)
    client.force_login(world.coordinator)
    client.get(reverse("matching:requests"))  # the session and user are cached after this

    with django_assert_num_queries(5):
        response = client.get(reverse("matching:requests"))

    assert [r.requester.name for r in response.context["page"]] == [
        c.name for c in reversed(cities[:rows])
    ]


# --- a request's page and its steps -------------------------------------------------------


def test_the_coordinator_invites_with_a_slot_in_the_requesters_time(world, client):
    request = world.ask()
    client.force_login(world.coordinator)
    day = timezone.now().date() + dt.timedelta(days=10)

    response = client.post(
        reverse("matching:request_invite", args=[request.pk]),
        {"invited": str(world.cluj.pk), "date": day.isoformat(), "time": "10:00",
         "meeting_minutes": "60"},
    )  # fmt: skip

    request.refresh_from_db()
    local = dt.datetime.combine(day, dt.time(10), tzinfo=ZoneInfo("Europe/Rome"))
    assert response.status_code == 302
    assert (request.status, request.invited, request.meeting_minutes) == ("invited", world.cluj, 60)
    assert request.proposed_start == local.astimezone(dt.UTC)


def test_the_coordinator_may_invite_another_city_by_name(world, client):
    request = world.ask()
    client.force_login(world.coordinator)
    day = timezone.now().date() + dt.timedelta(days=10)

    client.post(
        reverse("matching:request_invite", args=[request.pk]),
        {"other": "bari", "date": day.isoformat(), "time": "10:00", "meeting_minutes": "90"},
    )

    assert ExchangeRequest.objects.get(pk=request.pk).invited == world.bari


def test_another_city_is_picked_from_the_directory_in_any_language(world, client):
    MunicipalityFactory(name="Valencia", country=CountryFactory(code="ES"), population=800_000)
    MunicipalityFactory(name="Valencia", country=CountryFactory(code="VE"), population=900_000)
    wien = MunicipalityFactory(
        name="Vienna", country=CountryFactory(code="AT"), alternate_names=["Wien"]
    )
    request = world.ask()
    client.force_login(world.coordinator)
    url = reverse("matching:request_invite", args=[request.pk])
    slot = {"date": (timezone.now().date() + dt.timedelta(days=10)).isoformat(), "time": "10:00"}
    page = client.get(reverse("matching:request", args=[request.pk])).content.decode()
    before = stored()

    ambiguous = client.post(url, {"other": "valencia", **slot, "meeting_minutes": "90"})
    unknown = client.post(url, {"other": "Atlantis", **slot, "meeting_minutes": "90"})
    after_refusals = stored()
    picked = client.post(url, {"other": "Wien", "other_pick": "", **slot, "meeting_minutes": "90"})

    assert 'data-directory="/en/network/directory/municipality.json"' in page
    assert "network/directory.js" in page
    assert (ambiguous.status_code, unknown.status_code, picked.status_code) == (400, 400, 302)
    assert ambiguous.context["invite_form"].errors["other"] == [
        "Several places are called valencia: Valencia (VE), Valencia (ES). Type one as shown."
    ]
    assert unknown.context["invite_form"].errors["other"] == [
        "No municipality called “Atlantis” is in the directory."
    ]
    assert after_refusals == before
    assert ExchangeRequest.objects.get(pk=request.pk).invited == wien


def test_a_time_the_clocks_skip_is_refused_with_its_reason(world, client):
    request = world.ask()
    client.force_login(world.coordinator)
    year = timezone.now().year + 1
    spring_forward = max(
        dt.date(year, 3, day) for day in range(25, 32) if dt.date(year, 3, day).weekday() == 6
    )
    before = stored()

    response = client.post(
        reverse("matching:request_invite", args=[request.pk]),
        {"invited": str(world.cluj.pk), "date": spring_forward.isoformat(), "time": "02:30",
         "meeting_minutes": "90"},
    )  # fmt: skip

    assert response.status_code == 400
    assert response.context["invite_form"].errors == {
        "time": ["This time does not exist in Europe/Rome: the clocks skip it."]
    }
    assert stored() == before


def test_the_page_shows_the_slot_in_both_cities_times_to_both_parties(world, client):
    request = world.invite(world.ask())
    start, length = request.proposed_start, dt.timedelta(minutes=90)
    expected = " / ".join(
        f"{format_date(local.date(), format='long', locale='en_GB')}, "
        f"{local:%H:%M}–{local + length:%H:%M} ({local.tzname()})"
        for local in (start.astimezone(ZoneInfo(z)) for z in ("Europe/Rome", "Europe/Bucharest"))
    )
    pages = []
    for user in (world.florence_officer, world.cluj_officer):
        client.force_login(user)
        pages.append(client.get(request.get_absolute_url()).context["slot"])

    assert pages == [expected, expected]


def test_the_steps_show_the_proposed_start_in_the_requesters_time(world, client):
    request = world.invite(world.ask())
    client.force_login(world.cluj_officer)

    history = client.get(request.get_absolute_url()).context["history"]

    local = request.proposed_start.astimezone(ZoneInfo("Europe/Rome"))
    rows = {row.label: (row.old, row.new) for row in history[0].rows}
    assert rows["Proposed start"] == ("—", f"{local:%Y-%m-%d %H:%M} (Europe/Rome)")


def test_the_invited_city_accepts_and_the_page_links_the_planned_meeting(world, client):
    request = world.invite(world.ask())
    client.force_login(world.cluj_officer)

    response = client.post(
        reverse("matching:request_answer", args=[request.pk]),
        {"decision": "accept", "answer": "Gladly."},
        follow=True,
    )

    request.refresh_from_db()
    assert messages_of(response) == ["Accepted: the meeting is planned."]
    assert request.status == "accepted"
    assert f'href="{request.event.get_absolute_url()}"' in response.content.decode()
    history = [entry.get_action_display() for entry in response.context["history"]]
    assert history == ["Accepted", "Invited", "Asked for an exchange"]


def test_a_third_citys_member_cannot_accept(world, client):
    request = world.invite(world.ask())
    client.force_login(world.bari_officer)
    before = stored()

    response = client.post(
        reverse("matching:request_answer", args=[request.pk]), {"decision": "accept"}
    )

    assert response.status_code == 404
    assert stored() == before


def test_answering_twice_shows_why_and_changes_nothing(world, client):
    request = world.invite(world.ask())
    services.decline_invitation(request=request, answer="No", by=world.cluj_officer)
    client.force_login(world.cluj_officer)
    before = stored()

    response = client.post(
        reverse("matching:request_answer", args=[request.pk]),
        {"decision": "accept"},
        follow=True,
    )

    assert messages_of(response) == [
        "Only an invitation waiting for an answer can be answered; this request is "
        "“Declined”. Nothing was changed."
    ]
    assert stored() == before


def test_the_coordinator_undoes_an_acceptance_from_the_page(world, client):
    request = world.accepted()
    client.force_login(world.coordinator)

    response = client.post(reverse("matching:request_undo", args=[request.pk]), follow=True)

    assert messages_of(response) == ["The last step is undone."]
    assert Event.objects.get(pk=request.event_id).status == "cancelled"
    assert response.context["exchange"].status == "invited"


def test_the_requester_withdraws_from_the_page(world, client):
    request = world.ask()
    client.force_login(world.florence_officer)

    response = client.post(reverse("matching:request_withdraw", args=[request.pk]), follow=True)

    assert messages_of(response) == ["The request is withdrawn."]
    assert ExchangeRequest.objects.get(pk=request.pk).status == "withdrawn"


@pytest.mark.parametrize("steps", [1, 3])
def test_request_page_query_count(world, client, django_assert_num_queries, steps):
    request = world.ask()
    if steps == 3:  # invited, then back to open: the same page with a longer history
        world.invite(request)
        services.undo_last_step(request=request, by=world.coordinator)
    client.force_login(world.florence_officer)
    client.get(request.get_absolute_url())

    with django_assert_num_queries(5):
        response = client.get(request.get_absolute_url())

    assert len(response.context["history"]) == steps
