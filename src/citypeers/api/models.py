import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citypeers.api.enums import TokenScope, TokenStatus


class ApiToken(models.Model):
    """A personal token that lets a program use the API as its user.

    Only a SHA-256 digest of the token is stored: the token itself is shown once, when
    it is created. ``prefix`` (the token's first characters) lets its owner tell their
    tokens apart. A revoked or expired token is refused; its row stays for the record.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("user"),
    )
    name = models.CharField(_("name"), max_length=100)
    scope = models.CharField(_("scope"), max_length=10, choices=TokenScope.choices)
    prefix = models.CharField(_("prefix"), max_length=16, unique=True)
    digest = models.CharField(_("digest"), max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def status(self, now: dt.datetime | None = None) -> TokenStatus:
        """Revoked before expired: a revoked token says so even after its expiry."""
        if self.revoked_at is not None:
            return TokenStatus.REVOKED
        if self.expires_at is not None and self.expires_at <= (now or timezone.now()):
            return TokenStatus.EXPIRED
        return TokenStatus.ACTIVE

    @property
    def current_status(self) -> TokenStatus:
        return self.status()

    @property
    def may_write(self) -> bool:
        return self.scope == TokenScope.READ_WRITE
