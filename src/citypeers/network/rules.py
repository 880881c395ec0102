"""Who may see and change what in the network directory."""

import rules

from citypeers.accounts.rules import is_coordinator, is_member


@rules.predicate
def works_for_municipality(user, municipality) -> bool:
    if not is_member(user) or municipality is None:
        return False
    return user.affiliations.filter(municipality=municipality).exists()


@rules.predicate
def is_affiliated(user) -> bool:
    """A member of the network: signed in and working for a municipality or organisation."""
    return is_member(user) and user.affiliations.exists()


can_edit_profile = is_coordinator | works_for_municipality
# People and their contact details are for the network's members, not any account.
can_see_people = is_coordinator | is_affiliated

rules.add_perm("network.edit_profile", can_edit_profile)
rules.add_perm("network.see_people", can_see_people)
