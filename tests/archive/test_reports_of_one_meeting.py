"""Two reports of one meeting (each town's own account, in its own language) make one event:
the first imported leads it, the second adds its parties and people and is attached to the
event's documents in its language; another day, other towns or the coordinator's "separate"
keep two events."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from citypeers.archive.extraction import FIELDS
from citypeers.archive.meetings import same_meeting
from citypeers.archive.models import ImportedReport
from citypeers.archive.services import import_report_text
from citypeers.documents.models import Document
from citypeers.events.models import Event
from tests.archive.review_data import review_data

pytestmark = pytest.mark.django_db

LEAD_TEXT = (
    "Study visit in Lyon\n\n"
    "On 14 March 2024 officers of Lyon, Porto and Graz met in Lyon to compare their "
    "welcome services for newcomers.\n\nMs Claire Martin, Head of the Welcome Service, "
    "opened the visit."
)
ACCOUNT_TEXT = (
    "Studienbesuch in Lyon\n\n"
    "Am 14. März 2024 trafen sich die Städte Lyon, Porto, Graz und Gent in Lyon, um ihre "
    "Willkommensdienste für Neuzugewanderte zu vergleichen. Die Delegation aus Gent wurde "
    "von Herrn Pieter Claes geleitet."
)
TOWNS = {"Lyon": "FR", "Porto": "PT", "Graz": "AT", "Gent": "BE", "Turin": "IT"}


def _record(*towns: str, day: str | None = "2024-03-14", people=()) -> dict:
    record = dict.fromkeys(FIELDS)
    record.update(
        kind="study_visit",
        start_date=day,
        end_date=day,
        timezones=[],
        online=False,
        location=towns[0],
        status="concluded",
        municipalities=[{"name": town, "country": TOWNS[town]} for town in towns],
        people=[{"name": n, "role": r, "organization": o} for n, r, o in people],
        roles=[],
        organizations=[],
        themes=["reception"],
        practices=[],
    )
    return record


def _import(name: str, text: str, record: dict, **review) -> ImportedReport:
    outcome = import_report_text(text=text, source_name=name, record=record, **review)
    assert outcome.report is not None, outcome.message
    return outcome.report


def _lead():
    return _import(
        "lyon_visit_en.txt",
        LEAD_TEXT,
        _record("Lyon", "Porto", "Graz", people=[("Claire Martin", "Head", "Lyon")]),
    )


def _account(**review):
    record = _record("Lyon", "Porto", "Graz", "Gent", people=[("Pieter Claes", "", "Gent")])
    return _import("gent_besuch_de.txt", ACCOUNT_TEXT, record, **review)


def _towns(event: Event) -> set[str]:
    return set(event.participants.filter(municipality__isnull=False).values_list(
        "municipality__name", flat=True
    ))  # fmt: skip


def test_the_import_says_which_report_an_account_joined():
    _lead()
    record = _record("Lyon", "Porto", "Graz", "Gent")
    outcome = import_report_text(text=ACCOUNT_TEXT, source_name="gent.txt", record=record)
    other = import_report_text(text=LEAD_TEXT, source_name="turin.txt", record=_record("Turin"))

    assert outcome.changes == [
        "joins the event of “lyon_visit_en.txt”, a report of the same meeting"
    ]
    assert other.changes == []


def test_second_account_joins_the_event_of_the_first():
    lead = _lead()
    event = lead.event
    published_report = event.report

    account = _account()

    assert Event.objects.count() == 1
    assert account.event_id == event.pk
    event.refresh_from_db()
    assert _towns(event) == {"Lyon", "Porto", "Graz", "Gent"}
    assert set(event.people.values_list("person__name", flat=True)) == {
        "Claire Martin",
        "Pieter Claes",
    }
    # the leading report keeps the event's report; the account is a document in German
    assert event.report == published_report
    document = Document.objects.get(event=event)
    assert account.account == document
    assert (document.language, document.visibility) == ("de", "public")
    assert document.title == "Studienbesuch in Lyon"
    assert document.file.read().decode("utf-8").strip() == ACCOUNT_TEXT


@pytest.mark.parametrize(
    "towns, day",
    [
        (("Lyon", "Porto", "Graz", "Gent"), "2024-03-15"),  # another day
        (("Lyon", "Turin", "Gent"), "2024-03-14"),  # one town in common of three
    ],
)
def test_other_day_or_other_towns_make_their_own_event(towns, day):
    lead = _lead()
    other = _import("other.txt", ACCOUNT_TEXT, _record(*towns, day=day))

    assert Event.objects.count() == 2
    assert other.event_id != lead.event_id
    assert other.account is None
    assert not Document.objects.exists()
    assert _towns(lead.event) == {"Lyon", "Porto", "Graz"}


def test_coordinator_keeps_a_report_apart_and_may_join_it_later():
    lead = _lead()
    apart = _account(separate_event=True)

    assert Event.objects.count() == 2
    assert apart.event_id != lead.event_id and apart.account is None
    assert _towns(lead.event) == {"Lyon", "Porto", "Graz"}

    joined = _account(separate_event=False)

    assert joined.event_id == lead.event_id and joined.account is not None
    assert Document.objects.filter(event=lead.event).count() == 1
    # the event it leaves held nothing else, so it goes
    assert list(Event.objects.all()) == [lead.event]


def test_the_lead_stays_the_lead_when_an_earlier_report_joins_later():
    undated = _import(
        "gent_besuch_de.txt", ACCOUNT_TEXT, _record("Lyon", "Porto", "Gent", day=None)
    )
    assert undated.event is None
    lead = _lead()
    published_report = lead.event.report

    for _ in range(2):  # the earlier report gets its date, then is saved once more
        account = _import("gent_besuch_de.txt", ACCOUNT_TEXT, _record("Lyon", "Porto", "Gent"))
        lead.event.refresh_from_db()
        assert account.event_id == lead.event_id and account.account is not None
        assert lead.event.report == published_report
    assert Event.objects.count() == 1


def test_an_account_kept_apart_after_joining_leaves_the_event_and_its_documents():
    lead = _lead()
    _account()
    assert Document.objects.count() == 1

    apart = _account(separate_event=True)

    assert apart.event_id != lead.event_id
    assert apart.account is None
    assert not Document.objects.exists()
    assert Event.objects.count() == 2


def test_an_edited_account_replaces_its_document():
    lead = _lead()
    _account()
    edited = _account(shown_text=ACCOUNT_TEXT + "\n\nNachtrag: ein zweites Treffen folgt.")

    document = Document.objects.get(event=lead.event)
    assert edited.account == document
    assert "Nachtrag" in document.file.read().decode("utf-8")


def test_the_leading_report_saved_again_keeps_the_accounts_parties():
    lead = _lead()
    _account()

    _import("lyon_visit_en.txt", LEAD_TEXT, _record("Lyon", "Porto", "Graz"))

    assert Event.objects.count() == 1
    assert _towns(lead.event) == {"Lyon", "Porto", "Graz", "Gent"}
    assert Document.objects.filter(event=lead.event).count() == 1


@pytest.mark.parametrize(
    "ours, theirs, expected",
    [
        ({1}, {1}, True),
        ({1, 2}, {1, 2, 3, 4}, True),
        ({1, 2, 3}, {1, 4, 5}, False),
        ({1}, {1, 2}, False),
        ({1, 2}, {3, 4}, False),
        ({1, 2, 3, 4, 5}, {1, 2}, True),
    ],
)
def test_same_meeting_needs_most_of_the_same_municipalities(ours, theirs, expected):
    assert same_meeting(ours, theirs) is expected


def test_review_names_the_earlier_report_and_saving_joins_its_event(coordinator_client):
    lead = _lead()
    page = coordinator_client.post(
        reverse("archive:upload"),
        {"file": SimpleUploadedFile("gent_besuch_de.txt", ACCOUNT_TEXT.encode("utf-8"))},
    )
    assert page.status_code == 200
    assert page.context["meeting_reports"] == [lead]
    html = page.content.decode()
    assert reverse("archive:report", kwargs={"pk": lead.pk}) in html
    assert 'name="separate_event"' in html

    data = review_data(page)
    data.pop("separate_event", None)
    saved = coordinator_client.post(reverse("archive:review"), data, follow=True)

    account = ImportedReport.objects.get(source_name="gent_besuch_de.txt")
    assert account.event_id == lead.event_id
    assert "lyon_visit_en.txt" in saved.content.decode()
    assert Event.objects.count() == 1


def test_review_ticked_separate_makes_a_second_event(coordinator_client):
    lead = _lead()
    page = coordinator_client.post(
        reverse("archive:upload"),
        {"file": SimpleUploadedFile("gent_besuch_de.txt", ACCOUNT_TEXT.encode("utf-8"))},
    )
    coordinator_client.post(reverse("archive:review"), review_data(page, separate_event="on"))

    account = ImportedReport.objects.get(source_name="gent_besuch_de.txt")
    assert account.separate_event is True
    assert account.event_id not in (None, lead.event_id)
    assert not Document.objects.exists()


def test_event_page_offers_the_account_to_visitors_in_its_language():
    lead = _lead()
    _account()

    page = Client().get(lead.event.get_absolute_url())

    html = page.content.decode()
    assert page.status_code == 200
    document = Document.objects.get()
    assert f'href="{document.get_absolute_url()}" lang="de"' in html
    assert Client().get(document.get_absolute_url()).status_code == 200


def test_event_page_says_which_language_the_report_is_written_in():
    lead = _import("gent.txt", ACCOUNT_TEXT, _record("Lyon", "Porto", "Gent"))

    page = Client().get(lead.event.get_absolute_url())

    html = page.content.decode()
    assert lead.event.report_language == "de"
    assert '<div class="report" lang="de">' in html
    assert "Written in German." in html


@pytest.mark.parametrize(("options", "events"), [((), 1), (("--separate-events",), 2)])
def test_command_line_joins_accounts_unless_asked_to_keep_events_apart(tmp_path, options, events):
    lead, account = tmp_path / "lyon_en.txt", tmp_path / "lyon_de.txt"
    lead.write_text(LEAD_TEXT, encoding="utf-8")
    account.write_text(ACCOUNT_TEXT, encoding="utf-8")

    call_command("import_reports", str(lead), str(account), *options, stdout=io.StringIO())

    reports = ImportedReport.objects.order_by("source_name")
    assert Event.objects.count() == events
    assert reports.filter(account__isnull=False).count() == (1 if events == 1 else 0)
    assert len({r.event_id for r in reports}) == events
