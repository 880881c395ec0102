from django import template
from django.urls import reverse

from citypeers.accounts.rules import is_coordinator
from citypeers.documents.selectors import documents_attached_to
from citypeers.practices.models import Practice

register = template.Library()


def attach_url(item) -> str:
    if isinstance(item, Practice):
        return reverse("documents:attach_to_practice", kwargs={"practice_pk": item.pk})
    return reverse("documents:attach_to_event", kwargs={"event_pk": item.pk})


@register.simple_tag(takes_context=True)
def documents_attached(context, item) -> dict:
    """What ``documents/_attached.html`` shows for ``item`` to the current user.

    Every right is decided here, in Python, from rules: the template only displays.
    """
    user = context["request"].user
    documents = list(documents_attached_to(item=item, user=user))
    return {
        "documents": documents,
        "deletable": {d.pk for d in documents if user.has_perm("documents.delete_document", d)},
        "can_attach": user.has_perm("documents.attach_document", item),
        "attach_url": attach_url(item),
        "shows_counts": is_coordinator(user),
    }
