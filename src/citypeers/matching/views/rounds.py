"""Pages of rounds, for coordinators: open one, follow its computation, review, confirm."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citypeers.accounts.access import object_for, require
from citypeers.core.audit import audit_trail
from citypeers.core.formatting import base_language
from citypeers.events.timezones import format_range
from citypeers.matching.enums import RoundStatus
from citypeers.matching.forms.rounds import RoundForm, SwapForm
from citypeers.matching.models import Round, RoundPair
from citypeers.matching.profiles import profiles_of
from citypeers.matching.round_reasons import reason_text
from citypeers.matching.round_tasks import start_computing
from citypeers.matching.rounds import SIT_OUT_LABELS, UNPLACED_LABELS
from citypeers.matching.rules import round_coordinators
from citypeers.matching.services import rounds as services
from citypeers.network.models import Municipality

WAITING = (RoundStatus.DRAFT, RoundStatus.COMPUTING)


def _round(request, pk: int, permission: str = "matching.view_round") -> Round:
    visible = round_coordinators.queryset(request.user).select_related("programme")
    return object_for(request.user, visible, pk=pk, permission=permission)


def round_list(request):
    require(request.user, "matching.add_round")
    rounds = (
        Round.objects.select_related("programme")
        .annotate(pair_count=Count("pairs"))
        .order_by("-starts_on", "-pk")[:200]
    )
    return render(request, "matching/round_list.html", {"rounds": rounds})


def round_create(request):
    require(request.user, "matching.add_round")
    form = RoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                round_ = services.open_round(request=form.round_request(), by=request.user)
                start_computing(round_)
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            messages.success(request, _("The round is being computed."))
            return redirect(round_)
    status = 400 if request.method == "POST" else 200
    return render(request, "matching/round_form.html", {"form": form}, status=status)


@dataclass
class PairRow:
    pair: RoundPair
    reasons: list[str]
    when: str
    unplaced: str


def _review(round_: Round) -> dict:
    """What the review page shows: pairs with reasons and local times, who sits out, flags."""
    pairs = list(
        round_.pairs.select_related("first__country", "second__country", "moderator", "event")
    )
    ids = {city for pair in pairs for city in (pair.first_id, pair.second_id)}
    ids |= {entry["municipality"] for entry in round_.sitting_out}
    cities = Municipality.objects.select_related("country").in_bulk(ids)
    names = {pk: city.display_name for pk, city in cities.items()}
    rows = [_pair_row(pair, names) for pair in pairs]
    sitting_out = [
        (cities[entry["municipality"]], SIT_OUT_LABELS.get(entry["reason"], entry["reason"]))
        for entry in round_.sitting_out
        if entry["municipality"] in cities
    ]
    flagged = [cities[p.key] for p in profiles_of(cities.values()) if p.is_empty]
    return {
        "placed": [row for row in rows if row.pair.starts_at is not None],
        "unplaced": [row for row in rows if row.pair.starts_at is None],
        "sitting_out": sitting_out,
        "flagged": sorted(flagged, key=lambda city: (city.display_name, city.pk)),
    }


def _pair_row(pair: RoundPair, names) -> PairRow:
    when = ""
    if pair.starts_at is not None:
        zones = [pair.first.timezone, pair.second.timezone]
        when = format_range(pair.starts_at, pair.ends_at, zones, base_language(), with_date=True)
    return PairRow(
        pair=pair,
        reasons=[reason_text(data, names) for data in pair.reasons],
        when=when,
        unplaced=str(UNPLACED_LABELS.get(pair.unplaced_reason, pair.unplaced_reason)),
    )


def round_detail(request, pk: int):
    round_ = _round(request, pk)
    context = {
        "round": round_,
        "waiting": round_.status in WAITING,
        "moderators": round_.moderators.select_related("user").order_by("pk"),
        "can_change": request.user.has_perm("matching.change_round", round_),
        "can_recompute": request.user.has_perm("matching.recompute_round", round_),
        "stalled": round_.is_stalled(timezone.now()),
        "history": audit_trail(round_),
    }
    if round_.status in (RoundStatus.READY, RoundStatus.CONFIRMED):
        context.update(_review(round_))
        context["swap_form"] = SwapForm(round_=round_)
    return render(request, "matching/round_detail.html", context)


def round_progress(request, pk: int):
    """The computation's progress for the page's progress bar (polled)."""
    round_ = _round(request, pk)
    return JsonResponse(
        {
            "status": round_.status,
            "progress": round_.progress,
            "note": round_.progress_note,
            "done": round_.status not in WAITING,
        }
    )


def _act(request, pk: int, action, done: str):
    """Run a change of the round's pairs; its refusal is shown on the round's page."""
    round_ = _round(request, pk)
    try:
        action(round_)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect(round_)


@require_POST
def round_swap(request, pk: int):
    def swap(round_):
        form = SwapForm(request.POST, round_=round_)
        if not form.is_valid():
            raise ValidationError(_("Choose two cities of the round."))
        services.swap_cities(round_=round_, by=request.user, **form.cleaned_data)

    return _act(request, pk, swap, _("The two cities changed places."))


@require_POST
def round_remove(request, pk: int):
    def remove(round_):
        pair_id = request.POST.get("pair", "")
        if not pair_id.isdigit():
            raise ValidationError(_("This pair is not part of the round."))
        services.remove_pair(round_=round_, pair_id=int(pair_id), by=request.user)

    return _act(request, pk, remove, _("The pair was removed: both cities sit out."))


@require_POST
def round_confirm(request, pk: int):
    def confirm(round_):
        services.confirm_round(round_=round_, by=request.user)

    return _act(request, pk, confirm, _("The round is confirmed: its meetings are planned."))


@require_POST
def round_recompute(request, pk: int):
    def recompute(round_):
        with transaction.atomic():
            services.restart_round(round_=round_, by=request.user)
            start_computing(round_)

    return _act(request, pk, recompute, _("The round is being computed again."))
