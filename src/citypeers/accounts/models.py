from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from citypeers.accounts.enums import Role


class User(AbstractUser):
    """A person who signs in. Affiliations to municipalities live in ``network``."""

    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.USER)
    email_notifications = models.BooleanField(
        _("e-mail notifications"),
        default=True,
        db_default=True,
        help_text=_("Requests, invitations and planned meetings of my municipality by e-mail."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        default="",
        db_default="",
        help_text=_("The language of the site and of its e-mails; blank follows the browser."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    @property
    def is_coordinator(self) -> bool:
        return self.is_active and (self.role in {Role.COORDINATOR, Role.ADMIN} or self.is_superuser)

    @property
    def is_admin(self) -> bool:
        return self.is_active and (self.role == Role.ADMIN or self.is_superuser)
