"""Who may see and change practices: each rule one policy, registered as permissions.

Published and archived practices are for everyone. A draft is for those who may edit
it: coordinators, its author and the members of its municipality.
"""

import rules
from django.db.models import Q

from citypeers.accounts.rules import EVERYTHING, NOTHING, Policy, is_coordinator, is_signed_in
from citypeers.network.rules import (
    bodies_of,
    can_see_people,
    has_a_municipality,
    municipality_officers,
)
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import Practice


class PracticeEditors(Policy[Practice]):
    """Practices a user may edit: coordinators all, authors theirs, officers their city's."""

    model = Practice

    def allows(self, user, practice) -> bool:
        if practice is None or not is_signed_in(user):
            return False
        return (
            is_coordinator(user)
            or practice.created_by_id == user.pk
            or practice.municipality_id in bodies_of(user).municipalities
        )

    def filter(self, user) -> Q:
        if not is_signed_in(user):
            return NOTHING
        if is_coordinator(user):
            return EVERYTHING
        return Q(created_by=user.pk) | Q(municipality__in=sorted(bodies_of(user).municipalities))


class PracticeReaders(Policy[Practice]):
    """Practices a user may see: every practice that is not a draft, and the drafts they edit."""

    model = Practice

    def allows(self, user, practice) -> bool:
        if practice is None:
            return False
        return practice.status != PracticeStatus.DRAFT or practice_editors.allows(user, practice)

    def filter(self, user) -> Q:
        return ~Q(status=PracticeStatus.DRAFT) | practice_editors.filter(user)


class PracticeBodies(Policy[Practice]):
    """Practices run by, or in partnership with, a body the user works for."""

    model = Practice

    def allows(self, user, practice) -> bool:
        bodies = bodies_of(user)
        if practice is None or not bodies:
            return False
        if bodies.include(
            municipality_id=practice.municipality_id, organisation_id=practice.organisation_id
        ):
            return True
        return any(partner.pk in bodies.organisations for partner in practice.partners.all())

    def filter(self, user) -> Q:
        bodies = bodies_of(user)
        if not bodies:
            return NOTHING
        partnered = Practice.partners.through.objects.filter(
            organisation__in=sorted(bodies.organisations)
        )
        return bodies.q() | Q(pk__in=partnered.values("practice_id"))


practice_editors = PracticeEditors()
practice_readers = PracticeReaders()
practice_bodies = PracticeBodies()


def may_file_under(user, municipality) -> bool:
    """Whether ``user`` may file a practice under ``municipality``; under none (a practice
    run by an organisation alone), only a coordinator."""
    if municipality is None:
        return bool(is_coordinator(user))
    return municipality_officers.allows(user, municipality)


can_edit_practice = practice_editors.predicate("can_edit_practice")
can_view_practice = practice_readers.predicate("can_view_practice")
can_create_practice = is_coordinator | has_a_municipality

rules.add_perm("practices.view_practice", can_view_practice)
rules.add_perm("practices.change_practice", can_edit_practice)
rules.add_perm("practices.add_practice", can_create_practice)
rules.add_perm("practices.publish_practice", is_coordinator)
# Contact people are shown to the network's members, as on the people pages.
rules.add_perm("practices.see_contact", can_see_people)
