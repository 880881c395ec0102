"""Writes of rounds: open one, record its computation, swap or remove pairs, confirm it.

Each function is one transaction and refuses, with a ValidationError naming the problem,
what the round's status does not allow, leaving stored data unchanged. What a coordinator
does (open, compute again, swap, remove, confirm) is kept in the audit trail by the same
transaction; the computation's own steps are not. Confirming turns every placed pair into
a planned event and returns those events (what invitations start from).
"""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from citypeers.core.audit import changes_between, record_change, snapshot
from citypeers.core.enums import AuditAction
from citypeers.events.enums import EventFormat, EventKind
from citypeers.events.models import Event
from citypeers.events.selectors import first_series_of
from citypeers.events.services import create_event, ensure_series
from citypeers.matching.compatibility import Blocker
from citypeers.matching.enums import RoundStatus
from citypeers.matching.models import STALLED_AFTER, Round, RoundModerator, RoundPair
from citypeers.matching.profiles import meeting_history, profiles_of
from citypeers.matching.round_reasons import reason_data
from citypeers.matching.rounds import (
    PlannedPair,
    RoundPlan,
    RoundRequest,
    SitOut,
    check_round_request,
    pair_compatibility,
    place_pairs,
    request_of,
)
from citypeers.matching.tasks import invite_to_meetings_after_commit
from citypeers.network.models import Municipality

BLOCKER_MESSAGES = {
    Blocker.SAME_CITY: gettext_lazy("a city cannot meet itself"),
    Blocker.SAME_COUNTRY: gettext_lazy(
        "they are in the same country and this round pairs different ones"
    ),
    Blocker.NOT_OPTED_IN: gettext_lazy("one of them is not open to exchanges"),
    Blocker.NO_COMMON_HOURS: gettext_lazy(
        "their office hours do not overlap for the meeting's length"
    ),
    Blocker.NO_COMMON_LANGUAGE: gettext_lazy("they have no working language in common"),
    Blocker.MET_RECENTLY: gettext_lazy("they met recently"),
}
REQUEST_FIELDS = [
    "programme", "starts_on", "ends_on", "meeting_minutes", "different_countries",
    "common_language",
]  # fmt: skip


def open_round(*, request: RoundRequest, by, today: dt.date | None = None) -> Round:
    """A new round waiting to be computed (``round_tasks.start_computing`` queues it)."""
    check_round_request(request, today=today or timezone.localdate())
    with transaction.atomic():
        return _create_round(request, by=by)


def _create_round(request: RoundRequest, *, by, status=RoundStatus.DRAFT) -> Round:
    """The round and its moderators, with its creation in the audit trail."""
    round_ = Round.objects.create(
        programme=request.programme,
        starts_on=request.starts_on,
        ends_on=request.ends_on,
        meeting_minutes=request.meeting_minutes,
        different_countries=request.different_countries,
        common_language=request.common_language,
        status=status,
        created_by=by,
    )
    RoundModerator.objects.bulk_create(
        RoundModerator(round=round_, user=user, per_day=per_day)
        for user, per_day in request.moderators
    )
    after = snapshot(round_, REQUEST_FIELDS)
    after["moderators"] = [f"{user} ({per_day})" for user, per_day in request.moderators]
    record_change(obj=round_, action=AuditAction.CREATED, by=by, changes=changes_between({}, after))
    return round_


def save_round(*, request: RoundRequest, plan: RoundPlan, by, today=None) -> Round:
    """A round computed elsewhere (the command line) stored ready for review on the site."""
    check_round_request(request, today=today or timezone.localdate())
    with transaction.atomic():
        round_ = _create_round(request, by=by, status=RoundStatus.COMPUTING)
        store_plan(round_id=round_.pk, plan=plan)
    round_.refresh_from_db()
    return round_


def begin_computing(*, round_id: int) -> bool:
    """Mark the round computing, unless it is already computed or confirmed; True if so."""
    return bool(
        Round.objects.filter(
            pk=round_id, status__in=[RoundStatus.DRAFT, RoundStatus.FAILED]
        ).update(
            status=RoundStatus.COMPUTING,
            progress=0,
            progress_note="",
            error="",
            updated_at=timezone.now(),
        )
    )


def record_progress(*, round_id: int, percent: int, note: str) -> None:
    """Progress for the round's page: its own statement, visible at once to the poller.

    It moves ``updated_at`` too: a round whose computation shows no sign of life for
    ``STALLED_AFTER`` may be computed again (``restart_round``).
    """
    Round.objects.filter(pk=round_id, status=RoundStatus.COMPUTING).update(
        progress=max(0, min(100, percent)), progress_note=note[:200], updated_at=timezone.now()
    )


def restart_round(*, round_: Round, by, now=None) -> Round:
    """Put a failed or stalled round back in the queue's hands (``round_tasks.start_computing``).

    A stalled round is one waiting or computing with no sign of life for ``STALLED_AFTER``
    (its worker stopped or never picked it up); anything else is refused.
    """
    now = now or timezone.now()
    with transaction.atomic():
        round_ = Round.objects.select_for_update().get(pk=round_.pk)
        if not round_.may_compute_again(now):
            raise ValidationError(
                _("Only a round that failed, or shows no progress for %(minutes)d minutes, "
                  "is computed again.") % {"minutes": int(STALLED_AFTER.total_seconds() // 60)}
            )  # fmt: skip
        before = snapshot(round_, ["status"])
        round_.status, round_.progress, round_.progress_note = RoundStatus.DRAFT, 0, ""
        round_.save(update_fields=["status", "progress", "progress_note", "updated_at"])
        record_change(
            obj=round_,
            action=AuditAction.RESTARTED,
            by=by,
            changes=changes_between(before, snapshot(round_, ["status"])),
        )
    return round_


def store_plan(*, round_id: int, plan: RoundPlan) -> None:
    """The computed pairs and who sits out; the round is then ready for review."""
    with transaction.atomic():
        round_ = Round.objects.select_for_update().get(pk=round_id)
        round_.pairs.all().delete()
        RoundPair.objects.bulk_create(_row(round_, pair) for pair in plan.pairs)
        round_.sitting_out = [{**entry, "reason": str(entry["reason"])}
                              for entry in plan.sitting_out]  # fmt: skip
        round_.status, round_.progress, round_.error = RoundStatus.READY, 100, ""
        round_.save(update_fields=["sitting_out", "status", "progress", "error", "updated_at"])


def _row(round_: Round, pair: PlannedPair) -> RoundPair:
    return RoundPair(
        round=round_,
        first=pair.first,
        second=pair.second,
        score=pair.score,
        reasons=pair.reasons,
        starts_at=pair.starts_at,
        ends_at=pair.ends_at,
        moderator=pair.moderator,
        unplaced_reason=pair.unplaced_reason,
    )


def fail_round(*, round_id: int, error: str) -> None:
    """The computation stopped: the round says why and may be computed again."""
    Round.objects.filter(pk=round_id).exclude(status=RoundStatus.CONFIRMED).update(
        status=RoundStatus.FAILED, error=error[:4000]
    )


def _editable(round_id: int) -> Round:
    """The round, locked, if its pairs may still change; else the reason why not."""
    round_ = Round.objects.select_for_update().select_related("programme").get(pk=round_id)
    if round_.status == RoundStatus.CONFIRMED:
        raise ValidationError(_("This round is already confirmed: its meetings are planned."))
    if round_.status in (RoundStatus.DRAFT, RoundStatus.COMPUTING):
        raise ValidationError(_("This round is still being computed: wait until it is ready."))
    if round_.status == RoundStatus.FAILED:
        raise ValidationError(_("This round failed to compute: compute it again first."))
    return round_


def swap_cities(*, round_: Round, city: Municipality, other: Municipality, by, now=None):
    """Exchange two cities of two different pairs; both pairs get new scores and slots.

    Refused if the cities share a pair, are not both paired in the round, or if a new
    pair breaks a hard constraint of the round.
    """
    with transaction.atomic():
        round_ = _editable(round_.pk)
        pairs = list(round_.pairs.select_related("first", "second", "moderator"))
        mine, theirs = _pair_of(pairs, city), _pair_of(pairs, other)
        before = [str(mine), str(theirs)]
        if mine.pk == theirs.pk:
            raise ValidationError(_("%(a)s and %(b)s are already paired together.")
                                  % {"a": city, "b": other})  # fmt: skip
        _replace(mine, city, other)
        _replace(theirs, other, city)
        request = request_of(round_)
        _rescore([mine, theirs], request)
        _replace_slots([mine, theirs], [p for p in pairs if p.pk not in (mine.pk, theirs.pk)],
                       request, now or timezone.now())  # fmt: skip
        fields = ["first", "second", "score", "reasons", "starts_at", "ends_at", "moderator",
                  "unplaced_reason"]  # fmt: skip
        RoundPair.objects.bulk_update([mine, theirs], fields)
        _record_pairs(round_, AuditAction.UPDATED, by, before, [str(mine), str(theirs)])
    return mine, theirs


def _record_pairs(round_: Round, action, by, before: list[str], after: list[str]) -> None:
    record_change(obj=round_, action=action, by=by, changes={"pairs": [before, after]})


def _pair_of(pairs: list[RoundPair], city: Municipality) -> RoundPair:
    for pair in pairs:
        if city.pk in (pair.first_id, pair.second_id):
            return pair
    raise ValidationError(_("%(city)s has no pair in this round.") % {"city": city})


def _replace(pair: RoundPair, old: Municipality, new: Municipality) -> None:
    if pair.first_id == old.pk:
        pair.first = new
    else:
        pair.second = new


def _rescore(pairs: list[RoundPair], request: RoundRequest) -> None:
    cities = [city for pair in pairs for city in (pair.first, pair.second)]
    profiles = {profile.key: profile for profile in profiles_of(cities)}
    met = meeting_history(city.pk for city in cities)
    for pair in pairs:
        verdict = pair_compatibility(
            profiles[pair.first.pk], profiles[pair.second.pk], request, met
        )
        if verdict.blockers:
            why = "; ".join(str(BLOCKER_MESSAGES[b]) for b in verdict.blockers)
            raise ValidationError(
                _("%(a)s and %(b)s cannot meet in this round: %(why)s.")
                % {"a": pair.first, "b": pair.second, "why": why}
            )
        pair.score = verdict.score
        pair.reasons = [reason_data(reason) for reason in verdict.reasons]


def _planned(row: RoundPair) -> PlannedPair:
    return PlannedPair(
        first=row.first, second=row.second, score=row.score, reasons=row.reasons,
        starts_at=row.starts_at, ends_at=row.ends_at, moderator=row.moderator,
        unplaced_reason=row.unplaced_reason,
    )  # fmt: skip


def _replace_slots(changed: list[RoundPair], others: list[RoundPair], request, now) -> None:
    """New slots for ``changed``, one pair at a time so each sees the last one's booking."""
    taken = [_planned(row) for row in others]
    for row in changed:
        planned = _planned(row)
        place_pairs([planned], request=request, now=now, taken=taken)
        row.starts_at, row.ends_at = planned.starts_at, planned.ends_at
        row.moderator, row.unplaced_reason = planned.moderator, planned.unplaced_reason
        taken.append(planned)


def remove_pair(*, round_: Round, pair_id: int, by) -> None:
    """Take a pair out of the round: both cities sit out."""
    with transaction.atomic():
        round_ = _editable(round_.pk)
        pair = round_.pairs.filter(pk=pair_id).first()
        if pair is None:
            raise ValidationError(_("This pair is not part of the round."))
        round_.sitting_out = [
            *round_.sitting_out,
            *({"municipality": city_id, "reason": str(SitOut.REMOVED)}
              for city_id in (pair.first_id, pair.second_id)),
        ]  # fmt: skip
        _record_pairs(round_, AuditAction.PART_REMOVED, by, [str(pair)], [])
        pair.delete()
        round_.save(update_fields=["sitting_out", "updated_at"])


def confirm_round(*, round_: Round, by, now=None) -> list[Event]:
    """Every placed pair becomes a planned online peer exchange of the programme's series,
    and both cities' members are invited by e-mail once it is committed.

    All or nothing; the events come back.
    """
    now = now or timezone.now()
    with transaction.atomic():
        round_ = _editable(round_.pk)
        pairs = list(round_.pairs.filter(starts_at__isnull=False).select_related("first", "second"))
        if not pairs:
            raise ValidationError(_("No pair of this round has a slot: there is nothing to plan."))
        past = [pair for pair in pairs if pair.starts_at < now]
        if past:
            raise ValidationError(
                _("The slot of %(pair)s has passed: compute the round again.") % {"pair": past[0]}
            )
        series = _series(round_)
        events = []
        for pair in sorted(pairs, key=lambda p: (p.starts_at, p.pk)):
            pair.event = create_event(
                kind=EventKind.PEER_EXCHANGE, format=EventFormat.ONLINE,
                starts_at=pair.starts_at, ends_at=pair.ends_at,
                municipalities=[pair.first, pair.second], series=series,
                programme=round_.programme, by=by,
            )  # fmt: skip
            events.append(pair.event)
        RoundPair.objects.bulk_update(pairs, ["event"])
        round_.status = RoundStatus.CONFIRMED
        round_.save(update_fields=["status", "updated_at"])
        record_change(
            obj=round_,
            action=AuditAction.CONFIRMED,
            by=by,
            changes={"status": [RoundStatus.READY, RoundStatus.CONFIRMED]},
        )
        invite_to_meetings_after_commit(events)
    return events


def _series(round_: Round):
    """The programme's numbered series of peer exchanges, created on its first round."""
    programme = round_.programme
    found = first_series_of(programme, EventKind.PEER_EXCHANGE)
    if found is not None:
        return found
    return ensure_series(
        name_en=f"{programme.name}: peer exchanges",
        kind=EventKind.PEER_EXCHANGE,
        programme=programme,
    )
