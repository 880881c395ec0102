"""Who may download a document, who may attach one and who may delete one.

Downloads: public documents to everyone, members' documents to the network's members
(and coordinators), participants' documents to coordinators and to the members of the
bodies behind the item (for an event, the municipalities and organisations that took
part; for a practice, the municipality or organisation that runs it and its partners).
A practice's documents also need the right to see the practice (drafts stay private).
Attaching: coordinators and the officers of a participating municipality (for a
practice, whoever may edit it). Deleting: coordinators and whoever attached the file.
"""

import rules
from django.db.models import Q

from citypeers.accounts.rules import NOTHING, Policy, is_coordinator, is_signed_in
from citypeers.documents.enums import Visibility
from citypeers.documents.models import Document
from citypeers.events.models import Event
from citypeers.events.rules import event_parties
from citypeers.network.rules import bodies_of, is_member
from citypeers.practices.rules import practice_bodies, practice_editors, practice_readers


class DocumentReaders(Policy[Document]):
    """Documents a user may download (and so see listed with a working link)."""

    model = Document

    def allows(self, user, document) -> bool:
        if document is None:
            return False
        if document.practice_id is not None and not practice_readers.allows(
            user, document.practice
        ):
            return False
        if document.visibility == Visibility.PUBLIC:
            return True
        if document.visibility == Visibility.MEMBERS:
            return bool(is_coordinator(user) or is_member(user))
        return bool(is_coordinator(user) or self._takes_part(user, document))

    def _takes_part(self, user, document) -> bool:
        if document.event_id is not None:
            return event_parties.allows(user, document.event)
        return practice_bodies.allows(user, document.practice)

    def filter(self, user) -> Q:
        item_visible = Q(practice__isnull=True) | Q(
            practice__in=practice_readers.queryset(user).values("pk")
        )
        return item_visible & (Q(visibility=Visibility.PUBLIC) | self._restricted(user))

    def _restricted(self, user) -> Q:
        if is_coordinator(user):
            return ~Q(visibility=Visibility.PUBLIC)
        if not is_member(user):
            return NOTHING
        taking_part = Q(event__in=event_parties.queryset(user).values("pk")) | Q(
            practice__in=practice_bodies.queryset(user).values("pk")
        )
        return Q(visibility=Visibility.MEMBERS) | (
            Q(visibility=Visibility.PARTICIPANTS) & taking_part
        )


document_readers = DocumentReaders()


@rules.predicate
def represents_participating_municipality(user, item) -> bool:
    """For an event: the user works for one of its municipalities; a practice: may edit it."""
    if isinstance(item, Event):
        municipalities = bodies_of(user).municipalities
        return any(p.municipality_id in municipalities for p in item.participants.all())
    return practice_editors.allows(user, item)


@rules.predicate
def uploaded_it(user, document) -> bool:
    return bool(is_signed_in(user) and document.uploaded_by_id == user.pk)


can_download_document = document_readers.predicate("can_download_document")
can_attach_document = is_coordinator | represents_participating_municipality
can_delete_document = is_coordinator | uploaded_it
can_see_download_log = is_coordinator

rules.add_perm("documents.download_document", can_download_document)
rules.add_perm("documents.attach_document", can_attach_document)
rules.add_perm("documents.delete_document", can_delete_document)
rules.add_perm("documents.see_download_log", can_see_download_log)
