"""Who sees a draft report, members' progress notes and people's names on the event page."""

import datetime as dt

import pytest
from django.utils import timezone

from citypeers.events import services
from citypeers.events.models import EventSession, FollowUpAction
from tests.factories import EventFactory, EventParticipantFactory, EventPersonFactory, UserFactory

pytestmark = pytest.mark.django_db


def concluded_event(*, publish):
    event = EventFactory(starts_at=timezone.now() - dt.timedelta(days=2))
    services.conclude_event(
        event=event,
        report="<p>DRAFTREPORT</p>",
        common_challenges="HIDDENCHALLENGE",
        publish=publish,
    )
    return event


def test_event_detail_hides_an_unpublished_report_from_visitors_and_members(client, member):
    event = concluded_event(publish=False)

    as_visitor = client.get(f"/en/events/{event.pk}/").content.decode()
    client.force_login(member)
    as_member = client.get(f"/en/events/{event.pk}/").content.decode()

    assert "DRAFTREPORT" not in as_visitor and "HIDDENCHALLENGE" not in as_visitor
    assert "DRAFTREPORT" not in as_member and "HIDDENCHALLENGE" not in as_member


def test_event_detail_shows_an_unpublished_report_to_coordinators(coordinator_client):
    event = concluded_event(publish=False)

    body = coordinator_client.get(f"/en/events/{event.pk}/").content.decode()

    assert "DRAFTREPORT" in body and "HIDDENCHALLENGE" in body


def test_event_detail_shows_a_published_report_to_everyone(client):
    event = concluded_event(publish=True)

    body = client.get(f"/en/events/{event.pk}/").content.decode()

    assert "DRAFTREPORT" in body and "HIDDENCHALLENGE" in body


@pytest.fixture
def progress(municipality):
    event = EventFactory()
    EventParticipantFactory(event=event, municipality=municipality)
    action = FollowUpAction.objects.create(event=event, description="Send the toolkit")
    author = UserFactory(username="rvgdansk", first_name="Anna", last_name="Nowak")
    services.add_follow_up_progress(action=action, note="We sent the toolkit", by=author)
    return event


def test_event_detail_hides_progress_notes_from_visitors_and_outsiders(client, outsider, progress):
    as_visitor = client.get(f"/en/events/{progress.pk}/").content.decode()
    client.force_login(outsider)
    as_outsider = client.get(f"/en/events/{progress.pk}/").content.decode()

    for body in (as_visitor, as_outsider):
        assert "Send the toolkit" in body
        assert "We sent the toolkit" not in body
        assert "rvgdansk" not in body and "Anna Nowak" not in body


@pytest.mark.parametrize("viewer", ["member", "coordinator"])
def test_event_detail_shows_progress_with_full_names_to_participants(
    client, request, progress, viewer
):
    client.force_login(request.getfixturevalue(viewer))

    body = client.get(f"/en/events/{progress.pk}/").content.decode()

    assert "Anna Nowak: We sent the toolkit" in body
    assert "rvgdansk" not in body


def test_event_detail_progress_of_an_author_without_a_name_shows_the_username(
    client, member, municipality
):
    event = EventFactory()
    EventParticipantFactory(event=event, municipality=municipality)
    action = FollowUpAction.objects.create(event=event, description="Send the toolkit")
    author = UserFactory(username="noname", first_name="", last_name="")
    services.add_follow_up_progress(action=action, note="Done", by=author)
    client.force_login(member)

    body = client.get(f"/en/events/{event.pk}/").content.decode()

    assert "noname: Done" in body


def test_event_page_names_people_to_members_only(client, member):
    event = EventFactory()
    party = EventParticipantFactory(event=event, municipality__name="Townsville")
    session = EventSession.objects.create(
        event=event,
        title="Opening",
        starts_at=event.starts_at,
        ends_at=event.ends_at,
    )
    EventPersonFactory(
        event=event, person__name="Ada Delegate", title="Head of unit", participant=party
    )
    EventPersonFactory(
        event=event, person__name="Bo Speaker", role="speaker", session=session, title="Mayor"
    )
    url = event.get_absolute_url()

    visitor = client.get(url).content.decode()
    client.force_login(UserFactory())
    unaffiliated = client.get(url).content.decode()
    client.force_login(member)
    signed_in = client.get(url).content.decode()

    for html in (visitor, unaffiliated):
        assert "Ada Delegate" not in html and "Bo Speaker" not in html
        assert "Head of unit (Townsville)" in " ".join(html.split())
        assert "Speaker: Mayor" in html
        assert "Names are shown to members of the network." in html
    assert "Log in to see them" in visitor and "Log in to see them" not in unaffiliated
    assert "Ada Delegate" in signed_in and "Speaker: Bo Speaker, Mayor" in signed_in
    assert "Names are shown to members of the network." not in signed_in
