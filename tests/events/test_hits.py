"""The events' search selector: what it reads, and why it says an event was found."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from citypeers.events.models import EventTheme
from citypeers.events.selectors import event_hits
from tests.factories import EventFactory, EventParticipantFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


def whys(found) -> list[tuple[str, str, str]]:
    return [(hit.title, hit.field, hit.why) for hit in found.hits]


def test_each_field_says_why_newest_first():
    day = dt.datetime(2024, 5, 6, 9, tzinfo=dt.UTC)
    EventFactory(title="Welcome desks", starts_at=day)
    EventFactory(title="Second", summary="How welcome desks work", starts_at=day + dt.timedelta(1))
    vienna = MunicipalityFactory(name="Vienna", alternate_names=["Wien"])
    EventParticipantFactory(
        event=EventFactory(title="Third", starts_at=day + dt.timedelta(2)), municipality=vienna
    )

    found = event_hits(AnonymousUser(), "welcome", limit=5)
    by_city = event_hits(AnonymousUser(), "wien", limit=5)

    assert whys(found) == [("Second", "summary", "summary"), ("Welcome desks", "title", "title")]
    assert whys(by_city) == [("Third", "city", "city: Wien")]


def test_theme_label_finds_events_of_the_theme():
    event = EventFactory(title="Fourth")
    EventTheme.objects.create(event=event, theme="housing")

    found = event_hits(AnonymousUser(), "abitare", limit=5)

    assert whys(found) == [("Fourth", "theme", "theme: Housing")]


def test_report_text_only_where_the_report_may_be_read(coordinator):
    EventFactory(
        title="Published", report="<p>Rent guarantees</p>", report_published_at=timezone.now()
    )
    EventFactory(title="Draft", report="<p>Rent guarantees too</p>")

    visitor = event_hits(AnonymousUser(), "rent guarantees", limit=5)
    coordinating = event_hits(coordinator, "rent guarantees", limit=5)

    assert (whys(visitor), visitor.total) == ([("Published", "report", "report text")], 1)
    assert sorted(hit.title for hit in coordinating.hits) == ["Draft", "Published"]
    assert visitor.hits[0].text == "Rent guarantees"


def test_city_found_by_a_name_in_another_script_says_that_name():
    thessaloniki = MunicipalityFactory(
        name="Thessaloníki", alternate_names=["Thessalonike", "Θεσσαλονίκη"]
    )
    EventParticipantFactory(event=EventFactory(title="Fifth"), municipality=thessaloniki)

    found = event_hits(AnonymousUser(), "θεσσαλονίκη", limit=5)

    assert whys(found) == [("Fifth", "city", "city: Θεσσαλονίκη")]


@pytest.mark.parametrize(
    ("text", "titles"), [("housing", ["Marked up"]), ("strong", []), ("href", [])]
)
def test_report_is_searched_by_its_text_not_its_markup(text, titles):
    EventFactory(
        title="Marked up",
        report='<p><strong>Housing</strong> <a href="x">link</a></p>',
        report_published_at=timezone.now(),
    )

    found = event_hits(AnonymousUser(), text, limit=5)

    assert [hit.title for hit in found.hits] == titles
