import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from citypeers.events import services
from citypeers.events.models import Event, EventTheme, FollowUpAction, FollowUpProgress
from tests.factories import (
    EventFactory,
    EventParticipantFactory,
    MunicipalityFactory,
    OrganisationFactory,
)

pytestmark = pytest.mark.django_db


def make_events(count):
    events = []
    for index in range(count):
        event = EventFactory(starts_at=dt.datetime(2021, 1, 4 + index, 9, tzinfo=dt.UTC))
        EventParticipantFactory(event=event, municipality__timezone="Europe/Rome")
        EventParticipantFactory(event=event, municipality__timezone="Europe/Athens", position=1)
        EventTheme.objects.create(event=event, theme="housing")
        events.append(event)
    return events


def test_event_list_filters_and_counts(client):
    italy = MunicipalityFactory(country__code="IT")
    greece = MunicipalityFactory(country__code="GR", timezone="Europe/Athens")
    webinar = EventFactory(kind="webinar", starts_at=dt.datetime(2020, 5, 1, 9, tzinfo=dt.UTC))
    EventParticipantFactory(event=webinar, municipality=italy)
    exchange = EventFactory(starts_at=dt.datetime(2021, 5, 1, 9, tzinfo=dt.UTC))
    EventParticipantFactory(event=exchange, municipality=greece)
    EventTheme.objects.create(event=exchange, theme="housing")

    response = client.get("/en/events/?country=GR")

    assert list(response.context["page"].object_list) == [exchange]
    counts = response.context["counts"]
    assert counts.kind == {"peer_exchange": 1}
    assert counts.country == {"IT": 1, "GR": 1}
    assert counts.year == {2021: 1}
    assert counts.theme == {"housing": 1}
    assert list(client.get("/en/events/?year=2020").context["page"].object_list) == [webinar]
    assert list(client.get("/en/events/?theme=housing").context["page"].object_list) == [exchange]
    by_town = client.get(f"/en/events/?municipality={italy.pk}").context["page"].object_list
    assert list(by_town) == [webinar]
    assert list(client.get("/en/events/?when=upcoming").context["page"].object_list) == []


def test_event_list_ignores_nonsense_filters(client):
    event = EventFactory()

    response = client.get("/en/events/?kind=party&year=soon&page=x&theme=<b>")
    huge = client.get("/en/events/?year=99999&municipality=99999999999999999999999&page=9999")

    assert response.status_code == 200
    assert list(response.context["page"].object_list) == [event]
    assert huge.status_code == 200
    assert list(huge.context["page"].object_list) == [event]


def test_event_list_paginates(client):
    make_events(27)

    first = client.get("/en/events/")
    second = client.get("/en/events/?page=2")

    assert len(first.context["page"].object_list) == 25
    assert len(second.context["page"].object_list) == 2


def test_event_detail_shows_every_partys_local_time(client):
    event = EventFactory(
        starts_at=dt.datetime(2020, 12, 3, 9, tzinfo=dt.UTC),
        ends_at=dt.datetime(2020, 12, 3, 11, tzinfo=dt.UTC),
        meeting_url="https://meet.example.org/secret",
    )
    EventParticipantFactory(event=event, municipality__name="Florence")
    EventParticipantFactory(
        event=event, municipality__name="Cluj-Napoca", municipality__timezone="Europe/Bucharest",
        position=1,
    )  # fmt: skip

    body = client.get(f"/en/events/{event.pk}/").content.decode()

    assert "10:00–12:00 (CET) / 11:00–13:00 (EET)" in body
    assert "Florence:</span> 10:00–12:00 (CET)" in body
    assert "Cluj-Napoca:</span> 11:00–13:00 (EET)" in body
    assert "meet.example.org/secret" not in body


def test_event_detail_meeting_link_only_for_participants(client, member, outsider, municipality):
    event = EventFactory(meeting_url="https://meet.example.org/secret")
    EventParticipantFactory(event=event, municipality=municipality)

    client.force_login(outsider)
    hidden = client.get(f"/en/events/{event.pk}/").content.decode()
    client.force_login(member)
    shown = client.get(f"/en/events/{event.pk}/").content.decode()

    assert "meet.example.org/secret" not in hidden
    assert "meet.example.org/secret" in shown


def test_event_detail_in_italian_labels_the_status(client):
    event = EventFactory(status="concluded")

    body = client.get(f"/it/events/{event.pk}/").content.decode()

    assert "Concluso" in body


def test_unknown_event_is_404(client):
    assert client.get("/en/events/999999/").status_code == 404
    assert client.get("/en/events/999999.ics").status_code == 404


def event_post(**changes):
    data = {
        "kind": "peer_exchange",
        "format": "online",
        "municipalities": "Florence\nCluj-Napoca",
        "date": "2030-12-03",
        "start_time": "10:00",
        "end_time": "12:00",
        "zone": "Europe/Rome",
        "themes": ["housing"],
    }
    data.update(changes)
    return data


@pytest.fixture
def parties(db):
    return (
        MunicipalityFactory(name="Florence", timezone="Europe/Rome"),
        MunicipalityFactory(name="Cluj-Napoca", timezone="Europe/Bucharest"),
    )


def test_coordinator_creates_an_event_entering_the_time_in_a_partys_zone(
    coordinator_client, parties
):
    response = coordinator_client.post(
        "/en/events/new/", event_post(zone="Europe/Bucharest", start_time="11:00", end_time="13:00")
    )

    event = Event.objects.get()
    assert response.status_code == 302
    assert event.starts_at == dt.datetime(2030, 12, 3, 9, tzinfo=dt.UTC)
    assert [p.municipality for p in event.participants.all()] == list(parties)
    assert list(event.themes.values_list("theme", flat=True)) == ["housing"]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"end_time": "09:00"}, "end_time", "end must come after"),
        ({"date": "2031-03-30", "start_time": "02:30", "end_time": "04:00"}, "start_time",
         "does not exist"),
        ({"date": "2031-10-26", "start_time": "02:30", "end_time": "04:00"}, "start_time",
         "happens twice"),
        ({"municipalities": "Florence\nAtlantis"}, "municipalities", "No municipality called “Atlantis”"),
        ({"format": "in_person"}, "venue", "needs a venue"),
    ],
)  # fmt: skip
def test_create_event_bad_input_names_the_field_and_saves_nothing(
    coordinator_client, parties, changes, field, words
):
    response = coordinator_client.post("/en/events/new/", event_post(**changes))

    assert response.status_code == 400
    errors = " ".join(response.context["form"].errors[field])
    assert words in errors
    assert Event.objects.count() == 0


def test_create_event_with_an_ordinal_clash_names_the_ordinal(coordinator_client, parties):
    from tests.factories import EventSeriesFactory

    series = EventSeriesFactory()
    coordinator_client.post("/en/events/new/", event_post(series=series.pk, ordinal="8"))

    response = coordinator_client.post(
        "/en/events/new/", event_post(series=series.pk, ordinal="8", date="2030-12-10")
    )

    assert response.status_code == 400
    assert "already holds number 8" in response.context["form"].errors["ordinal"][0]
    assert Event.objects.count() == 1


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "The 8th place"), ("it", "Il posto 8°"), ("es", "El puesto 8.º"),
     ("el", "Η θέση 8η"), ("ro", "Locul al 8-lea"), ("mt", "Il-pożizzjoni it-8"),
     ("de", "Platz 8."), ("pl", "Miejsce 8.")],
)  # fmt: skip
def test_create_event_with_an_ordinal_clash_names_the_ordinal_in_the_page_language(
    coordinator_client, parties, language, words
):
    from tests.factories import EventSeriesFactory

    series = EventSeriesFactory()
    coordinator_client.post("/en/events/new/", event_post(series=series.pk, ordinal="8"))

    response = coordinator_client.post(
        f"/{language}/events/new/", event_post(series=series.pk, ordinal="8", date="2030-12-10")
    )

    assert response.status_code == 400
    assert response.context["form"].errors["ordinal"][0].startswith(words)


def test_coordinator_edits_an_event(coordinator_client, parties):
    coordinator_client.post("/en/events/new/", event_post())
    event = Event.objects.get()
    form = coordinator_client.get(f"/en/events/{event.pk}/edit/").context["form"]
    assert form.initial["start_time"] == dt.time(10, 0)

    response = coordinator_client.post(
        f"/en/events/{event.pk}/edit/", event_post(title="Housing exchange", status="planned")
    )

    event.refresh_from_db()
    assert response.status_code == 302
    assert event.title == "Housing exchange"


@pytest.mark.parametrize(
    "url",
    ["/en/events/new/", "/en/events/{pk}/edit/", "/en/events/{pk}/conclude/",
     "/en/events/{pk}/sessions/new/", "/en/events/{pk}/follow-ups/new/"],
)  # fmt: skip
def test_members_may_not_edit_events(client, member, url):
    event = EventFactory()

    client.force_login(member)
    as_member = client.get(url.format(pk=event.pk))
    client.logout()
    as_visitor = client.get(url.format(pk=event.pk))

    assert as_member.status_code == 404
    assert as_visitor.status_code == 302
    assert "/accounts/login/" in as_visitor["Location"]


def test_visitor_cannot_post_an_event(client, parties):
    response = client.post("/en/events/new/", event_post())

    assert response.status_code == 302
    assert Event.objects.count() == 0


def test_coordinator_concludes_with_a_report(coordinator_client):
    event = EventFactory(starts_at=timezone.now() - dt.timedelta(days=1))

    response = coordinator_client.post(
        f"/en/events/{event.pk}/conclude/",
        {"report": "<p>Fine <em>talk</em><img src=x onerror=alert(1)></p>", "publish": "on"},
    )

    event.refresh_from_db()
    assert response.status_code == 302
    assert (event.status, event.report) == ("concluded", "<p>Fine <em>talk</em></p>")


def test_report_typed_with_blank_lines_keeps_its_paragraphs(coordinator_client):
    event = EventFactory(starts_at=timezone.now() - dt.timedelta(days=1))
    typed = (
        "Both cities presented their services.\r\n\r\n"
        "Next steps <script>alert(1)</script> & a visit\r\nin spring."
    )

    coordinator_client.post(f"/en/events/{event.pk}/conclude/", {"report": typed, "publish": "on"})
    page = coordinator_client.get(event.get_absolute_url())

    report = BeautifulSoup(page.content, "html.parser").select_one("div.report")
    assert [p.get_text() for p in report.select("p")] == [
        "Both cities presented their services.",
        "Next steps  & a visit\nin spring.",
    ]
    assert len(report.select("br")) == 1
    assert report.select("script") == [] and "alert" not in str(report)


def test_member_of_a_participating_municipality_adds_progress(client, member, municipality):
    event = EventFactory()
    EventParticipantFactory(event=event, municipality=municipality)
    action = FollowUpAction.objects.create(event=event, description="Send the housing guide")

    client.force_login(member)
    response = client.post(
        f"/en/events/follow-ups/{action.pk}/progress/", {"note": "Sent", "marks_done": "on"}
    )

    action.refresh_from_db()
    assert response.status_code == 302
    assert action.done_at is not None
    assert list(action.progress.values_list("note", flat=True)) == ["Sent"]


def test_member_of_another_municipality_cannot_add_progress(client, outsider, municipality):
    event = EventFactory()
    EventParticipantFactory(event=event, municipality=municipality)
    action = FollowUpAction.objects.create(event=event, description="Send the housing guide")

    client.force_login(outsider)
    response = client.post(f"/en/events/follow-ups/{action.pk}/progress/", {"note": "Sent"})

    assert response.status_code == 404
    assert FollowUpProgress.objects.count() == 0


def test_coordinator_adds_session_presentation_and_follow_up(coordinator_client):
    event = EventFactory(
        starts_at=dt.datetime(2030, 10, 8, 7, tzinfo=dt.UTC),
        ends_at=dt.datetime(2030, 10, 9, 16, tzinfo=dt.UTC),
    )
    party = EventParticipantFactory(event=event)
    iom = OrganisationFactory(name="IOM")
    services.update_event(event=event, organisations=[iom])

    session = coordinator_client.post(
        f"/en/events/{event.pk}/sessions/new/",
        {"kind": "workshop", "title": "Housing", "date": "2030-10-08", "start_time": "14:00",
         "end_time": "16:00", "zone": "Europe/Rome", "themes": ["housing"]},
    )  # fmt: skip
    presentation = coordinator_client.post(
        f"/en/events/{event.pk}/presentations/new/",
        {"participant": party.pk, "title": "House of Cultures"},
    )
    early = coordinator_client.post(
        f"/en/events/{event.pk}/follow-ups/new/",
        {"description": "Visit", "due_on": "2030-10-01"},
    )

    assert (session.status_code, presentation.status_code, early.status_code) == (302, 302, 400)
    assert event.sessions.get().starts_at == dt.datetime(2030, 10, 8, 12, tzinfo=dt.UTC)
    assert event.presentations.get().title == "House of Cultures"
    assert event.follow_ups.count() == 0


def test_municipality_page_lists_events_and_partners(client):
    home, partner = MunicipalityFactory(name="Bari"), MunicipalityFactory(name="Kraków")
    event = EventFactory()
    EventParticipantFactory(event=event, municipality=home)
    EventParticipantFactory(event=event, municipality=partner, position=1)

    body = client.get(home.get_absolute_url()).content.decode()

    assert "Peer exchange: Bari – Kraków" in body
    assert f'href="{partner.get_absolute_url()}">Kraków</a>' in body


def test_coordinator_removes_a_presentation_and_members_cannot(client, coordinator, member):
    party = EventParticipantFactory()
    event = party.event
    presentation = services.add_presentation(event=event, participant=party, title="Guide")
    url = f"/en/events/presentation/{presentation.pk}/remove/"

    client.force_login(member)
    refused = client.post(url)
    client.force_login(coordinator)
    removed = client.post(url)

    assert (refused.status_code, removed.status_code) == (404, 302)
    assert event.presentations.count() == 0
    assert client.post("/en/events/meeting/1/remove/").status_code == 404


def test_to_be_concluded_and_overdue_flags_show_to_coordinators_only(client, coordinator):
    over = EventFactory(starts_at=timezone.now() - dt.timedelta(days=40))
    FollowUpAction.objects.create(
        event=over, description="Share the guide", due_on=over.starts_at.date()
    )
    EventFactory(starts_at=timezone.now() + dt.timedelta(days=3))

    visitor_page = client.get(f"/en/events/{over.pk}/").content.decode()
    visitor_list = client.get("/en/events/?to_conclude=1")
    client.force_login(coordinator)
    coordinator_page = client.get(f"/en/events/{over.pk}/").content.decode()
    coordinator_list = client.get("/en/events/?to_conclude=1")

    assert "to be concluded" not in visitor_page and "overdue" not in visitor_page
    assert len(visitor_list.context["page"].object_list) == 2
    assert "to be concluded" in coordinator_page and "overdue" in coordinator_page
    assert list(coordinator_list.context["page"].object_list) == [over]
    assert coordinator_list.context["to_conclude_count"] == 1
    assert coordinator_list.context["overdue_count"] == 1


def test_edit_form_has_no_status_and_cannot_conclude_a_future_event(coordinator_client, parties):
    coordinator_client.post("/en/events/new/", event_post())
    event = Event.objects.get()

    form = coordinator_client.get(f"/en/events/{event.pk}/edit/").context["form"]
    response = coordinator_client.post(
        f"/en/events/{event.pk}/edit/", event_post(title="Renamed", status="concluded")
    )

    event.refresh_from_db()
    assert "status" not in form.fields
    assert response.status_code == 302
    assert (event.title, event.status) == ("Renamed", "planned")


def test_edit_form_cannot_cancel_a_concluded_event(coordinator_client, parties):
    event = EventFactory(starts_at=timezone.now() - dt.timedelta(days=3))
    services.conclude_event(event=event, report="<p>Done</p>")

    coordinator_client.post(
        f"/en/events/{event.pk}/edit/",
        event_post(date=f"{event.starts_at:%Y-%m-%d}", status="cancelled"),
    )

    event.refresh_from_db()
    assert event.status == "concluded"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"date": "0001-01-01", "start_time": "00:30", "end_time": "01:30"}, "date"),
        ({"date": "9999-12-31", "start_time": "23:30", "end_time": "23:50",
          "zone": "Atlantic/Azores"}, "date"),
        ({"end_date": "9999-12-31"}, "end_date"),
        ({"series": "{series}", "ordinal": "99999999999999999999"}, "ordinal"),
        ({"series": "{series}", "ordinal": "10001"}, "ordinal"),
    ],
)  # fmt: skip
def test_create_event_with_extreme_input_names_the_field(
    coordinator_client, parties, changes, field
):
    from tests.factories import EventSeriesFactory

    series = EventSeriesFactory()
    changes = {k: v.format(series=series.pk) for k, v in changes.items()}

    response = coordinator_client.post("/en/events/new/", event_post(**changes))

    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert Event.objects.count() == 0


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_add_session_with_an_extreme_date_names_the_date(coordinator_client, day):
    event = EventFactory()

    response = coordinator_client.post(
        f"/en/events/{event.pk}/sessions/new/",
        {"kind": "panel", "title": "Panel", "date": day, "start_time": "00:30",
         "end_time": "23:50", "zone": "Europe/Rome"},
    )  # fmt: skip

    assert response.status_code == 400
    assert "between 1900 and 2200" in " ".join(response.context["form"].errors["date"])
    assert event.sessions.count() == 0


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"organisations": "18446744073709551616"}, "organisations", "No organisation called"),
        ({"organisations": "-9223372036854775809"}, "organisations", "No organisation called"),
        ({"ordinal": "18446744073709551616"}, "ordinal", "less than or equal to 10000"),
        ({"title": "Line one\nline two"}, "title", "on one line"),
        ({"title_it": "Riga\u2028due"}, "title_it", "on one line"),
        ({"date": "9999-12-31"}, "date", "between 1900 and 2200"),
    ],
)
def test_create_event_crafted_input_names_the_field_and_saves_nothing(
    coordinator_client, parties, changes, field, words
):
    response = coordinator_client.post("/en/events/new/", event_post(**changes))

    assert response.status_code == 400
    assert words in " ".join(response.context["form"].errors[field])
    assert Event.objects.count() == 0


def test_create_event_summary_past_its_limit_is_refused_with_the_count(coordinator_client, parties):
    response = coordinator_client.post("/en/events/new/", event_post(summary="x" * 2001))

    assert response.status_code == 400
    assert response.context["form"].errors["summary"] == [
        "Ensure this value has at most 2000 characters (it has 2001)."
    ]
    assert Event.objects.count() == 0


def test_progress_note_past_its_limit_is_refused_and_nothing_changes(client, member, municipality):
    event = EventFactory()
    EventParticipantFactory(event=event, municipality=municipality)
    action = FollowUpAction.objects.create(event=event, description="Send the housing guide")
    client.force_login(member)

    response = client.post(
        f"/en/events/follow-ups/{action.pk}/progress/", {"note": "x" * 2001, "marks_done": "on"}
    )

    action.refresh_from_db()
    assert response.status_code == 400
    assert "at most 2000 characters" in response.content.decode()
    assert (action.done_at, FollowUpProgress.objects.count()) == (None, 0)


def test_coordinator_adds_a_series_name_in_greek_and_the_event_page_shows_it(
    coordinator_client,
):
    from tests.factories import EventSeriesFactory

    series = EventSeriesFactory(name_en="regional consultation", name_it="consultazione")
    event = EventFactory(series=series, ordinal=7)
    page = coordinator_client.get(f"/en/events/{event.pk}/").content.decode()
    link = f"/en/events/series/{series.pk}/translations/?event={event.pk}"
    form = coordinator_client.get(link).context["form"]
    data = {name: field.initial or "" for name, field in form.fields.items()}

    response = coordinator_client.post(
        link, {**data, "name_el": "περιφερειακή διαβούλευση", "gender_el": "f"}
    )

    assert f'href="{link.replace("&", "&amp;")}"' in page
    assert response.status_code == 302
    assert response["Location"] == f"/en/events/{event.pk}/"
    series.refresh_from_db()
    assert (series.name_el, series.gender_el, series.name_it) == (
        "περιφερειακή διαβούλευση",
        "f",
        "consultazione",
    )
    greek = coordinator_client.get(f"/el/events/{event.pk}/").content.decode()
    assert "7η περιφερειακή διαβούλευση" in greek


def test_members_see_no_link_to_translate_the_series_and_may_not_translate_it(
    member_client,
):
    from tests.factories import EventSeriesFactory

    series = EventSeriesFactory()
    event = EventFactory(series=series, ordinal=7)

    page = member_client.get(f"/en/events/{event.pk}/").content.decode()
    response = member_client.post(
        f"/en/events/series/{series.pk}/translations/", {"name_el": "κάτι", "gender_el": "f"}
    )

    assert "/translations/" not in page
    assert response.status_code == 404
    series.refresh_from_db()
    assert series.name_el is None


def test_a_report_written_in_polish_is_marked_so_on_an_italian_page(coordinator_client):
    event = EventFactory(starts_at=timezone.now() - dt.timedelta(days=1))

    coordinator_client.post(
        f"/it/events/{event.pk}/conclude/",
        {"report": "<p>Dobra rozmowa</p>", "report_language": "pl", "publish": "on"},
    )
    italian = coordinator_client.get(f"/it/events/{event.pk}/").content.decode()
    polish = coordinator_client.get(f"/pl/events/{event.pk}/").content.decode()

    assert '<div class="report" lang="pl"><p>Dobra rozmowa</p></div>' in italian
    assert "Scritto in polacco." in italian
    assert '<div class="report" lang="pl">' in polish


def test_a_report_language_that_is_not_a_language_is_refused_and_nothing_changes(
    coordinator_client,
):
    event = EventFactory(starts_at=timezone.now() - dt.timedelta(days=1))

    response = coordinator_client.post(
        f"/en/events/{event.pk}/conclude/",
        {"report": "<p>Fine</p>", "report_language": "xx", "publish": "on"},
    )

    event.refresh_from_db()
    assert response.status_code == 400
    assert (event.status, event.report, event.report_language) == ("planned", "", "")
