"""Who may see and do what in matching: one policy per rule, predicates registered with
django-rules (``user.has_perm("matching.answer_request", request)``).

Status-dependent actions are permissions (``matching.invite_peer`` = coordinator and the
request is open), so templates never compare status strings; the services refuse what
these rules refuse, with a message naming the problem.
"""

import rules
from django.db.models import Q
from django.utils import timezone

from citypeers.accounts.rules import EVERYTHING, NOTHING, Policy, is_coordinator, is_signed_in
from citypeers.matching.enums import RequestStatus, RoundStatus
from citypeers.matching.models import ExchangeRequest, Round
from citypeers.network.rules import bodies_of, has_a_municipality, municipality_officers

# --- requests ---------------------------------------------------------------------------


class RequestParties(Policy[ExchangeRequest]):
    """Requests a user may see: every one for coordinators; for members, those whose
    requesting, wanted or invited municipality they work for."""

    model = ExchangeRequest

    def allows(self, user, request) -> bool:
        if request is None:
            return False
        if is_coordinator(user):
            return True
        mine = bodies_of(user).municipalities
        return any(
            pk in mine for pk in (request.requester_id, request.wanted_id, request.invited_id)
        )

    def filter(self, user) -> Q:
        if is_coordinator(user):
            return EVERYTHING
        mine = sorted(bodies_of(user).municipalities)
        if not mine:
            return NOTHING
        return Q(requester__in=mine) | Q(wanted__in=mine) | Q(invited__in=mine)


request_parties = RequestParties()


def is_invitable(request: ExchangeRequest) -> bool:
    """Only a request waiting for the coordinator gets an invitation."""
    return request.status == RequestStatus.OPEN


def is_answerable(request: ExchangeRequest) -> bool:
    return request.status == RequestStatus.INVITED


def is_withdrawable(request: ExchangeRequest) -> bool:
    """The requester may take back a request the coordinator has not acted on yet."""
    return request.status == RequestStatus.OPEN


def is_undoable(request: ExchangeRequest) -> bool:
    """Every step after the request itself can be taken back (the request is withdrawn)."""
    return request.status != RequestStatus.OPEN


@rules.predicate
def works_for_requester(user, request) -> bool:
    return request is not None and request.requester_id in bodies_of(user).municipalities


@rules.predicate
def works_for_invited(user, request) -> bool:
    return (
        request is not None
        and request.invited_id is not None
        and request.invited_id in bodies_of(user).municipalities
    )


@rules.predicate
def request_is_invitable(user, request) -> bool:
    return request is not None and is_invitable(request)


@rules.predicate
def request_is_answerable(user, request) -> bool:
    return request is not None and is_answerable(request)


@rules.predicate
def request_is_withdrawable(user, request) -> bool:
    return request is not None and is_withdrawable(request)


@rules.predicate
def request_is_undoable(user, request) -> bool:
    return request is not None and is_undoable(request)


# Who may act (views: a refused user gets a 404), then who may act now (buttons).
# Members ask for their municipality; coordinators answer requests, they do not make them.
can_ask_for_exchange = ~is_coordinator & has_a_municipality
rules.add_perm("matching.ask_for_exchange", can_ask_for_exchange)
rules.add_perm("matching.see_requests", is_coordinator)
rules.add_perm("matching.see_request", request_parties.predicate("sees_exchange_request"))
rules.add_perm("matching.manage_request", is_coordinator)
rules.add_perm("matching.answer_for_invited", works_for_invited)
rules.add_perm("matching.act_for_requester", works_for_requester)
rules.add_perm("matching.invite_peer", is_coordinator & request_is_invitable)
rules.add_perm("matching.answer_request", works_for_invited & request_is_answerable)
rules.add_perm("matching.withdraw_request", works_for_requester & request_is_withdrawable)
rules.add_perm("matching.undo_request", is_coordinator & request_is_undoable)

# --- rounds


class RoundCoordinators(Policy[Round]):
    """Rounds are the coordinators' planning: nobody else sees them, even their cities'
    members, until a confirmed round's meetings become events."""

    model = Round

    def allows(self, user, round_) -> bool:
        return round_ is not None and is_coordinator(user)

    def filter(self, user) -> Q:
        return EVERYTHING if is_coordinator(user) else NOTHING


round_coordinators = RoundCoordinators()
sees_round = round_coordinators.predicate("sees_round")


@rules.predicate
def round_is_ready(user, round_) -> bool:
    """Pairs may change, and the round be confirmed, only once computed and until confirmed."""
    return round_ is not None and round_.status == RoundStatus.READY


@rules.predicate
def round_may_compute_again(user, round_) -> bool:
    """Failed, or stalled: waiting or computing with no sign of life (``Round.is_stalled``)."""
    return round_ is not None and round_.may_compute_again(timezone.now())


rules.add_perm("matching.add_round", is_coordinator)
rules.add_perm("matching.view_round", sees_round)
rules.add_perm("matching.change_round", sees_round & round_is_ready)
rules.add_perm("matching.recompute_round", sees_round & round_may_compute_again)

# --- suggestions and exchange preferences ------------------------------------------------
# A municipality's officers (and coordinators) say whether, when and in which languages it
# takes part in exchanges. Suggestions themselves are public, like the municipality page.
can_edit_preferences = municipality_officers.predicate("can_edit_preferences")
rules.add_perm("matching.edit_preferences", can_edit_preferences)

# --- the landing page --------------------------------------------------------------------
# Any signed-in user has one; what it lists comes from the bodies they work for.
rules.add_perm("matching.see_own_page", is_signed_in)
