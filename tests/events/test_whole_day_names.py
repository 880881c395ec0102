"""An event known only by its dates starts at local midnight, which is the evening before
in UTC east of Greenwich: every name and check that shows its day uses the local day."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from icalendar import Calendar

from citypeers.events import services
from citypeers.events.titles import event_title
from citypeers.matching.profiles import meeting_history
from citypeers.matching.suggestions import meetings_of
from tests.factories import DocumentFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db

# 8 March 2021, 00:00 in Rome (CET, UTC+1)
ROME_MIDNIGHT = dt.datetime(2021, 3, 7, 23, tzinfo=dt.UTC)


@pytest.fixture
def rome():
    return MunicipalityFactory(name="Rome", timezone="Europe/Rome")


def whole_day_event(municipalities, **fields):
    return services.create_event(
        kind="peer_exchange",
        starts_at=ROME_MIDNIGHT,
        ends_at=ROME_MIDNIGHT + dt.timedelta(days=1),
        has_times=False,
        status="concluded",
        municipalities=municipalities,
        **fields,
    )


def test_the_internal_name_has_the_local_day(rome):
    event = whole_day_event([rome])

    assert event.local_day() == dt.date(2021, 3, 8)
    assert str(event) == "Peer exchange 2021-03-08"


def test_a_title_without_parties_dates_it_in_the_venues_zone(rome):
    event = whole_day_event([], format="in_person", venue=rome)

    assert str(event) == "Peer exchange 2021-03-08"
    assert event_title(event, "en") == "Peer exchange of 2021-03-08"


def test_the_calendar_name_has_the_local_day(client, rome):
    event = whole_day_event([], format="in_person", venue=rome)

    response = client.get(f"/en/events/{event.pk}.ics")

    calendar = Calendar.from_ical(response.content)
    assert str(calendar["x-wr-calname"]) == "Peer exchange of 2021-03-08"
    assert calendar.walk("VEVENT")[0]["dtstart"].dt == dt.date(2021, 3, 8)


def test_attached_to_names_the_event_by_its_local_day(coordinator_client, rome):
    event = whole_day_event([], format="in_person", venue=rome)
    DocumentFactory(item=event, title="Minutes")

    html = coordinator_client.get(reverse("documents:list")).content.decode()

    assert "Peer exchange of 2021-03-08" in html
    assert "2021-03-07" not in html


def test_a_follow_up_may_be_due_on_the_local_day_but_not_before(rome):
    event = whole_day_event([rome])

    services.add_follow_up(event=event, description="Send the minutes", due_on=dt.date(2021, 3, 8))
    with pytest.raises(ValidationError):
        services.add_follow_up(event=event, description="Too early", due_on=dt.date(2021, 3, 7))


def test_matching_counts_the_meeting_on_its_local_day(rome):
    florence = MunicipalityFactory(name="Florence", timezone="Europe/Rome")
    whole_day_event([rome, florence])
    pair = (min(rome.pk, florence.pk), max(rome.pk, florence.pk))

    assert meeting_history()[pair] == dt.date(2021, 3, 8)
    assert meetings_of(rome)[pair] == dt.date(2021, 3, 8)
