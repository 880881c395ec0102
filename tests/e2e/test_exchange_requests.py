"""An exchange request from end to end in a real browser: a member asks, the coordinator
invites, the other city's member accepts, both see the planned meeting and get the mail
with its calendar invitation."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from tests.e2e import sessions
from tests.matching.exchange_world import build_exchange

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def signed_in_page(browser, live_server, user):
    return sessions.signed_in_page(browser, live_server, user, timezone_id="Europe/Rome")


def test_member_asks_coordinator_invites_other_city_accepts(live_server, browser, settings):
    settings.SITE_URL = live_server.url
    world = build_exchange(settings)
    day = timezone.now().date() + dt.timedelta(days=14)
    start = dt.datetime.combine(day, dt.time(10), tzinfo=ZoneInfo("Europe/Rome"))

    # Florence's officer asks from Cluj-Napoca's page.
    florence = signed_in_page(browser, live_server, world.florence_officer)
    florence.goto(f"{live_server.url}{world.cluj.get_absolute_url()}")
    florence.get_by_role("link", name="Ask for an exchange with Cluj-Napoca").click()
    florence.get_by_label("Housing").check()
    florence.fill("[name=message]", "How do you house newcomers in the first months?")
    florence.get_by_role("button", name="Send the request").click()
    expect(florence.locator(".request-status")).to_have_text("Waiting for the coordinator")

    # The coordinator finds it first in the list and invites Cluj-Napoca (the city asked for).
    coordinator = signed_in_page(browser, live_server, world.coordinator)
    coordinator.goto(f"{live_server.url}/en/exchanges/requests/")
    coordinator.locator(".request-list tbody tr a").first.click()
    expect(coordinator.get_by_label("Cluj-Napoca (asked for)")).to_be_checked()
    coordinator.fill("[name=date]", day.isoformat())
    coordinator.fill("[name=time]", "10:00")
    coordinator.get_by_role("button", name="Send the invitation").click()
    expect(coordinator.locator(".messages")).to_have_text("Cluj-Napoca is invited.")
    expect(coordinator.locator(".request-slot")).to_contain_text(
        f"{start:%H:%M}–{start + dt.timedelta(minutes=90):%H:%M} ({start.tzname()})"
    )

    # Cluj-Napoca's officer follows the link of the invitation e-mail and accepts.
    invitation = next(m for m in mail.outbox if m.to == [world.cluj_officer.email])
    link = re.search(rf"{re.escape(live_server.url)}\S+", invitation.body).group(0)
    cluj = signed_in_page(browser, live_server, world.cluj_officer)
    cluj.goto(link)
    cluj.fill("[name=answer]", "Gladly: our housing office will join.")
    cluj.get_by_role("button", name="Accept").click()
    expect(cluj.locator(".messages")).to_have_text("Accepted: the meeting is planned.")
    title = "1st online peer-to-peer exchange: Florence – Cluj-Napoca"
    expect(cluj.locator(".request-event a")).to_have_text(title)

    # Florence sees the planned meeting too, in both cities' times.
    florence.reload()
    expect(florence.locator(".request-status")).to_have_text("Accepted")
    florence.locator(".request-event a").click()
    expect(florence.locator("h1")).to_contain_text(title)
    expect(florence.locator(".local-times li[data-zone='Europe/Bucharest']")).to_contain_text(
        "Cluj-Napoca"
    )

    # Both cities' officers got the acceptance with the meeting's calendar invitation.
    planned = [m for m in mail.outbox if m.subject.startswith("Exchange planned")]
    assert sorted(m.to[0] for m in planned) == sorted(
        [world.florence_officer.email, world.cluj_officer.email, world.coordinator.email]
    )
    for message in planned:
        name, content, _type = message.attachments[0]
        event = Calendar.from_ical(content).walk("VEVENT")[0]
        assert (name, str(event["summary"])) == ("meeting.ics", title)
        assert event.decoded("dtstart") == start.astimezone(dt.UTC)
