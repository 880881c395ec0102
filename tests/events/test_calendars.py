import datetime as dt

import pytest
from django.utils import timezone
from icalendar import Calendar

from citypeers.events import selectors, services
from tests.factories import EventParticipantFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


def vevents(response):
    calendar = Calendar.from_ical(response.content)
    return [component for component in calendar.walk("VEVENT")]


def test_event_ics_round_trip_keeps_times_summary_url_and_status(client, exchange):
    response = client.get(f"/en/events/{exchange.pk}.ics")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    (entry,) = vevents(response)
    assert entry.decoded("dtstart") == exchange.starts_at
    assert entry.decoded("dtend") == exchange.ends_at
    assert str(entry["summary"]) == "Peer exchange: Florence – Cluj-Napoca"
    assert str(entry["url"]) == f"http://testserver/en/events/{exchange.pk}/"
    assert str(entry["location"]) == "Online"
    assert str(entry["status"]) == "CONFIRMED"
    assert str(entry["uid"]) == f"event-{exchange.pk}@citypeers"
    assert "10:00–12:00 (CET) / 11:00–13:00 (EET)" in str(entry["description"])


def test_event_ics_hides_the_meeting_link_from_visitors(client, exchange):
    response = client.get(f"/en/events/{exchange.pk}.ics")

    assert b"meet.example.org" not in response.content


def test_event_ics_uid_is_stable_when_the_event_moves(client, exchange):
    before = vevents(client.get(f"/en/events/{exchange.pk}.ics"))[0]

    later = exchange.starts_at + dt.timedelta(days=7)
    services.update_event(event=exchange, starts_at=later, ends_at=later + dt.timedelta(hours=2))
    after = vevents(client.get(f"/en/events/{exchange.pk}.ics"))[0]

    assert str(after["uid"]) == str(before["uid"])
    assert after.decoded("dtstart") == later
    assert int(after["sequence"]) >= int(before["sequence"])


def test_cancelled_event_is_cancelled_in_the_calendar(client, exchange):
    services.cancel_event(event=exchange)

    (entry,) = vevents(client.get(f"/en/events/{exchange.pk}.ics"))

    assert str(entry["status"]) == "CANCELLED"


def test_calendar_feeds_per_municipality_and_theme(client, exchange):
    florence = exchange.participants.first().municipality
    elsewhere = EventParticipantFactory(
        event__starts_at=dt.datetime(2030, 5, 1, 9, tzinfo=dt.UTC)
    ).event

    everything = vevents(client.get("/en/events/calendar.ics"))
    of_florence = vevents(client.get(f"/en/events/calendar/municipality/{florence.pk}.ics"))
    on_housing = vevents(client.get("/en/events/calendar/theme/housing.ics"))

    assert [str(e["uid"]) for e in everything] == [
        f"event-{elsewhere.pk}@citypeers",
        f"event-{exchange.pk}@citypeers",
    ]
    assert [str(e["uid"]) for e in of_florence] == [f"event-{exchange.pk}@citypeers"]
    assert [str(e["uid"]) for e in on_housing] == [f"event-{exchange.pk}@citypeers"]
    assert client.get("/en/events/calendar/theme/magic.ics").status_code == 404


def test_reports_feed_lists_published_reports(client):
    start = dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC)
    event = services.create_event(
        kind="peer_exchange", starts_at=start, ends_at=start + dt.timedelta(hours=2)
    )
    services.conclude_event(event=event, report="<p>We met <b>and learned</b>.</p>")

    response = client.get("/en/events/reports.atom")

    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "We met &lt;b&gt;and learned&lt;/b&gt;." in body
    assert f"event-report-{event.pk}" in body


def test_event_known_only_by_its_dates_is_a_whole_day_event(client):
    milan = MunicipalityFactory(name="Milan", timezone="Europe/Rome")
    event = services.create_event(
        kind="consultation",
        format="in_person",
        venue=milan,
        municipalities=[milan],
        starts_at=dt.datetime(2020, 10, 7, 22, tzinfo=dt.UTC),
        ends_at=dt.datetime(2020, 10, 9, 22, tzinfo=dt.UTC),
        has_times=False,
    )

    (entry,) = vevents(client.get(f"/en/events/{event.pk}.ics"))

    assert entry.decoded("dtstart") == dt.date(2020, 10, 8)
    assert entry.decoded("dtend") == dt.date(2020, 10, 10)
    assert str(entry["location"]) == "Milan"


def test_event_ics_of_a_title_with_line_breaks_is_one_calendar(client, exchange):
    exchange.title = "Line one\nline two\r\nthree"
    exchange.save()

    response = client.get(f"/en/events/{exchange.pk}.ics")

    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["x-wr-calname"]) == "Line one line two three"
    (entry,) = vevents(response)
    assert str(entry["summary"]) == "Line one\nline two\nthree"


def test_calendar_feeds_keep_meetings_held_within_the_past_window(client, settings, exchange):
    settings.CALENDAR_FEED_PAST_DAYS = 30
    now = timezone.now()
    florence = exchange.participants.first().municipality
    held = services.create_event(
        kind="peer_exchange",
        starts_at=now - dt.timedelta(days=10),
        ends_at=now - dt.timedelta(days=10) + dt.timedelta(hours=2),
        municipalities=[florence],
        themes=["housing"],
    )
    services.create_event(  # ended before the window: left out
        kind="peer_exchange",
        starts_at=now - dt.timedelta(days=40),
        ends_at=now - dt.timedelta(days=40) + dt.timedelta(hours=2),
        municipalities=[florence],
        themes=["housing"],
    )
    expected = [f"event-{held.pk}@citypeers", f"event-{exchange.pk}@citypeers"]

    feeds = [
        "/en/events/calendar.ics",
        f"/en/events/calendar/municipality/{florence.pk}.ics",
        "/en/events/calendar/theme/housing.ics",
    ]

    for feed in feeds:
        uids = [str(entry["uid"]) for entry in vevents(client.get(feed))]
        assert uids == expected, feed


def test_calendar_feed_past_window_of_zero_days_holds_only_what_has_not_ended(
    client, settings, exchange
):
    settings.CALENDAR_FEED_PAST_DAYS = 0
    now = timezone.now()
    services.create_event(
        kind="peer_exchange",
        starts_at=now - dt.timedelta(days=1),
        ends_at=now - dt.timedelta(days=1) + dt.timedelta(hours=2),
    )

    uids = [str(entry["uid"]) for entry in vevents(client.get("/en/events/calendar.ics"))]

    assert uids == [f"event-{exchange.pk}@citypeers"]


def test_calendar_feed_over_its_limit_leaves_out_the_oldest(settings):
    settings.CALENDAR_FEED_PAST_DAYS = 365
    now = timezone.now()
    days = [-20, -10, 5, 15]
    made = [
        services.create_event(
            kind="peer_exchange",
            starts_at=now + dt.timedelta(days=day),
            ends_at=now + dt.timedelta(days=day, hours=2),
        )
        for day in days
    ]

    events = selectors.calendar_feed_events(limit=3)

    assert events == made[1:]
