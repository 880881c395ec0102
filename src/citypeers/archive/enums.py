from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportStatus(models.TextChoices):
    """Where an imported report stands: as extracted, or checked by a coordinator."""

    IMPORTED = "imported", _("Imported")
    REVIEWED = "reviewed", _("Reviewed")


class ImportAction(models.TextChoices):
    CREATED = "created", _("created")
    UPDATED = "updated", _("updated")
    UNCHANGED = "unchanged", _("unchanged")
    FAILED = "failed", _("failed")
