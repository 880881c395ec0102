"""The events' pages, calendars and feed cost the same number of queries for 1 row as for 3.

Each test builds the rows at 1 and at 3 (through the services where they write the
history), asks as the role that sees them, counts the queries exactly and checks what
the page shows.
"""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from citypeers.events import services
from citypeers.events.models import EventTheme
from tests.audit_rows import audit_rows
from tests.factories import (
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    PersonFactory,
    PracticeFactory,
)

pytestmark = pytest.mark.django_db

ROWS = [1, 3]
THEMES = ["housing", "employment", "education", "health"]
START = dt.datetime(2022, 3, 1, 9, tzinfo=dt.UTC)


def exchange(index: int, *, starts_at: dt.datetime, host=None):
    """A two-hour exchange of ``host`` (or a new town) and a guest town, on one theme."""
    event = EventFactory(starts_at=starts_at, ends_at=starts_at + dt.timedelta(hours=2))
    host = host or MunicipalityFactory(name=f"Host {index}")
    EventParticipantFactory(event=event, municipality=host)
    EventParticipantFactory(
        event=event, municipality=MunicipalityFactory(name=f"Guest {index}"), position=1
    )
    EventTheme.objects.create(event=event, theme=THEMES[index])
    return event


def titles(html: str) -> list[str]:
    """The exchanges' titles in the order a page or a calendar shows them."""
    return re.findall(r"Peer exchange: Host \d – Guest \d", html)


def expected_titles(indexes) -> list[str]:
    return [f"Peer exchange: Host {index} – Guest {index}" for index in indexes]


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize(
    ("role", "queries"),
    [
        # page count, the filters' counts (the cache is empty: 8 queries), the countries
        # of the country filter, page rows, their parties, their themes
        ("visitor", 13),
        # ... session, user, the events to conclude, the overdue follow-ups
        ("coordinator", 17),
    ],
)
def test_event_list_query_count(request, client, role, queries, rows, django_assert_num_queries):
    if role != "visitor":
        client.force_login(request.getfixturevalue(role))
    for index in range(rows):
        exchange(index, starts_at=START + dt.timedelta(days=index))

    with django_assert_num_queries(queries):
        response = client.get(reverse("events:list"))

    assert titles(response.content.decode()) == expected_titles(reversed(range(rows)))


def history_of_sessions(html: str, *, by) -> list[str]:
    """The sessions named by the page's history entries that name ``by``, newest first."""
    return [
        found.group()
        for row in audit_rows(html)
        if row.who == by.username
        for found in [re.search(r"Session \d", " ".join(new for _label, new in row.changes))]
        if found
    ]


def event_page_rows(event, rows: int, *, host, coordinator) -> list[str]:
    """Parties, presentations, people, sessions, follow-ups with progress, documents and
    history entries, ``rows`` of each, written through the services; what each row shows."""
    shown = []
    for index in range(rows):
        town = host if index == 0 else MunicipalityFactory(name=f"Guest {index}")
        party = EventParticipantFactory(event=event, municipality=town, position=index)
        services.add_presentation(
            event=event, participant=party, title=f"Presentation {index}", by=coordinator
        )
        PracticeFactory(name=f"Presentation {index}", municipality=town).presented_at.add(event)
        session = services.add_session(
            event=event,
            title=f"Session {index}",
            kind="panel",
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            by=coordinator,
        )
        services.add_person(
            event=event,
            person=PersonFactory(name=f"Speaker {index}"),
            role="speaker",
            participant=party,
            session=session,
            by=coordinator,
        )
        action = services.add_follow_up(
            event=event, description=f"Follow-up {index}", participant=party, by=coordinator
        )
        services.add_follow_up_progress(action=action, note=f"Progress {index}", by=coordinator)
        DocumentFactory(item=event, title=f"Document {index}", visibility="public")
        shown += [f"{kind} {index}" for kind in ("Presentation", "Session", "Speaker")]
        shown += [f"{kind} {index}" for kind in ("Follow-up", "Progress", "Document")]
    return shown


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize(
    ("role", "queries"),
    [
        # the event; its parties, their presentations, the practices they name, themes,
        # sessions, people, follow-ups, their progress and its authors; the documents
        ("visitor", 11),
        # ... session, user, the user's bodies, the user's model permissions (two)
        ("member", 16),
        # ... session, user, the history (no bodies: coordinators may do everything)
        ("coordinator", 14),
    ],
)
def test_event_page_query_count(
    request, client, municipality, coordinator, role, queries, rows, django_assert_num_queries
):
    if role != "visitor":
        client.force_login(request.getfixturevalue(role))
    event = EventFactory(starts_at=START, ends_at=START + dt.timedelta(hours=2))
    shown = event_page_rows(event, rows, host=municipality, coordinator=coordinator)

    with django_assert_num_queries(queries):
        response = client.get(event.get_absolute_url())

    html = response.content.decode()
    linked = re.findall(r'<a href="/en/practices/\d+/">(Presentation \d)</a>', html)
    assert linked == [f"Presentation {index}" for index in range(rows)]
    # Visitors see neither progress notes nor people's names (``people_readers``).
    hidden = (
        []
        if role != "visitor"
        else [f"{kind} {index}" for kind in ("Progress", "Speaker") for index in range(rows)]
    )
    assert [text for text in shown if text in html] == [t for t in shown if t not in hidden]
    assert history_of_sessions(html, by=coordinator) == (
        [f"Session {index}" for index in reversed(range(rows))] if role == "coordinator" else []
    )


def upcoming_exchanges(rows: int, *, host) -> None:
    """``rows`` exchanges of ``host`` on reception in the coming days, and one of others.

    Calendars list the events not yet ended; the last one is in the full feed only.
    """
    soon = timezone.now().replace(microsecond=0) + dt.timedelta(days=1)
    for index in range(rows):
        event = exchange(index, starts_at=soon + dt.timedelta(days=index), host=host)
        EventTheme.objects.create(event=event, theme="reception")
    exchange(rows, starts_at=soon + dt.timedelta(days=rows))


def calendar_titles(body: bytes) -> list[str]:
    """The exchanges' titles in a calendar (long lines are folded at 75 octets)."""
    return re.findall(r"SUMMARY:([^\r\n]*)", body.decode().replace("\r\n ", ""))


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize(
    ("feed", "queries"),
    [
        ("calendar", 3),  # events, their parties, their themes
        ("calendar_municipality", 4),  # the municipality, ...
        ("calendar_theme", 3),
    ],
)
def test_calendar_feed_query_count(client, feed, queries, rows, django_assert_num_queries):
    host = MunicipalityFactory(name="Host")
    upcoming_exchanges(rows, host=host)
    arguments = {"calendar_municipality": {"pk": host.pk}, "calendar_theme": {"theme": "reception"}}
    expected = [f"Peer exchange: Host – Guest {index}" for index in range(rows)]
    if feed == "calendar":
        expected.append(f"Peer exchange: Host {rows} – Guest {rows}")

    with django_assert_num_queries(queries):
        response = client.get(reverse(f"events:{feed}", kwargs=arguments.get(feed)))

    assert calendar_titles(response.content) == expected


@pytest.mark.parametrize("rows", ROWS)
@pytest.mark.parametrize(
    ("role", "queries"),
    [
        ("visitor", 7),  # the event with what its page shows (events_for_page)
        ("member", 10),  # ... session, user, the user's bodies (to give the meeting link)
    ],
)
def test_event_calendar_file_query_count(
    request, client, municipality, role, queries, rows, django_assert_num_queries
):
    if role != "visitor":
        client.force_login(request.getfixturevalue(role))
    event = EventFactory(
        starts_at=START,
        ends_at=START + dt.timedelta(hours=2),
        meeting_url="https://meet.example.org/x",
    )
    zones = ["Europe/Rome", "Europe/Athens", "Europe/Lisbon"]
    for index in range(rows):
        town = municipality if index == 0 else MunicipalityFactory(name=f"Guest {index}")
        town.timezone = zones[index]
        town.save()
        EventParticipantFactory(event=event, municipality=town, position=index)
        EventTheme.objects.create(event=event, theme=THEMES[index])

    with django_assert_num_queries(queries):
        response = client.get(reverse("events:ics", kwargs={"pk": event.pk}))

    body = response.content.decode().replace("\r\n ", "")
    names = " – ".join([municipality.name] + [f"Guest {index}" for index in range(1, rows)])
    assert calendar_titles(response.content) == [f"Peer exchange: {names}"]
    assert re.findall(r"CATEGORIES:([^\r\n]*)", body) == sorted(THEMES[:rows])
    assert ("https://meet.example.org/x" in body) is (role == "member")


@pytest.mark.parametrize("rows", ROWS)
def test_report_feed_query_count(client, coordinator, rows, django_assert_num_queries):
    for index in range(rows):
        event = exchange(index, starts_at=START + dt.timedelta(days=index))
        services.conclude_event(event=event, report=f"<p>Report {index}</p>", by=coordinator)

    with django_assert_num_queries(3):  # reports, their parties, their themes
        response = client.get(reverse("events:reports_feed"))

    body = response.content.decode()
    assert titles(body) == expected_titles(reversed(range(rows)))
    assert re.findall(r"Report \d", body) == [f"Report {index}" for index in reversed(range(rows))]


@pytest.mark.parametrize("rows", ROWS)
def test_zones_of_typed_municipalities_query_count(
    coordinator_client, rows, django_assert_num_queries
):
    zones = ["Europe/Rome", "Europe/Athens", "Europe/Lisbon"]
    towns = [MunicipalityFactory(name=f"Town {n}", timezone=zones[n]) for n in range(rows)]
    typed = "\n".join(f"{town.name} (it)" for town in towns)

    # session, user, the typed names looked up together
    with django_assert_num_queries(3):
        response = coordinator_client.get(reverse("events:zones"), {"names": typed})

    assert response.json() == {
        "municipalities": [{"name": town.name, "zone": town.timezone} for town in towns],
        "errors": [],
    }
