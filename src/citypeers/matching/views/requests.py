"""Pages of exchange requests: ask, the coordinators' list, a request's page and its steps.

Thin views: fetch and authorise in one step (``accounts.access``), call a service,
render. A step the request's status no longer allows comes back as a message on the
request's page, with nothing changed.
"""

from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citypeers.accounts.access import object_for, require
from citypeers.core.audit import audit_trail
from citypeers.matching import selectors
from citypeers.matching.enums import RequestStatus
from citypeers.matching.forms.requests import (
    AnswerForm,
    InviteForm,
    RequestForm,
    apply_service_errors,
)
from citypeers.matching.reasons import shown_peers
from citypeers.matching.request_times import proposed_meeting
from citypeers.matching.services import requests as services
from citypeers.network.models import Municipality

PAGE_SIZE = 25
SUGGESTED_PEERS = 5


def request_create(request):
    require(request.user, "matching.ask_for_exchange", message=_("Log in to ask for an exchange."))
    wanted = _wanted(request.GET.get("with"))
    municipalities = selectors.municipalities_of(request.user)
    data = request.POST if request.method == "POST" else None
    form = RequestForm(data, municipalities=municipalities)
    if request.method == "POST" and form.is_valid():
        try:
            exchange = services.create_request(wanted=wanted, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_service_errors(form, error)
        else:
            messages.success(request, _("Your request is sent to the programme's coordinators."))
            return redirect(exchange)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "wanted": wanted}
    return render(request, "matching/request_form.html", context, status=status)


def _wanted(value: str | None) -> Municipality | None:
    """The municipality named by ``?with=`` (a missing or malformed one is a 404)."""
    if not value:
        return None
    if not value.isdigit():
        raise Http404
    found = Municipality.objects.select_related("country").filter(pk=int(value)).first()
    if found is None:
        raise Http404
    return found


def request_list(request):
    require(request.user, "matching.see_requests")
    status = request.GET.get("status", "")
    if status not in RequestStatus.values:
        status = ""
    rows = selectors.request_list(status=status)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    counts = selectors.status_counts()
    context = {
        "page": page,
        "status": status,
        "statuses": [(value, label, counts[value]) for value, label in RequestStatus.choices],
        "total": sum(counts.values()),
    }
    return render(request, "matching/request_list.html", context)


def _exchange(request, pk: int, permission: str):
    visible = selectors.requests_visible_to(request.user)
    return object_for(request.user, visible, pk=pk, permission=permission)


def request_detail(request, pk: int):
    exchange = _exchange(request, pk, "matching.see_request")
    return _render_detail(request, exchange)


def _render_detail(request, exchange, *, invite_form=None, answer_form=None, status=200):
    user = request.user
    can_invite = user.has_perm("matching.invite_peer", exchange)
    peers = shown_peers(exchange.requester, limit=SUGGESTED_PEERS) if can_invite else []
    if can_invite and invite_form is None:
        invite_form = InviteForm(request=exchange, choices=_invite_choices(exchange, peers))
    can_answer = user.has_perm("matching.answer_request", exchange)
    context = {
        "exchange": exchange,
        "slot": _slot(exchange),
        "peers": peers,
        "invite_form": invite_form if can_invite else None,
        "answer_form": (answer_form or AnswerForm()) if can_answer else None,
        "can_withdraw": user.has_perm("matching.withdraw_request", exchange),
        "can_undo": user.has_perm("matching.undo_request", exchange),
        "history": audit_trail(exchange),
    }
    return render(request, "matching/request_detail.html", context, status=status)


def _invite_choices(exchange, peers) -> list[tuple[Municipality, str]]:
    """The wanted municipality first, then the suggested peers, each once."""
    choices = []
    if exchange.wanted is not None:
        label = _("%(city)s (asked for)") % {"city": exchange.wanted.display_name}
        choices.append((exchange.wanted, label))
    for peer in peers:
        city = peer.suggestion.municipality
        if city.pk not in {chosen.pk for chosen, _label in choices}:
            choices.append((city, city.display_name))
    return choices


def _slot(exchange) -> str:
    """The proposed meeting in both cities' local times."""
    return proposed_meeting(exchange, translation.get_language() or "en")


def _refused(request, exchange, error: ValidationError):
    messages.error(request, " ".join(error.messages))
    return redirect(exchange)


@require_POST
def request_invite(request, pk: int):
    exchange = _exchange(request, pk, "matching.manage_request")
    if not request.user.has_perm("matching.invite_peer", exchange):
        return _refused(request, exchange, services.not_invitable(exchange))
    peers = shown_peers(exchange.requester, limit=SUGGESTED_PEERS)
    form = InviteForm(request.POST, request=exchange, choices=_invite_choices(exchange, peers))
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.invite_peer(
                request=exchange,
                invited=data["invited"],
                starts_at=data["starts_at"],
                meeting_minutes=data["meeting_minutes"],
                by=request.user,
            )
        except ValidationError as error:
            if set(error.message_dict) == {NON_FIELD_ERRORS}:
                return _refused(request, exchange, error)
            apply_service_errors(form, error, {"starts_at": "date"})
        else:
            messages.success(request, _("%(city)s is invited.") % {"city": exchange.invited.name})
            return redirect(exchange)
    return _render_detail(request, exchange, invite_form=form, status=400)


@require_POST
def request_answer(request, pk: int):
    exchange = _exchange(request, pk, "matching.answer_for_invited")
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, exchange, answer_form=form, status=400)
    answer = form.cleaned_data["answer"]
    step = (
        services.accept_invitation
        if form.cleaned_data["decision"] == "accept"
        else services.decline_invitation
    )
    try:
        step(request=exchange, answer=answer, by=request.user)
    except ValidationError as error:
        return _refused(request, exchange, error)
    if exchange.status == RequestStatus.ACCEPTED:
        messages.success(request, _("Accepted: the meeting is planned."))
    else:
        messages.success(request, _("Your answer is sent."))
    return redirect(exchange)


@require_POST
def request_withdraw(request, pk: int):
    exchange = _exchange(request, pk, "matching.act_for_requester")
    try:
        services.withdraw_request(request=exchange, by=request.user)
    except ValidationError as error:
        return _refused(request, exchange, error)
    messages.success(request, _("The request is withdrawn."))
    return redirect(exchange)


@require_POST
def request_undo(request, pk: int):
    exchange = _exchange(request, pk, "matching.manage_request")
    try:
        services.undo_last_step(request=exchange, by=request.user)
    except ValidationError as error:
        return _refused(request, exchange, error)
    messages.success(request, _("The last step is undone."))
    return redirect(exchange)
