"""Writes of the api app: personal API tokens, created, used and revoked.

A token is ``cpt_`` followed by 43 URL-safe characters (256 random bits from
``secrets``). Only its SHA-256 digest is stored, so a copy of the database gives no
usable token; a digest of so much randomness cannot be turned back into the token.
"""

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from citypeers.api.enums import TokenScope, TokenStatus
from citypeers.api.models import ApiToken
from citypeers.core.audit import record_change
from citypeers.core.enums import AuditAction

TOKEN_MARK = "cpt_"  # noqa: S105 (the mark every token starts with, not a secret)
PREFIX_CHARS = 8
# A token's last use is written at most this often, so that a busy client does not
# turn every read into a write.
LAST_USE_PRECISION = dt.timedelta(minutes=1)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class NewToken:
    """A token just created: the row, and the token itself, which is never shown again."""

    token: ApiToken
    secret: str


def create_token(*, user, name: str, scope: str, expires_at: dt.datetime | None = None) -> NewToken:
    """A new token for ``user``; raises ValidationError (keyed by field) on bad input."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Give the token a name.")})
    if scope not in TokenScope.values:
        raise ValidationError({"scope": _("A token reads, or reads and writes.")})
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationError({"expires_at": _("A token cannot expire in the past.")})
    secret = TOKEN_MARK + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken(
            user=user,
            name=name,
            scope=scope,
            prefix=secret[: len(TOKEN_MARK) + PREFIX_CHARS],
            digest=token_digest(secret),
            expires_at=expires_at,
        )
        token.full_clean()
        token.save()
        record_change(
            obj=token,
            action=AuditAction.CREATED,
            by=user,
            changes={"name": [None, name], "scope": [None, scope]},
        )
    return NewToken(token=token, secret=secret)


def revoke_token(*, token: ApiToken, by) -> ApiToken:
    """Refuse ``token`` from now on; revoking it again changes nothing."""
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked_at is not None:
            return token
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record_change(
            obj=token,
            action=AuditAction.UPDATED,
            by=by,
            changes={"revoked_at": [None, token.revoked_at.isoformat()]},
        )
    return token


class TokenRefused(Exception):
    """A token that does not let its bearer in; ``str()`` says why, in the page language."""


REFUSALS = {
    None: gettext_lazy("Unknown API token."),
    TokenStatus.EXPIRED: gettext_lazy("This API token has expired."),
    TokenStatus.REVOKED: gettext_lazy("This API token has been revoked."),
}


def use_token(*, secret: str) -> ApiToken:
    """The active token ``secret`` with its user, its last use noted; or TokenRefused."""
    token = None
    if secret.startswith(TOKEN_MARK) and len(secret) < 200:
        token = (
            ApiToken.objects.select_related("user")
            .filter(digest=token_digest(secret), user__is_active=True)
            .first()
        )
    now = timezone.now()
    status = token.status(now) if token is not None else None
    if status != TokenStatus.ACTIVE:
        raise TokenRefused(str(REFUSALS[status]))
    if token.last_used_at is None or now - token.last_used_at >= LAST_USE_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
