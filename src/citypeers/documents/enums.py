from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Visibility(models.TextChoices):
    """Who may download a document; the order runs from the widest audience to the narrowest."""

    PUBLIC = "public", pgettext_lazy("document visibility", "Public")
    MEMBERS = "members", _("Members of the network")
    # Translators: the bodies that took part in the event (or run the practice), and coordinators
    PARTICIPANTS = "participants", _("Participants only")
