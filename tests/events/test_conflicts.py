"""Two people editing one event at once: the second save is refused, never lost."""

import pytest
from django.test import Client

from citypeers.accounts.enums import Role
from citypeers.events.models import Event
from tests.events.test_views import event_post, parties  # noqa: F401 (the fixture)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

STALE = "Someone else changed this event since you opened it; nothing was saved."


def opened_version(client, event) -> int:
    return client.get(f"/en/events/{event.pk}/edit/").context["version"]


def test_second_editor_of_an_event_is_refused_and_shown_the_first_change(
    coordinator_client,
    parties,  # noqa: F811 (the fixture)
):
    coordinator_client.post("/en/events/new/", event_post())
    event = Event.objects.get()
    other = Client()
    other.force_login(UserFactory(role=Role.COORDINATOR, is_staff=True))
    version_a = opened_version(coordinator_client, event)
    version_b = opened_version(other, event)
    url = f"/en/events/{event.pk}/edit/"
    saved = coordinator_client.post(url, event_post(title="Housing exchange", version=version_a))

    response = other.post(url, event_post(title="Schools exchange", version=version_b))

    assert (saved.status_code, response.status_code) == (302, 400)
    assert STALE in response.content.decode()
    [change] = response.context["changed_since"]
    assert [row.new for row in change.rows] == ["Housing exchange"]
    assert 'value="Schools exchange"' in response.content.decode()
    assert Event.objects.get().title == "Housing exchange"


def test_single_editor_of_an_event_saves_twice(coordinator_client, parties):  # noqa: F811
    coordinator_client.post("/en/events/new/", event_post())
    event = Event.objects.get()
    url = f"/en/events/{event.pk}/edit/"

    first = coordinator_client.post(
        url, event_post(title="One", version=opened_version(coordinator_client, event))
    )
    second = coordinator_client.post(
        url, event_post(title="Two", version=opened_version(coordinator_client, event))
    )

    assert (first.status_code, second.status_code) == (302, 302)
    assert Event.objects.get().title == "Two"
