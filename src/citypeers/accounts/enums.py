from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """What a signed-in user may do; anonymous visitors have no account at all."""

    # Translators: the role of an account with no programme powers.
    USER = "user", _("User")
    COORDINATOR = "coordinator", _("Coordinator")
    ADMIN = "admin", _("Administrator")
