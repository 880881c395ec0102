from django import template
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils.translation import gettext as _

from citypeers.accounts.rules import is_coordinator
from citypeers.documents.enums import Visibility
from citypeers.documents.selectors import documents_attached_to
from citypeers.events.models import Event
from citypeers.practices.models import Practice

register = template.Library()


def attach_url(item) -> str:
    if isinstance(item, Practice):
        return reverse("documents:attach_to_practice", kwargs={"practice_pk": item.pk})
    return reverse("documents:attach_to_event", kwargs={"event_pk": item.pk})


def access_note(user, document, item) -> str:
    """Who may open a listed document, when it is not everyone (the badge beside it)."""
    setattr(document, "event" if isinstance(item, Event) else "practice", item)  # no query
    if not user.has_perm("documents.download_document", document):
        if not user.is_authenticated:
            return _("Download only for logged in users")
        return _("For members of the network only")
    if document.visibility == Visibility.PARTICIPANTS:
        return _("For participants only")
    return ""


@register.simple_tag(takes_context=True)
def documents_attached(context, item) -> dict:
    """What ``documents/_attached.html`` shows for ``item`` to the current user.

    Every right is decided here, in Python, from rules: the template only displays.
    """
    user = context["request"].user
    # The checks below read the item's parties: once here, not once per document.
    prefetch_related_objects([item], "participants" if isinstance(item, Event) else "partners")
    documents = list(documents_attached_to(item=item, user=user))
    for document in documents:
        document.access_note = access_note(user, document, item)
    return {
        "documents": documents,
        "deletable": {d.pk for d in documents if user.has_perm("documents.delete_document", d)},
        "can_attach": user.has_perm("documents.attach_document", item),
        "attach_url": attach_url(item),
        "shows_counts": is_coordinator(user),
    }
