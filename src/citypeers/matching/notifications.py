"""The e-mails of exchange-request steps: who gets them and what they say.

Recipients are read when the e-mail is sent, so a user who turned e-mail off in the
meantime gets none. Each recipient gets a message of their own (no one sees the others'
addresses), in the language the recipient chose in their settings (the site's default
otherwise), with an absolute link to the request (``settings.SITE_URL``) and, when a
meeting was planned or cancelled, its ``.ics`` attached.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from citypeers.core.enums import AuditAction
from citypeers.core.formatting import base_language
from citypeers.core.themes import theme_label
from citypeers.events.calendars import calendar_of
from citypeers.events.models import Event
from citypeers.events.times import event_times
from citypeers.events.titles import event_title
from citypeers.matching import selectors
from citypeers.matching.models import ExchangeRequest
from citypeers.matching.request_times import proposed_meeting
from citypeers.network.names import municipality_name

# Whose members hear of each step ("coordinators" are the programme's staff).
AUDIENCE = {
    AuditAction.REQUESTED: ("coordinators",),
    AuditAction.INVITED: ("requester", "invited"),
    AuditAction.ACCEPTED: ("requester", "invited", "coordinators"),
    AuditAction.DECLINED: ("requester", "coordinators"),
    AuditAction.WITHDRAWN: ("coordinators",),
    AuditAction.UNDONE: ("requester", "invited", "coordinators"),
}


def recipients_of(request: ExchangeRequest, step: str, *, invited_id=None) -> list:
    """The users to tell of ``step``: members of the municipalities concerned (the invited
    one is ``invited_id`` when the step took the invitation back), coordinators."""
    audience = AUDIENCE.get(step, ())
    sides = {"requester": request.requester_id, "invited": invited_id or request.invited_id}
    cities = [city for side, city in sides.items() if side in audience]
    users = {user.pk: user for user in selectors.members_to_notify(c for c in cities if c)}
    if "coordinators" in audience:
        users.update((user.pk, user) for user in selectors.coordinators_to_notify())
    return sorted(users.values(), key=lambda user: user.pk)


def request_mails(
    *, request_id: int, step: str, event_id=None, invited_id=None, recipients=None
) -> list[tuple[int, EmailMultiAlternatives]]:
    """(user id, message) for each recipient; none if the request is gone."""
    request = (
        ExchangeRequest.objects.select_related("requester", "wanted", "invited")
        .filter(pk=request_id)
        .first()
    )
    if request is None:
        return []
    if recipients is None:
        users = recipients_of(request, step, invited_id=invited_id)
    else:
        users = list(
            get_user_model()
            .objects.filter(pk__in=recipients, is_active=True, email_notifications=True)
            .exclude(email="")
            .order_by("pk")
        )
    event = (
        Event.objects.select_related("series", "venue")
        .prefetch_related("participants__municipality", "themes")
        .filter(pk=event_id)
        .first()
        if event_id
        else None
    )

    def wording(language: str) -> tuple[dict, bytes | None]:
        context = _context(request, step, event)
        return context, _calendar(event, language) if event is not None else None

    return _in_each_language(users, wording, _message)


def _in_each_language(users, wording, message) -> list[tuple[int, EmailMultiAlternatives]]:
    """(user id, ``message(user, *wording(language))``) for each user, in the language the
    user chose or else the site's default; ``wording`` (subject, text, ``.ics``) runs once
    per language."""
    worded, mails = {}, []
    for user in users:
        language = user.language or settings.LANGUAGE_CODE
        with translation.override(language):
            if language not in worded:
                worded[language] = wording(language)
            mails.append((user.pk, message(user, *worded[language])))
    return mails


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _context(request: ExchangeRequest, step: str, event: Event | None) -> dict:
    language = translation.get_language() or settings.LANGUAGE_CODE
    names = {
        "requester": request.requester.display_name,
        "invited": request.invited.display_name if request.invited else "",
        "status": request.get_status_display(),
    }
    subject, lead = _wording(step)
    return {
        "language": language,
        "request": request,
        "subject": subject % names,
        "lead": lead % names,
        "slot": proposed_meeting(request, language),
        "themes": [str(theme_label(theme)) for theme in request.themes],
        "url": _absolute(request.get_absolute_url()),
        "event_url": _absolute(event.get_absolute_url()) if event else "",
        "event_cancelled": step == AuditAction.UNDONE and event is not None,
        "settings_url": _absolute(reverse("accounts:settings")),
    }


def _wording(step: str) -> tuple[str, str]:
    """Subject and first sentence of the e-mail of ``step``, in the active language."""
    if step == AuditAction.REQUESTED:
        return _("New exchange request from %(requester)s"), _(
            "%(requester)s asks for an exchange. Open the request to see suggested peers "
            "and invite one."
        )
    if step == AuditAction.INVITED:
        return _("Invitation to an exchange: %(requester)s and %(invited)s"), _(
            "The coordinator proposes an exchange between %(requester)s and %(invited)s. "
            "The members of %(invited)s can accept or decline it on the request's page."
        )
    if step == AuditAction.ACCEPTED:
        return _("Exchange planned: %(requester)s and %(invited)s"), _(
            "%(invited)s accepted the exchange with %(requester)s: the meeting is planned. "
            "Its calendar invitation is attached."
        )
    if step == AuditAction.DECLINED:
        return _("%(invited)s declined the exchange with %(requester)s"), _(
            "%(invited)s declined the exchange with %(requester)s."
        )
    if step == AuditAction.WITHDRAWN:
        return _("%(requester)s withdrew its exchange request"), _(
            "%(requester)s withdrew its exchange request."
        )
    return _("Exchange request of %(requester)s: a step was undone"), _(
        "The coordinator took back the last step of the exchange request of "
        "%(requester)s; it now reads “%(status)s”."
    )


def _calendar(event: Event, language: str) -> bytes:
    return calendar_of(
        [event],
        name=event_title(event, base_language(language)),
        url_of=lambda e: _absolute(e.get_absolute_url()),
        language=base_language(language),
    )


def _message(user, context: dict, ics: bytes | None) -> EmailMultiAlternatives:
    context = {**context, "user": user}
    message = EmailMultiAlternatives(
        subject=context["subject"],
        body=render_to_string("matching/email/request_step.txt", context),
        to=[user.email],
    )
    message.attach_alternative(
        render_to_string("matching/email/request_step.html", context), "text/html"
    )
    if ics is not None:
        message.attach("meeting.ics", ics, "text/calendar")
    return message


def meeting_mails(*, event_id: int, recipients=None) -> list[tuple[int, EmailMultiAlternatives]]:
    """(user id, message) inviting the members of a planned meeting's municipalities, with
    its ``.ics``; none if the meeting is gone."""
    event = (
        Event.objects.select_related("series", "venue")
        .prefetch_related("participants__municipality", "themes")
        .filter(pk=event_id)
        .first()
    )
    if event is None:
        return []
    cities = [p.municipality for p in event.participants.all() if p.municipality_id]
    users = selectors.members_to_notify(city.pk for city in cities)
    if recipients is not None:
        users = users.filter(pk__in=recipients)

    def wording(language: str) -> tuple[dict, bytes]:
        names = " – ".join(municipality_name(city, language) for city in cities)
        context = {
            "subject": _("Exchange planned: %(cities)s") % {"cities": names},
            "lead": _(
                "The coordinators planned an exchange between %(cities)s. Its calendar "
                "invitation is attached."
            )
            % {"cities": names},
            "when": event_times(event, base_language(language), with_date=True),
            "event_url": _absolute(event.get_absolute_url()),
            "settings_url": _absolute(reverse("accounts:settings")),
        }
        return context, _calendar(event, language)

    return _in_each_language(users, wording, _meeting_message)


def _meeting_message(user, context: dict, ics: bytes) -> EmailMultiAlternatives:
    context = {**context, "user": user}
    message = EmailMultiAlternatives(
        subject=context["subject"],
        body=render_to_string("matching/email/meeting_planned.txt", context),
        to=[user.email],
    )
    message.attach("meeting.ics", ics, "text/calendar")
    return message
