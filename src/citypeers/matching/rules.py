"""Who may see and change what in matching; each capability keeps its own section."""

import rules
from django.db.models import Q

from citypeers.accounts.rules import EVERYTHING, NOTHING, Policy, is_coordinator, is_signed_in
from citypeers.matching.enums import RoundStatus
from citypeers.matching.models import Round
from citypeers.network.rules import municipality_officers

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
def round_has_failed(user, round_) -> bool:
    return round_ is not None and round_.status == RoundStatus.FAILED


rules.add_perm("matching.add_round", is_coordinator)
rules.add_perm("matching.view_round", sees_round)
rules.add_perm("matching.change_round", sees_round & round_is_ready)
rules.add_perm("matching.recompute_round", sees_round & round_has_failed)

# --- suggestions and exchange preferences ------------------------------------------------
# A municipality's officers (and coordinators) say whether, when and in which languages it
# takes part in exchanges. Suggestions themselves are public, like the municipality page.
can_edit_preferences = municipality_officers.predicate("can_edit_preferences")
rules.add_perm("matching.edit_preferences", can_edit_preferences)

# --- the landing page --------------------------------------------------------------------
# Any signed-in user has one; what it lists comes from the bodies they work for.
rules.add_perm("matching.see_own_page", is_signed_in)
