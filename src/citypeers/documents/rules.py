"""Who may download a document and who may attach one.

Downloads: public documents to everyone, members' documents to any signed-in user,
participants' documents to coordinators and to the users affiliated to a municipality
or an organisation that took part in the document's event. Attaching: coordinators
and the officers of a municipality that took part; deleting: coordinators and the
person who attached the file.
"""

import rules
from django.db.models import Q

from citypeers.accounts.rules import is_coordinator, is_member
from citypeers.documents.enums import Visibility
from citypeers.events.models import Event, EventParticipant


def participations_of(user) -> Q:
    """Filter on EventParticipant: the rows of the bodies the user is affiliated to."""
    return Q(municipality__affiliations__user=user) | Q(organisation__affiliations__user=user)


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
def took_part(user, document) -> bool:
    """The user works for a municipality or an organisation that took part in the item."""
    if not is_member(user) or document.event_id is None:
        return False
    return (
        EventParticipant.objects.filter(event_id=document.event_id)
        .filter(participations_of(user))
        .exists()
    )


@rules.predicate
def represents_participating_municipality(user, item) -> bool:
    if not is_member(user) or not isinstance(item, Event):
        return False
    return EventParticipant.objects.filter(
        event=item, municipality__affiliations__user=user
    ).exists()


@rules.predicate
def uploaded_it(user, document) -> bool:
    return bool(is_member(user) and document.uploaded_by_id == user.pk)


can_download_document = (
    is_public | (is_for_members & is_member) | (is_for_participants & (is_coordinator | took_part))
)
can_attach_document = is_coordinator | represents_participating_municipality
can_delete_document = is_coordinator | uploaded_it
can_see_download_log = is_coordinator

rules.add_perm("documents.download_document", can_download_document)
rules.add_perm("documents.attach_document", can_attach_document)
rules.add_perm("documents.delete_document", can_delete_document)
rules.add_perm("documents.see_download_log", can_see_download_log)
