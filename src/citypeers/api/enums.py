from django.db import models
from django.utils.translation import gettext_lazy as _


class TokenScope(models.TextChoices):
    """What an API token may do: read what its user may see, or also write as its user."""

    READ = "read", _("Read")
    READ_WRITE = "read-write", _("Read and write")


class TokenStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")
