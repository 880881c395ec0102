"""The e-mails of exchange-request steps: who gets them, what they hold, and retries."""

import datetime as dt
import logging
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from icalendar import Calendar

from citypeers.matching.models import ExchangeRequest
from citypeers.matching.services import requests as services
from citypeers.matching.tasks import MAX_ATTEMPTS
from tests.factories import UserFactory
from tests.matching.exchange_world import build_exchange, next_week_at, officer_of

pytestmark = pytest.mark.django_db

SITE = "https://citypeers.example.org"


@pytest.fixture
def world(settings):
    settings.SITE_URL = SITE
    return build_exchange(settings)


def local_range(start: dt.datetime, minutes: int) -> str:
    """The wording of a meeting in Florence's then Cluj-Napoca's time (zoneinfo, babel)."""
    parts = []
    for zone in ("Europe/Rome", "Europe/Bucharest"):
        begins = start.astimezone(ZoneInfo(zone))
        ends = begins + dt.timedelta(minutes=minutes)
        day = format_date(begins.date(), format="long", locale="en_GB")
        parts.append(f"{day}, {begins:%H:%M}–{ends:%H:%M} ({begins.tzname()})")
    return " / ".join(parts)


def sent(outbox) -> list[tuple[str, str]]:
    """(recipient, subject) of each e-mail, in order."""
    return [(message.to[0], message.subject) for message in outbox]


def test_a_new_request_goes_to_the_coordinators(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        request = world.ask()

    assert sent(mail.outbox) == [
        (world.coordinator.email, "New exchange request from Florence"),
    ]
    body = mail.outbox[0].body
    assert f"{SITE}/en/exchanges/requests/{request.pk}/" in body
    assert "Message of Florence:\nHousing first?" in body


def test_nothing_is_sent_before_the_transaction_commits(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        world.ask()

    assert (len(callbacks), mail.outbox) == (1, [])


def test_an_invitation_goes_to_both_cities_with_the_slot_in_both_zones(
    world, django_capture_on_commit_callbacks
):
    request = world.ask()
    second_cluj_officer = officer_of(world.cluj)

    with django_capture_on_commit_callbacks(execute=True):
        world.invite(request, starts_at=next_week_at(8))

    subject = "Invitation to an exchange: Florence and Cluj-Napoca"
    assert sent(mail.outbox) == [
        (world.florence_officer.email, subject),
        (world.cluj_officer.email, subject),
        (second_cluj_officer.email, subject),
    ]
    assert f"Proposed time: {local_range(next_week_at(8), 90)}" in mail.outbox[0].body


def test_each_recipient_reads_the_e_mail_in_the_language_of_their_settings(
    world, django_capture_on_commit_callbacks
):
    world.cluj_officer.language = "pl"
    world.cluj_officer.save()
    request = world.ask()

    with django_capture_on_commit_callbacks(execute=True):
        world.invite(request, starts_at=next_week_at(8))

    assert sent(mail.outbox) == [
        (world.florence_officer.email, "Invitation to an exchange: Florence and Cluj-Napoca"),
        (world.cluj_officer.email, "Zaproszenie do wymiany: Florence i Cluj-Napoca"),
    ]
    assert f"{SITE}/pl/exchanges/requests/{request.pk}/" in mail.outbox[1].body
    assert f"{SITE}/en/exchanges/requests/{request.pk}/" in mail.outbox[0].body


def test_acceptance_sends_the_calendar_invitation_of_the_planned_meeting(
    world, django_capture_on_commit_callbacks
):
    request = world.invite(world.ask())

    with django_capture_on_commit_callbacks(execute=True):
        services.accept_invitation(request=request, answer="Gladly.", by=world.cluj_officer)

    subject = "Exchange planned: Florence and Cluj-Napoca"
    assert sent(mail.outbox) == [
        (world.florence_officer.email, subject),
        (world.cluj_officer.email, subject),
        (world.coordinator.email, subject),
    ]
    name, content, mimetype = mail.outbox[0].attachments[0]
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    request.refresh_from_db()
    assert (name, mimetype) == ("meeting.ics", "text/calendar")
    assert (event.decoded("dtstart"), event.decoded("dtend")) == (
        next_week_at(8),
        next_week_at(9, 30),
    )
    assert str(event["summary"]) == "1st online peer-to-peer exchange: Florence – Cluj-Napoca"
    assert str(event["url"]) == f"{SITE}/en/events/{request.event_id}/"


def test_undoing_an_acceptance_sends_the_cancelled_meeting(
    world, django_capture_on_commit_callbacks
):
    request = world.accepted()

    with django_capture_on_commit_callbacks(execute=True):
        services.undo_last_step(request=request, by=world.coordinator)

    _name, content, _type = mail.outbox[0].attachments[0]
    assert str(Calendar.from_ical(content).walk("VEVENT")[0]["status"]) == "CANCELLED"
    assert "The planned meeting is cancelled." in mail.outbox[0].body


def test_taking_an_invitation_back_tells_the_city_that_was_invited(
    world, django_capture_on_commit_callbacks
):
    request = world.invite(world.ask())

    with django_capture_on_commit_callbacks(execute=True):
        services.undo_last_step(request=request, by=world.coordinator)

    subject = "Exchange request of Florence: a step was undone"
    assert sent(mail.outbox) == [
        (world.florence_officer.email, subject),
        (world.cluj_officer.email, subject),
        (world.coordinator.email, subject),
    ]
    assert "it now reads “Waiting for the coordinator”" in mail.outbox[0].body


def test_users_who_turned_e_mail_off_get_none(world, django_capture_on_commit_callbacks):
    world.cluj_officer.email_notifications = False
    world.cluj_officer.save()
    request = world.ask()

    with django_capture_on_commit_callbacks(execute=True):
        world.invite(request)

    assert [to for to, _subject in sent(mail.outbox)] == [world.florence_officer.email]


def test_a_third_city_and_accounts_without_address_hear_nothing(
    world, django_capture_on_commit_callbacks
):
    UserFactory(role="coordinator", email="")

    with django_capture_on_commit_callbacks(execute=True):
        world.invite(world.ask())

    recipients = {message.to[0] for message in mail.outbox}
    assert world.bari_officer.email not in recipients
    assert "" not in recipients


# --- a mail server that fails -------------------------------------------------------------


@pytest.fixture
def unreachable_mail_server(settings):
    """A real SMTP backend pointed at a port where nothing listens: connecting fails."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # discard: closed on this machine
    settings.EMAIL_TIMEOUT = 2


def test_a_failing_mail_server_keeps_the_write_and_gives_up_after_the_attempts(
    world, unreachable_mail_server, caplog, django_capture_on_commit_callbacks
):
    with (
        caplog.at_level(logging.WARNING, logger="citypeers.matching.tasks"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        request = world.ask()

    assert ExchangeRequest.objects.get(pk=request.pk).status == "open"
    assert [record.levelname for record in caplog.records] == [
        *["WARNING"] * (MAX_ATTEMPTS - 1),
        "ERROR",
    ]
    assert f"after {MAX_ATTEMPTS} attempts" in caplog.records[-1].getMessage()


@pytest.mark.django_db(transaction=True)
def test_the_worker_retries_later_and_delivers_once_the_server_is_back(
    settings, unreachable_mail_server
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    world = build_exchange(settings)
    request = world.ask()  # committed: the e-mail is queued, not sent
    queued = DBTaskResult.objects.get()

    call_command("worker", batch=True, startup_delay=False, verbosity=0)

    retry = DBTaskResult.objects.exclude(pk=queued.pk).get()
    assert (DBTaskResult.objects.get(pk=queued.pk).status, retry.status) == ("SUCCESSFUL", "READY")
    assert retry.args_kwargs["kwargs"] == {
        "request_id": request.pk,
        "step": "requested",
        "event_id": None,
        "recipients": [world.coordinator.pk],
        "attempt": 2,
    }
    assert timezone.now() < retry.run_after <= timezone.now() + dt.timedelta(minutes=1)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    call_command("worker", batch=True, startup_delay=False, verbosity=0)

    assert sent(mail.outbox) == [(world.coordinator.email, "New exchange request from Florence")]
    assert DBTaskResult.objects.get(pk=retry.pk).status == "SUCCESSFUL"


def test_each_recipient_reads_the_cities_named_in_their_language(
    world, django_capture_on_commit_callbacks
):
    world.florence.names_by_language = {"it": "Firenze", "pl": "Florencja"}
    world.florence.save()
    world.cluj_officer.language = "pl"
    world.cluj_officer.save()
    request = world.ask()

    with django_capture_on_commit_callbacks(execute=True):
        world.invite(request, starts_at=next_week_at(8))

    assert sent(mail.outbox) == [
        (world.florence_officer.email, "Invitation to an exchange: Florence and Cluj-Napoca"),
        (world.cluj_officer.email, "Zaproszenie do wymiany: Florencja i Cluj-Napoca"),
    ]
