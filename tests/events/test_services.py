import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from citypeers.events import selectors, services
from citypeers.events.models import Event, FollowUpAction
from citypeers.events.templatetags.events_tags import is_overdue, to_be_concluded
from citypeers.events.times import event_times
from citypeers.events.titles import event_title
from tests.factories import (
    EventFactory,
    EventParticipantFactory,
    EventSeriesFactory,
    MunicipalityFactory,
    PersonFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def an_hour_ago():
    return timezone.now() - dt.timedelta(hours=1)


def test_create_event_ending_before_it_starts_names_the_end_and_saves_nothing():
    start = dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC)

    with pytest.raises(ValidationError) as error:
        services.create_event(kind="webinar", starts_at=start, ends_at=start)

    assert list(error.value.message_dict) == ["ends_at"]
    assert Event.objects.count() == 0


def test_create_event_in_person_without_venue_names_the_venue():
    start = dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC)

    with pytest.raises(ValidationError) as error:
        services.create_event(
            kind="workshop", format="in_person", starts_at=start, ends_at=start.replace(hour=11)
        )

    assert list(error.value.message_dict) == ["venue"]
    assert Event.objects.count() == 0


def test_create_event_with_a_party_not_in_the_directory_saves_nothing():
    start = dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC)
    unsaved = MunicipalityFactory.build(name="Atlantis")

    with pytest.raises(ValidationError) as error:
        services.create_event(
            kind="peer_exchange",
            starts_at=start,
            ends_at=start.replace(hour=11),
            municipalities=[MunicipalityFactory(), unsaved],
        )

    assert "Atlantis" in error.value.message_dict["participants"][0]
    assert Event.objects.count() == 0


def test_create_event_with_an_unknown_theme_names_the_themes():
    start = dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC)

    with pytest.raises(ValidationError) as error:
        services.create_event(
            kind="webinar", starts_at=start, ends_at=start.replace(hour=11), themes=["magic"]
        )

    assert list(error.value.message_dict) == ["themes"]


def test_event_title_generated_in_english_and_italian():
    series = EventSeriesFactory()
    bari = MunicipalityFactory(name="Bari")
    krakow = MunicipalityFactory(name="Kraków", timezone="Europe/Warsaw")
    start = dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC)
    event = services.create_event(
        kind="peer_exchange",
        starts_at=start,
        ends_at=start.replace(hour=11),
        municipalities=[bari, krakow],
        series=series,
        ordinal=8,
    )

    assert event_title(event, "en") == "8th online peer-to-peer exchange: Bari – Kraków"
    assert event_title(event, "it") == "8° scambio online tra pari: Bari – Kraków"
    assert event_times(event, "en") == "10:00–12:00 (CET)"


def test_event_times_use_every_partys_zone():
    event = EventFactory(
        starts_at=dt.datetime(2020, 12, 3, 9, tzinfo=dt.UTC),
        ends_at=dt.datetime(2020, 12, 3, 11, tzinfo=dt.UTC),
    )
    EventParticipantFactory(event=event, municipality__timezone="Europe/Rome", position=0)
    EventParticipantFactory(event=event, municipality__timezone="Europe/Bucharest", position=1)

    assert event_times(event) == "10:00–12:00 (CET) / 11:00–13:00 (EET)"


def test_planned_event_whose_end_has_passed_is_to_be_concluded():
    over = EventFactory(starts_at=an_hour_ago() - dt.timedelta(hours=2), ends_at=an_hour_ago())
    coming = EventFactory(starts_at=timezone.now() + dt.timedelta(days=1))
    concluded = EventFactory(
        starts_at=an_hour_ago() - dt.timedelta(hours=2), ends_at=an_hour_ago(), status="concluded"
    )

    flagged = list(selectors.events_to_conclude())

    assert flagged == [over]
    assert (to_be_concluded(over), to_be_concluded(coming), to_be_concluded(concluded)) == (
        True,
        False,
        False,
    )


def test_conclude_event_sanitises_the_report_and_publishes_it():
    event = EventFactory(starts_at=an_hour_ago() - dt.timedelta(hours=2), ends_at=an_hour_ago())

    services.conclude_event(
        event=event,
        report='<p onclick="x()">Good <script>alert(1)</script><a href="javascript:x">talk</a></p>',
    )

    event.refresh_from_db()
    assert event.status == "concluded"
    assert event.report == '<p>Good <a rel="noopener noreferrer nofollow">talk</a></p>'
    assert event.report_published_at is not None


def test_conclude_event_with_an_empty_report_changes_nothing():
    event = EventFactory(starts_at=an_hour_ago() - dt.timedelta(hours=2), ends_at=an_hour_ago())

    with pytest.raises(ValidationError) as error:
        services.conclude_event(event=event, report="<script>x</script>")

    event.refresh_from_db()
    assert list(error.value.message_dict) == ["report"]
    assert (event.status, event.report) == ("planned", "")


def test_add_follow_up_due_before_the_event_names_the_due_date_and_saves_nothing():
    event = EventFactory(starts_at=dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))

    with pytest.raises(ValidationError) as error:
        services.add_follow_up(event=event, description="Share a guide", due_on=dt.date(2021, 3, 1))

    assert list(error.value.message_dict) == ["due_on"]
    assert FollowUpAction.objects.count() == 0


def test_follow_up_past_its_due_date_is_overdue_until_done():
    event = EventFactory(starts_at=dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))
    action = services.add_follow_up(
        event=event, description="Share a guide", due_on=dt.date(2021, 4, 1)
    )
    user = UserFactory()

    assert is_overdue(action) is True
    assert list(selectors.overdue_follow_ups()) == [action]

    services.add_follow_up_progress(action=action, note="Guide sent", marks_done=True, by=user)

    action.refresh_from_db()
    assert is_overdue(action) is False
    assert list(selectors.overdue_follow_ups()) == []


def test_add_session_outside_the_event_is_refused():
    event = EventFactory(starts_at=dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC))

    with pytest.raises(ValidationError) as error:
        services.add_session(
            event=event,
            title="Late panel",
            kind="panel",
            starts_at=dt.datetime(2021, 3, 9, 9, tzinfo=dt.UTC),
            ends_at=dt.datetime(2021, 3, 9, 10, tzinfo=dt.UTC),
        )

    assert list(error.value.message_dict) == ["starts_at"]
    assert event.sessions.count() == 0


def test_exchange_partners_counts_shared_events():
    home, partner, other = MunicipalityFactory(), MunicipalityFactory(), MunicipalityFactory()
    for _ in range(2):
        event = EventFactory()
        EventParticipantFactory(event=event, municipality=home)
        EventParticipantFactory(event=event, municipality=partner)
    EventParticipantFactory(municipality=other)

    assert selectors.exchange_partners(home) == [(partner, 2)]


def test_event_title_with_a_feminine_series_in_italian():
    series = EventSeriesFactory(
        name_en="regional consultation", name_it="consultazione regionale", gender_it="f"
    )
    start = dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC)
    event = services.create_event(
        kind="consultation",
        starts_at=start,
        ends_at=start.replace(hour=11),
        municipalities=[MunicipalityFactory(name="Milan")],
        series=series,
        ordinal=2,
    )

    assert event_title(event, "en") == "2nd regional consultation: Milan"
    assert event_title(event, "it") == "2ª consultazione regionale: Milan"


def test_update_event_may_not_change_the_status():
    event = EventFactory(starts_at=timezone.now() + dt.timedelta(days=30))

    with pytest.raises(TypeError):
        services.update_event(event=event, status="concluded")

    event.refresh_from_db()
    assert event.status == "planned"


def test_create_event_concluded_in_the_future_is_refused():
    start = timezone.now() + dt.timedelta(days=30)

    with pytest.raises(ValidationError) as error:
        services.create_event(
            kind="webinar", starts_at=start, ends_at=start + dt.timedelta(hours=2),
            status="concluded",
        )  # fmt: skip

    assert list(error.value.message_dict) == ["status"]
    assert Event.objects.count() == 0


def test_conclude_event_in_the_future_is_refused():
    event = EventFactory(starts_at=timezone.now() + dt.timedelta(days=30))

    with pytest.raises(ValidationError) as error:
        services.conclude_event(event=event, report="<p>Too early</p>")

    event.refresh_from_db()
    assert list(error.value.message_dict) == ["status"]
    assert (event.status, event.report) == ("planned", "")


def test_update_event_with_bad_times_leaves_the_instance_and_the_row_alone():
    event = EventFactory(title="Before")
    starts_at, ends_at = event.starts_at, event.ends_at

    with pytest.raises(ValidationError):
        services.update_event(event=event, title="After", ends_at=starts_at - dt.timedelta(hours=1))

    assert (event.title, event.starts_at, event.ends_at) == ("Before", starts_at, ends_at)
    event.refresh_from_db()
    assert (event.title, event.ends_at) == ("Before", ends_at)


def test_update_event_with_an_ordinal_clash_leaves_the_instance_and_the_row_alone():
    series = EventSeriesFactory()
    first = services.create_event(
        kind="peer_exchange", series=series, starts_at=dt.datetime(2021, 1, 4, 9, tzinfo=dt.UTC),
        ends_at=dt.datetime(2021, 1, 4, 11, tzinfo=dt.UTC),
    )  # fmt: skip
    second = services.create_event(
        kind="peer_exchange", series=series, starts_at=dt.datetime(2021, 2, 4, 9, tzinfo=dt.UTC),
        ends_at=dt.datetime(2021, 2, 4, 11, tzinfo=dt.UTC),
    )  # fmt: skip
    later = dt.datetime(2021, 3, 4, 9, tzinfo=dt.UTC)

    with pytest.raises(ValidationError) as error:
        services.update_event(
            event=first, ordinal=1, title="Moved", starts_at=later,
            ends_at=later + dt.timedelta(hours=2),
        )  # fmt: skip

    assert list(error.value.message_dict) == ["ordinal"]
    assert (first.title, first.ordinal, first.starts_at.month) == ("", 1, 1)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.title, first.ordinal, first.starts_at.month) == ("", 1, 1)
    assert second.ordinal == 2


def test_update_event_with_a_party_not_in_the_directory_leaves_the_instance_alone():
    event = EventFactory(title="Before")
    unsaved = MunicipalityFactory.build(name="Atlantis")

    with pytest.raises(ValidationError):
        services.update_event(event=event, title="After", municipalities=[unsaved])

    assert event.title == "Before"
    event.refresh_from_db()
    assert event.title == "Before"


@pytest.mark.parametrize("ordinal", [0, 10_001, 99999999999999999999])
def test_create_event_with_an_ordinal_out_of_range_names_the_ordinal(ordinal):
    start = dt.datetime(2021, 3, 8, 9, tzinfo=dt.UTC)

    with pytest.raises(ValidationError) as error:
        services.create_event(
            kind="peer_exchange", series=EventSeriesFactory(), ordinal=ordinal,
            starts_at=start, ends_at=start.replace(hour=11),
        )  # fmt: skip

    assert list(error.value.message_dict) == ["ordinal"]
    assert Event.objects.count() == 0


def test_add_person_after_a_removal_takes_the_next_position():
    event = EventFactory()
    first = services.add_person(event=event, person=PersonFactory())
    second = services.add_person(event=event, person=PersonFactory())
    services.remove_part(part=first)

    third = services.add_person(event=event, person=PersonFactory())

    assert (second.position, third.position) == (1, 2)


def test_add_presentation_after_a_removal_takes_the_next_position():
    party = EventParticipantFactory()
    first = services.add_presentation(event=party.event, participant=party, title="A")
    second = services.add_presentation(event=party.event, participant=party, title="B")
    services.remove_part(part=first)

    third = services.add_presentation(event=party.event, participant=party, title="C")

    assert (second.position, third.position) == (1, 2)
