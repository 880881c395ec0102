"""Who may see and change what in the network directory."""

import rules

from citypeers.accounts.rules import is_coordinator, is_member


@rules.predicate
def works_for_municipality(user, municipality) -> bool:
    if not is_member(user) or municipality is None:
        return False
    return user.affiliations.filter(municipality=municipality).exists()


can_edit_profile = is_coordinator | works_for_municipality
can_see_contact_details = is_member
can_see_people = is_member

rules.add_perm("network.edit_profile", can_edit_profile)
rules.add_perm("network.see_contact_details", can_see_contact_details)
