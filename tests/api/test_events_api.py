import datetime as dt

import pytest

from citypeers.events.models import Event
from tests.api.tokens import sign_in, sign_out
from tests.factories import (
    DocumentFactory,
    EventFactory,
    EventParticipantFactory,
    EventPersonFactory,
    MunicipalityFactory,
)

pytestmark = pytest.mark.django_db


def exchange(start):
    event = EventFactory(starts_at=start, ends_at=start + dt.timedelta(hours=2), status="concluded")
    EventParticipantFactory(event=event, municipality=MunicipalityFactory(timezone="Europe/Rome"))
    EventParticipantFactory(
        event=event,
        municipality=MunicipalityFactory(timezone="Europe/Bucharest", country__code="RO"),
    )
    return event


def test_event_times_are_given_in_every_party_zone(client):
    event = exchange(dt.datetime(2020, 12, 3, 9, 0, tzinfo=dt.UTC))

    body = client.get(f"/api/v1/events/{event.pk}").json()

    assert body["zones"] == ["Europe/Rome", "Europe/Bucharest"]
    assert body["local_times"] == "10:00–12:00 (CET) / 11:00–13:00 (EET)"
    assert body["starts_at"] == "2020-12-03T09:00:00Z"


def test_event_list_filters_by_status_and_pages(client):
    exchange(dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))
    exchange(dt.datetime(2021, 3, 31, 12, tzinfo=dt.UTC))
    EventFactory(status="planned")

    body = client.get("/api/v1/events", {"status": "concluded", "limit": 1}).json()

    assert body["count"] == 2
    assert [item["starts_at"][:10] for item in body["items"]] == ["2021-03-31"]


@pytest.mark.parametrize("events", [1, 3])
def test_event_list_query_count_does_not_grow_with_rows(
    client, django_assert_max_num_queries, events
):
    for day in range(events):
        exchange(dt.datetime(2021, 1, 1 + day, 9, tzinfo=dt.UTC))

    with django_assert_max_num_queries(8):
        body = client.get("/api/v1/events").json()

    assert body["count"] == events


def test_unknown_event_is_a_json_404(client):
    assert client.get("/api/v1/events/424242").json() == {"detail": "Not found.", "field": None}


def test_api_answers_429_past_the_rate_limit_for_that_address_only(client, settings):
    settings.API_RATE_LIMIT = "3/min"

    first = [client.get("/api/v1/events", REMOTE_ADDR="10.1.1.1").status_code for _ in range(4)]
    other = client.get("/api/v1/events", REMOTE_ADDR="10.1.1.2")

    assert first == [200, 200, 200, 429]
    assert other.status_code == 200


@pytest.mark.parametrize("country", ["\x00", "I\x00", "1T"])
def test_event_country_filter_that_cannot_be_a_code_is_refused(client, country):
    """A NUL in a filter once answered 500 on PostgreSQL, which refuses it in any text."""
    exchange(dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))

    response = client.get("/api/v1/events", {"country": country})

    assert (response.status_code, response.json()["field"]) == (400, "country")


def test_event_times_are_given_as_local_times_of_each_zone(client):
    event = exchange(dt.datetime(2020, 12, 3, 9, 0, tzinfo=dt.UTC))

    body = client.get(f"/api/v1/events/{event.pk}").json()

    assert body["times"] == [
        {
            "zone": "Europe/Rome",
            "starts_at": "2020-12-03T10:00:00+01:00",
            "ends_at": "2020-12-03T12:00:00+01:00",
        },
        {
            "zone": "Europe/Bucharest",
            "starts_at": "2020-12-03T11:00:00+02:00",
            "ends_at": "2020-12-03T13:00:00+02:00",
        },
    ]


def test_event_sessions_come_with_their_local_times(client):
    event = exchange(dt.datetime(2020, 12, 3, 9, 0, tzinfo=dt.UTC))
    session = event.sessions.create(
        title="Housing panel",
        starts_at=dt.datetime(2020, 12, 3, 9, 30, tzinfo=dt.UTC),
        ends_at=dt.datetime(2020, 12, 3, 10, 30, tzinfo=dt.UTC),
        themes=["housing"],
    )

    body = client.get(f"/api/v1/events/{event.pk}").json()

    assert [(s["id"], s["title"], s["themes"]) for s in body["sessions"]] == [
        (session.pk, "Housing panel", ["housing"])
    ]
    assert body["sessions"][0]["times"][1]["starts_at"] == "2020-12-03T11:30:00+02:00"


def test_event_report_is_shown_once_published_and_to_coordinators_before(client, coordinator):
    event = exchange(dt.datetime(2020, 12, 3, 9, 0, tzinfo=dt.UTC))
    Event.objects.filter(pk=event.pk).update(report="<p>Draft notes</p>")
    address = f"/api/v1/events/{event.pk}"

    before = client.get(address).json()["report"]
    sign_in(client, coordinator)
    to_coordinator = client.get(address).json()["report"]
    sign_out(client)
    Event.objects.filter(pk=event.pk).update(report_published_at=event.starts_at)
    published = client.get(address).json()["report"]

    assert (before, to_coordinator, published) == (None, "<p>Draft notes</p>", "<p>Draft notes</p>")


def test_event_people_are_named_to_members_only(client, member):
    event = exchange(dt.datetime(2020, 12, 3, 9, 0, tzinfo=dt.UTC))
    EventPersonFactory(event=event, person__name="Ada Rossi", title="Mayor")
    address = f"/api/v1/events/{event.pk}"

    as_visitor = client.get(address).json()["people"]
    sign_in(client, member)
    as_member = client.get(address).json()["people"]

    assert [(p["name"], p["title"]) for p in as_visitor] == [(None, "Mayor")]
    assert [(p["name"], p["title"]) for p in as_member] == [("Ada Rossi", "Mayor")]


def test_meeting_link_is_for_the_event_parties(client, member, municipality):
    event = exchange(dt.datetime(2020, 12, 3, 9, 0, tzinfo=dt.UTC))
    Event.objects.filter(pk=event.pk).update(meeting_url="https://meet.example.org/x")
    address = f"/api/v1/events/{event.pk}"

    sign_in(client, member)
    not_a_party = client.get(address).json()["meeting_url"]
    EventParticipantFactory(event=event, municipality=municipality, position=2)
    a_party = client.get(address).json()["meeting_url"]

    assert (not_a_party, a_party) == (None, "https://meet.example.org/x")


def test_event_documents_are_listed_as_on_its_page(client, member):
    event = exchange(dt.datetime(2020, 12, 3, 9, 0, tzinfo=dt.UTC))
    public = DocumentFactory(item=event, visibility="public", title="Agenda")
    members = DocumentFactory(item=event, visibility="members", title="Contacts")
    DocumentFactory(item=event, visibility="participants", title="Minutes")
    address = f"/api/v1/events/{event.pk}"

    as_visitor = client.get(address).json()["documents"]
    sign_in(client, member)
    as_member = client.get(address).json()["documents"]

    assert [(d["title"], d["may_download"]) for d in as_visitor] == [
        ("Contacts", False),
        ("Agenda", True),
    ]
    assert [(d["title"], d["may_download"]) for d in as_member] == [
        ("Contacts", True),
        ("Agenda", True),
    ]
    assert as_visitor[1]["download_url"] == f"http://testserver/en/documents/{public.pk}/download/"
    assert as_visitor[0]["url"] == f"http://testserver/en/documents/{members.pk}/"


def test_events_to_conclude_are_a_coordinators_filter(client, coordinator):
    overdue = exchange(dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))
    Event.objects.filter(pk=overdue.pk).update(status="planned")
    exchange(dt.datetime(2021, 3, 9, 9, tzinfo=dt.UTC))

    as_visitor = client.get("/api/v1/events", {"to_conclude": "true"})
    sign_in(client, coordinator)
    as_coordinator = client.get("/api/v1/events", {"to_conclude": "true"}).json()

    assert (as_visitor.status_code, as_visitor.json()["field"]) == (400, "to_conclude")
    assert [item["id"] for item in as_coordinator["items"]] == [overdue.pk]


def test_events_order_oldest_first_when_asked(client):
    older = exchange(dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))
    newer = exchange(dt.datetime(2021, 3, 31, 12, tzinfo=dt.UTC))

    body = client.get("/api/v1/events", {"ordering": "starts_at"}).json()

    assert [item["id"] for item in body["items"]] == [older.pk, newer.pk]
    assert body["items"][0]["api_url"] == f"http://testserver/api/v1/events/{older.pk}"
    assert body["items"][0]["url"] == f"http://testserver/en/events/{older.pk}/"


def test_events_are_found_by_a_party_city_alternate_name_and_by_title(client):
    rome = MunicipalityFactory(name="Roma", alternate_names=["Rome"])
    in_rome = EventFactory(starts_at=dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))
    EventParticipantFactory(event=in_rome, municipality=rome)
    titled = EventFactory(
        title="Rome and its neighbours", starts_at=dt.datetime(2021, 2, 1, 9, tzinfo=dt.UTC)
    )
    exchange(dt.datetime(2021, 3, 9, 9, tzinfo=dt.UTC))

    body = client.get("/api/v1/events", {"q": "rome", "ordering": "starts_at"}).json()

    assert [item["id"] for item in body["items"]] == [titled.pk, in_rome.pk]


def test_event_search_reads_reports_only_where_the_reader_may(client, coordinator):
    event = exchange(dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))
    event.report = "<p>Mentoring of newcomers</p>"
    event.save(update_fields=["report"])

    as_visitor = client.get("/api/v1/events", {"q": "mentoring"}).json()["count"]
    sign_in(client, coordinator)
    as_coordinator = client.get("/api/v1/events", {"q": "mentoring"}).json()["count"]

    assert (as_visitor, as_coordinator) == (0, 1)
