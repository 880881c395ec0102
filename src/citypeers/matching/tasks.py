"""Background work of matching: the e-mail of each exchange-request step, and the
invitations to the meetings of a confirmed round.

The e-mail is queued only once the step's transaction has committed, so a refused or
rolled-back write sends nothing, and a mail server that is down never undoes the write:
the task tries again later, with the recipients it has not reached yet.
"""

import datetime as dt
import logging

from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from citypeers.matching import notifications

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
FIRST_RETRY = dt.timedelta(minutes=1)  # then 2, 4, 8 minutes


def notify_after_commit(request, step: str, *, event=None, invited=None) -> None:
    """Queue the e-mail of ``step`` of ``request`` for after the current transaction.

    ``event`` is the meeting the step planned or cancelled (its ``.ics`` goes with it);
    ``invited`` the municipality to tell when the step took its invitation back. A
    failure to queue is logged, never raised: the write it follows has been kept.
    """
    kwargs = {"request_id": request.pk, "step": str(step), "event_id": event.pk if event else None}
    if invited is not None:
        kwargs["invited_id"] = invited.pk
    transaction.on_commit(lambda: send_request_email.enqueue(**kwargs), robust=True)


def invite_to_meetings_after_commit(events) -> None:
    """Queue an invitation (with its ``.ics``) to each planned meeting, once committed."""
    ids = [event.pk for event in events]
    for event_id in ids:
        transaction.on_commit(
            lambda event_id=event_id: send_meeting_invitation.enqueue(event_id=event_id),
            robust=True,
        )


@task()
def send_meeting_invitation(
    *, event_id: int, recipients: list[int] | None = None, attempt: int = 1
) -> int:
    """Invite the members of the meeting's municipalities; retried like the steps' mail."""
    mails = notifications.meeting_mails(event_id=event_id, recipients=recipients)
    return _deliver(
        mails,
        again=send_meeting_invitation,
        kwargs={"event_id": event_id},
        attempt=attempt,
        what=f"Invitation to meeting {event_id}",
    )


@task()
def send_request_email(
    *,
    request_id: int,
    step: str,
    event_id: int | None = None,
    invited_id: int | None = None,
    recipients: list[int] | None = None,
    attempt: int = 1,
) -> int:
    """Send the step's e-mail to each recipient (all concerned users the first time,
    ``recipients`` on a retry); returns how many were sent in this attempt."""
    mails = notifications.request_mails(
        request_id=request_id,
        step=step,
        event_id=event_id,
        invited_id=invited_id,
        recipients=recipients,
    )
    kwargs = {"request_id": request_id, "step": step, "event_id": event_id}
    kwargs |= {"invited_id": invited_id} if invited_id else {}
    return _deliver(
        mails,
        again=send_request_email,
        kwargs=kwargs,
        attempt=attempt,
        what=f"E-mail {step} of exchange request {request_id}",
    )


def _deliver(mails, *, again, kwargs: dict, attempt: int, what: str) -> int:
    """Send ``mails`` over one connection; on a mail-server error, queue ``again`` for the
    recipients not reached yet. Returns how many were sent in this attempt."""
    remaining = [user_id for user_id, _message in mails]
    connection = get_connection()
    try:
        for user_id, message in mails:
            message.connection = connection
            message.send()
            remaining.remove(user_id)
    except OSError as error:  # smtplib.SMTPException is an OSError too
        _retry(again, kwargs, remaining=remaining, attempt=attempt, error=error, what=what)
    finally:
        connection.close()
    return len(mails) - len(remaining)


def _retry(again, kwargs: dict, *, remaining: list[int], attempt: int, error, what: str) -> None:
    """Queue the unsent e-mails again after a growing delay, or give up and log it."""
    if attempt >= MAX_ATTEMPTS:
        logger.error(
            "%s not sent after %s attempts (%s): gave up on %s recipients",
            what, attempt, error, len(remaining),
        )  # fmt: skip
        return
    delay = FIRST_RETRY * 2 ** (attempt - 1)
    logger.warning(
        "%s failed (%s), attempt %s of %s: retrying in %s",
        what, error, attempt, MAX_ATTEMPTS, delay,
    )  # fmt: skip
    later = again
    if later.get_backend().supports_defer:
        later = later.using(run_after=timezone.now() + delay)
    later.enqueue(**kwargs, recipients=remaining, attempt=attempt + 1)
