"""Who may download a document, who may attach one and who may delete one.

Downloads: public documents to everyone, members' documents to any signed-in user,
participants' documents to coordinators and to the users affiliated to the bodies
behind the item (for an event, the municipalities and organisations that took part;
for a practice, the municipality or organisation that runs it and its partners). A
practice's documents also need the right to see the practice (drafts stay private).
Attaching: coordinators and the officers of a participating municipality (for a
practice, whoever may edit it). Deleting: coordinators and whoever attached the file.
"""

import rules
from django.db.models import Q

from citypeers.accounts.rules import is_coordinator, is_member
from citypeers.documents.enums import Visibility
from citypeers.events.models import EventParticipant
from citypeers.practices.models import Practice


def participations_of(user) -> Q:
    """Filter on EventParticipant: the rows of the bodies the user is affiliated to."""
    return Q(municipality__affiliations__user=user) | Q(organisation__affiliations__user=user)


def practices_of(user) -> Q:
    """Filter on Practice: those run by, or in partnership with, the user's bodies."""
    return (
        Q(municipality__affiliations__user=user)
        | Q(organisation__affiliations__user=user)
        | Q(partners__affiliations__user=user)
    )


@rules.predicate
def is_public(user, document) -> bool:
    return document.visibility == Visibility.PUBLIC


@rules.predicate
def is_for_members(user, document) -> bool:
    return document.visibility == Visibility.MEMBERS


@rules.predicate
def is_for_participants(user, document) -> bool:
    return document.visibility == Visibility.PARTICIPANTS


@rules.predicate
def item_is_visible(user, document) -> bool:
    """Events are public pages; a practice may still be a draft."""
    if document.practice_id is None:
        return True
    return user.has_perm("practices.view_practice", document.practice)


@rules.predicate
def took_part(user, document) -> bool:
    """The user works for a body that took part in the event, or runs or backs the practice."""
    if not is_member(user):
        return False
    if document.event_id is not None:
        taking_part = EventParticipant.objects.filter(event_id=document.event_id)
        return taking_part.filter(participations_of(user)).exists()
    return Practice.objects.filter(pk=document.practice_id).filter(practices_of(user)).exists()


@rules.predicate
def represents_participating_municipality(user, item) -> bool:
    if not is_member(user):
        return False
    if isinstance(item, Practice):
        return user.has_perm("practices.change_practice", item)
    return EventParticipant.objects.filter(
        event=item, municipality__affiliations__user=user
    ).exists()


@rules.predicate
def uploaded_it(user, document) -> bool:
    return bool(is_member(user) and document.uploaded_by_id == user.pk)


can_download_document = item_is_visible & (
    is_public | (is_for_members & is_member) | (is_for_participants & (is_coordinator | took_part))
)
can_attach_document = is_coordinator | represents_participating_municipality
can_delete_document = is_coordinator | uploaded_it
can_see_download_log = is_coordinator

rules.add_perm("documents.download_document", can_download_document)
rules.add_perm("documents.attach_document", can_attach_document)
rules.add_perm("documents.delete_document", can_delete_document)
rules.add_perm("documents.see_download_log", can_see_download_log)
