from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class AuditAction(models.TextChoices):
    """What a service did to an object, as the audit trail keeps it (``AuditEntry``)."""

    CREATED = "created", _("Created")
    UPDATED = "updated", _("Updated")
    DELETED = "deleted", _("Deleted")
    CONCLUDED = "concluded", pgettext_lazy("history action", "Concluded")
    CANCELLED = "cancelled", pgettext_lazy("history action", "Cancelled")
    PART_ADDED = "part_added", _("Part added")
    PART_REMOVED = "part_removed", _("Part removed")
    FOLLOW_UP_ADDED = "follow_up_added", _("Follow-up added")
    FOLLOW_UP_UPDATED = "follow_up_updated", _("Follow-up updated")
    PROGRESS_ADDED = "progress_added", _("Progress added")
    REQUESTED = "requested", pgettext_lazy("history action", "Asked for an exchange")
    INVITED = "invited", pgettext_lazy("history action", "Invited")
    ACCEPTED = "accepted", pgettext_lazy("history action", "Accepted")
    DECLINED = "declined", pgettext_lazy("history action", "Declined")
    WITHDRAWN = "withdrawn", pgettext_lazy("history action", "Withdrawn")
    UNDONE = "undone", pgettext_lazy("history action", "Undone by the coordinator")
    CONFIRMED = "confirmed", pgettext_lazy("history action", "Confirmed")
    RESTARTED = "restarted", pgettext_lazy("history action", "Computed again")
