"""Writes through the API: every endpoint and method, for every kind of caller.

The rules are the site's: a coordinator manages events and follow-ups, an officer of a
municipality reports progress on its events' follow-ups, files and edits its practices
and edits its profile. A refused write answers as the site does (401 without a token,
404 to a signed-in user without the right) and changes nothing stored.
"""

import datetime as dt
import json
from dataclasses import dataclass

import pytest

from citypeers.api.services import create_token
from citypeers.core.models import AuditEntry
from citypeers.events.models import Event, FollowUpAction, FollowUpProgress
from citypeers.network.models import CityProfile
from citypeers.practices.models import Practice
from tests.factories import (
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    PracticeFactory,
)
from tests.url_walk import stored_rows

pytestmark = pytest.mark.django_db

ROLES = ("visitor", "member of the city", "member of another city", "coordinator")


@dataclass
class World:
    city: object
    event: object
    follow_up: object
    practice: object
    tokens: dict


@pytest.fixture
def world(municipality, member, outsider, coordinator):
    event = EventFactory(starts_at=dt.datetime(2024, 3, 4, 9, tzinfo=dt.UTC))
    EventParticipantFactory(event=event, municipality=municipality)
    EventParticipantFactory(event=event, municipality=MunicipalityFactory())
    users = {"member of the city": member, "member of another city": outsider}
    users["coordinator"] = coordinator
    tokens = {
        role: create_token(user=user, name="Script", scope="read-write").secret
        for role, user in users.items()
    }
    tokens["read-only member"] = create_token(user=member, name="Read", scope="read").secret
    return World(
        city=municipality,
        event=event,
        follow_up=FollowUpAction.objects.create(event=event, description="Share the guide"),
        practice=PracticeFactory(municipality=municipality, name="Welcome desk"),
        tokens=tokens,
    )


def call(client, world, role, method, url, body=None, raw=None):
    headers = {"Authorization": f"Bearer {world.tokens[role]}"} if role in world.tokens else {}
    content = raw if raw is not None else json.dumps(body or {})
    return getattr(client, method)(
        url, data=content, content_type="application/json", headers=headers
    )


def event_body(world):
    return {
        "kind": "peer_exchange",
        "starts_at": "2031-05-06T08:00:00Z",
        "ends_at": "2031-05-06T10:00:00+00:00",
        "municipalities": [world.city.pk],
        "themes": ["housing"],
        "title": "Housing exchange",
    }


# name -> (method, URL, body, what each role gets: visitor, member, other member, coordinator)
ENDPOINTS = {
    "create event": (
        "post",
        lambda w: "/api/v1/events",
        event_body,
        (401, 404, 404, 201),
    ),
    "update event": (
        "patch",
        lambda w: f"/api/v1/events/{w.event.pk}",
        lambda w: {"title": "Renamed", "themes": ["employment"]},
        (401, 404, 404, 200),
    ),
    "cancel event": (
        "post",
        lambda w: f"/api/v1/events/{w.event.pk}/cancel",
        lambda w: {},
        (401, 404, 404, 200),
    ),
    "conclude event": (
        "post",
        lambda w: f"/api/v1/events/{w.event.pk}/conclude",
        lambda w: {"report": "<p>We met.</p><script>x()</script>", "common_challenges": "Housing"},
        (401, 404, 404, 200),
    ),
    "add follow-up": (
        "post",
        lambda w: f"/api/v1/events/{w.event.pk}/follow-ups",
        lambda w: {"description": "Visit the shelter", "due_on": "2024-06-01"},
        (401, 404, 404, 201),
    ),
    "update follow-up": (
        "patch",
        lambda w: f"/api/v1/follow-ups/{w.follow_up.pk}",
        lambda w: {"done": True},
        (401, 404, 404, 200),
    ),
    "add progress": (
        "post",
        lambda w: f"/api/v1/follow-ups/{w.follow_up.pk}/progress",
        lambda w: {"note": "Guide translated", "marks_done": True},
        (401, 201, 404, 201),
    ),
    "create practice": (
        "post",
        lambda w: "/api/v1/practices",
        lambda w: {"name": "Language café", "language": "en", "municipality": w.city.pk},
        (401, 201, 422, 201),
    ),
    "update practice": (
        "patch",
        lambda w: f"/api/v1/practices/{w.practice.pk}",
        lambda w: {"summary": "Open every Monday.", "themes": ["education"]},
        (401, 200, 404, 200),
    ),
    "update profile": (
        "put",
        lambda w: f"/api/v1/network/municipalities/{w.city.pk}/profile",
        lambda w: {
            "foreign_residents": 1200,
            "foreign_residents_share": "4.5",
            "challenges": [{"theme": "housing", "priority": 1}],
            "communities": [{"country": w.city.country_id, "count": 300}],
        },
        (401, 200, 404, 200),
    ),
}
CASES = [
    (name, role, expected[i])
    for name, (_m, _u, _b, expected) in ENDPOINTS.items()
    for i, role in enumerate(ROLES)
]


@pytest.mark.parametrize(("name", "role", "status"), CASES)
def test_write_answers_each_caller_as_the_site_would(client, world, name, role, status):
    method, url, body, _expected = ENDPOINTS[name]
    before = stored_rows()

    response = call(client, world, role, method, url(world), body(world))

    assert response.status_code == status, response.content
    if status >= 400:
        assert set(response.json()) == {"detail", "field"}
        assert stored_rows() == before
    else:
        assert response.json()["url"].startswith("http://testserver/")
        assert AuditEntry.objects.latest("pk").by.username != ""


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_read_only_token_cannot_write(client, world, name):
    method, url, body, _expected = ENDPOINTS[name]
    before = stored_rows()

    response = call(client, world, "read-only member", method, url(world), body(world))

    assert response.status_code == 403
    assert response.json() == {
        "detail": "This API token may only read; writing needs a read-write token.",
        "field": None,
    }
    assert stored_rows() == before


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
def test_write_without_a_token_asks_for_one(client, world, name):
    method, url, body, _expected = ENDPOINTS[name]

    response = call(client, world, "visitor", method, url(world), body(world))

    assert response.json() == {
        "detail": "Writing needs an API token: send “Authorization: Bearer <token>”.",
        "field": "Authorization",
    }


def test_a_signed_in_session_does_not_count_in_the_api(client, world, coordinator):
    client.force_login(coordinator)
    before = stored_rows()

    response = client.post("/api/v1/events", event_body(world), content_type="application/json")

    assert response.status_code == 401
    assert stored_rows() == before


def test_coordinator_creates_an_event_with_its_parties_and_themes(client, world, coordinator):
    response = call(client, world, "coordinator", "post", "/api/v1/events", event_body(world))

    event = Event.objects.get(pk=response.json()["id"])
    assert response.json()["url"] == f"http://testserver/en/events/{event.pk}/"
    assert (event.title, event.created_by) == ("Housing exchange", coordinator)
    assert event.starts_at == dt.datetime(2031, 5, 6, 8, tzinfo=dt.UTC)
    assert [p.municipality for p in event.participants.all()] == [world.city]
    assert list(event.themes.values_list("theme", flat=True)) == ["housing"]


def test_update_changes_only_the_fields_given(client, world):
    old_start = world.event.starts_at

    call(client, world, "coordinator", "patch", f"/api/v1/events/{world.event.pk}", {"title": "X"})

    world.event.refresh_from_db()
    assert (world.event.title, world.event.starts_at, world.event.participants.count()) == (
        "X",
        old_start,
        2,
    )


def test_coordinator_concludes_an_event_with_its_cleaned_report(client, world):
    url = f"/api/v1/events/{world.event.pk}/conclude"

    call(
        client, world, "coordinator", "post", url, {"report": "<p>We met.</p><script>x()</script>"}
    )

    world.event.refresh_from_db()
    assert (world.event.status, world.event.report) == ("concluded", "<p>We met.</p>")
    assert world.event.report_published_at is not None


def test_member_reports_progress_that_marks_the_action_done(client, world, member):
    url = f"/api/v1/follow-ups/{world.follow_up.pk}/progress"

    call(client, world, "member of the city", "post", url, {"note": "Done", "marks_done": True})

    world.follow_up.refresh_from_db()
    assert world.follow_up.done_at is not None
    assert FollowUpProgress.objects.get().author == member


def test_member_files_a_draft_practice_under_their_city(client, world, member):
    body = {"name": "Language café", "language": "en", "municipality": world.city.pk}

    response = call(client, world, "member of the city", "post", "/api/v1/practices", body)

    practice = Practice.objects.get(pk=response.json()["id"])
    assert (practice.status, practice.municipality, practice.created_by) == (
        "draft",
        world.city,
        member,
    )


def test_profile_is_replaced_as_a_whole(client, world):
    url = f"/api/v1/network/municipalities/{world.city.pk}/profile"
    body = ENDPOINTS["update profile"][2](world)

    call(client, world, "member of the city", "put", url, body)

    profile = CityProfile.objects.get(municipality=world.city)
    assert (profile.foreign_residents, str(profile.foreign_residents_share)) == (1200, "4.50")
    assert list(profile.challenges.values_list("theme", "priority")) == [("housing", 1)]


# Bad input: a 4xx naming the problem, nothing written.


@pytest.mark.parametrize(
    ("raw", "detail_start"),
    [
        ('{"kind": ', "The body is not valid JSON: "),
        ("[1, 2", "The body is not valid JSON: "),
        ("\xff\xfe", "The body is not valid JSON: "),
    ],
)
def test_malformed_json_is_a_400_naming_the_body(client, world, raw, detail_start):
    before = stored_rows()

    response = call(client, world, "coordinator", "post", "/api/v1/events", raw=raw)

    assert response.status_code == 400
    assert response.json()["field"] == "body"
    assert response.json()["detail"].startswith(detail_start)
    assert stored_rows() == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": None}, "kind"),
        ({"kind": "party"}, "kind"),
        ({"starts_at": "yesterday"}, "starts_at"),
        ({"starts_at": "2031-05-06T08:00:00"}, "starts_at"),
        ({"title": "two\nlines"}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"summary": "NUL \x00"}, "summary"),
        ({"municipalities": [2**63]}, "municipalities.0"),
        ({"themes": ["cooking"]}, "themes.0"),
        ({"meeting_url": "javascript:alert(1)"}, "meeting_url"),
        ({"starts_at": "9999-12-31T23:00:00-14:00"}, "starts_at"),
        ({"ends_at": "2101-01-01T00:00:00Z"}, "ends_at"),
        ({"ordinal": 5}, "ordinal"),
    ],
)
def test_invalid_field_is_a_422_naming_it(client, world, change, field):
    before = stored_rows()

    response = call(
        client, world, "coordinator", "post", "/api/v1/events", {**event_body(world), **change}
    )

    assert response.status_code == 422
    assert response.json()["field"] == field
    assert response.json()["detail"].startswith(f"Invalid input: {field}: ")
    assert stored_rows() == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"description": "Visit", "due_on": "9999-12-31"}, "due_on"),
        ({"description": "Visit", "owner": "me"}, "owner"),
        ({"due_on": "2024-06-01"}, "description"),
    ],
)
def test_invalid_follow_up_is_a_422_naming_the_field(client, world, body, field):
    url = f"/api/v1/events/{world.event.pk}/follow-ups"
    before = stored_rows()

    response = call(client, world, "coordinator", "post", url, body)

    assert (response.status_code, response.json()["field"]) == (422, field)
    assert stored_rows() == before


def test_missing_field_is_named(client, world):
    body = {k: v for k, v in event_body(world).items() if k != "kind"}

    response = call(client, world, "coordinator", "post", "/api/v1/events", body)

    assert (response.status_code, response.json()["field"]) == (422, "kind")


@pytest.mark.parametrize(
    ("change", "field", "detail"),
    [
        ({"ends_at": "2031-05-06T07:00:00Z"}, "ends_at", "The end must come after the start."),
        ({"municipalities": [987654]}, "municipalities", "Nothing has the id 987654 here."),
        ({"format": "in_person"}, "venue", "An event held in person needs a venue."),
    ],
)
def test_write_refused_by_the_service_names_the_field_and_writes_nothing(
    client, world, change, field, detail
):
    before = stored_rows()

    response = call(
        client, world, "coordinator", "post", "/api/v1/events", {**event_body(world), **change}
    )

    assert response.status_code == 422
    assert response.json() == {"detail": detail, "field": field}
    assert stored_rows() == before


def test_refused_update_leaves_the_event_as_it_was(client, world):
    url = f"/api/v1/events/{world.event.pk}"
    before = stored_rows()

    response = call(client, world, "coordinator", "patch", url, {"title": "New", "venue": 987654})

    assert (response.status_code, response.json()["field"]) == (422, "venue")
    assert stored_rows() == before


def test_cancelling_a_cancelled_event_is_refused(client, world):
    url = f"/api/v1/events/{world.event.pk}/cancel"
    call(client, world, "coordinator", "post", url)

    response = call(client, world, "coordinator", "post", url)

    assert response.json() == {"detail": "The event is already cancelled.", "field": "status"}


def test_practice_filed_under_another_city_is_refused_by_the_filing_rule(client, world):
    body = {"name": "Café", "language": "en", "municipality": MunicipalityFactory().pk}
    before = stored_rows()

    response = call(client, world, "member of the city", "post", "/api/v1/practices", body)

    assert response.status_code == 422
    assert response.json()["field"] == "municipality"
    assert stored_rows() == before


@pytest.mark.parametrize(
    "method,url,body",
    [
        ("post", "/api/v1/practices", {"name": "Café", "language": "en"}),
        ("post", "/api/v1/practices", {"name": "Café", "language": "en", "municipality": None}),
        ("patch", "/api/v1/practices/{practice}", {"municipality": None}),
    ],
    ids=["created-without-a-city", "created-under-no-city", "taken-out-of-its-city"],
)
def test_member_cannot_file_a_practice_under_no_municipality(client, world, method, url, body):
    """As on the site, whose form asks for the municipality: a member's practice stays filed
    under a city of theirs (one under none would leave its city's officers unable to edit it)."""
    before = stored_rows()

    response = call(
        client, world, "member of the city", method, url.format(practice=world.practice.pk), body
    )

    assert response.status_code == 422
    assert response.json()["field"] == "municipality"
    assert stored_rows() == before


def test_coordinator_may_file_a_practice_under_no_municipality(client, world):
    body = {"name": "Café", "language": "en"}

    response = call(client, world, "coordinator", "post", "/api/v1/practices", body)

    assert response.status_code == 201
    assert Practice.objects.get(pk=response.json()["id"]).municipality is None


def test_unknown_country_in_a_profile_names_the_list(client, world):
    url = f"/api/v1/network/municipalities/{world.city.pk}/profile"
    before = stored_rows()

    response = call(client, world, "coordinator", "put", url, {"communities": [{"country": "QQ"}]})

    assert response.status_code == 422
    assert response.json() == {
        "detail": "“QQ” is not an ISO 3166-1 country code.",
        "field": "communities",
    }
    assert stored_rows() == before


def test_write_to_a_missing_object_is_a_404(client, world):
    response = call(client, world, "coordinator", "patch", "/api/v1/events/987654", {"title": "x"})

    assert response.json() == {"detail": "Not found.", "field": None}


def test_practice_ending_before_it_starts_is_a_422_naming_the_end_year(client, world):
    url = f"/api/v1/practices/{world.practice.pk}"
    before = stored_rows()

    response = call(
        client, world, "member of the city", "patch", url, {"start_year": 2020, "end_year": 2010}
    )

    assert response.status_code == 422
    assert response.json() == {
        "detail": "The end year comes before the start year.",
        "field": "end_year",
    }
    assert stored_rows() == before
