"""The event list's filters through the API: a value the list cannot filter by is refused
by name (a typo never silently widens the list), as the site's filters read it."""

import datetime as dt

import pytest

from tests.api.tokens import sign_in
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"status": "planed"}, "status"),
        ({"kind": "webinarz"}, "kind"),
        ({"theme": "housin"}, "theme"),
        ({"when": "tomorrow"}, "when"),
        ({"year": 10**9}, "year"),
        ({"municipality": 0}, "municipality"),
    ],
)
def test_a_value_the_list_cannot_filter_by_is_a_400_naming_it(client, params, field):
    EventFactory(title="Housing exchange")

    response = client.get("/api/v1/events", params)

    assert response.status_code == 400
    assert response.json()["field"] == field
    assert str(params[field]) in response.json()["detail"]


def test_events_to_conclude_are_refused_to_a_visitor_and_listed_for_a_coordinator(
    client, coordinator
):
    past = dt.datetime(2024, 3, 4, 9, tzinfo=dt.UTC)
    EventFactory(title="Housing exchange", starts_at=past, ends_at=past + dt.timedelta(hours=2))

    refused = client.get("/api/v1/events", {"to_conclude": "true"})
    sign_in(client, coordinator)
    listed = client.get("/api/v1/events", {"to_conclude": "true"})

    assert (refused.status_code, refused.json()["field"]) == (400, "to_conclude")
    assert listed.status_code == 200
    assert [e["title"] for e in listed.json()["items"]] == ["Housing exchange"]
