"""Who may see and change practices: pure predicates, registered as permissions."""

import rules

from citypeers.accounts.rules import is_coordinator, is_member
from citypeers.network.rules import can_see_people, works_for_municipality
from citypeers.practices.enums import PracticeStatus


@rules.predicate
def is_public(user, practice) -> bool:
    return practice is not None and practice.status != PracticeStatus.DRAFT


@rules.predicate
def is_author(user, practice) -> bool:
    return bool(is_member(user) and practice is not None and practice.created_by_id == user.pk)


@rules.predicate
def works_for_practice_municipality(user, practice) -> bool:
    return practice is not None and works_for_municipality(user, practice.municipality)


@rules.predicate
def has_a_municipality(user) -> bool:
    return bool(is_member(user) and user.affiliations.filter(municipality__isnull=False).exists())


can_edit_practice = is_coordinator | is_author | works_for_practice_municipality
can_view_practice = is_public | can_edit_practice
can_create_practice = is_coordinator | has_a_municipality

rules.add_perm("practices.view_practice", can_view_practice)
rules.add_perm("practices.change_practice", can_edit_practice)
rules.add_perm("practices.add_practice", can_create_practice)
rules.add_perm("practices.publish_practice", is_coordinator)
# Contact people are shown to the network's members, as on the people pages.
rules.add_perm("practices.see_contact", can_see_people)
