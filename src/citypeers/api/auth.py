"""Who calls the API: the bearer of a personal token, or a visitor.

The API knows its callers by their token alone (a browser's session does not count), so
members' data goes only to programs holding a member's token. Reads are open to
visitors; writes need a read-write token. The token's user becomes ``request.user``, and
every permission is then checked as the site checks it, through ``accounts.access``.
"""

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError
from ninja.security import HttpBearer

from citypeers.api.services import TokenRefused, use_token

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
AUTHORIZATION = "Authorization"


class Visitor:
    """``request.auth`` of a call without a token (truthy, so that ninja lets it read)."""

    def __bool__(self) -> bool:
        return True


VISITOR = Visitor()


class TokenMissing(AuthenticationError):
    """401: a write without a token, or a token refused; the message says which."""

    def __init__(self, message: str):
        super().__init__(401, message)


class TokenCannotWrite(HttpError):
    """403: a read-only token asked to write."""

    def __init__(self):
        super().__init__(403, _("This API token may only read; writing needs a read-write token."))


class ApiTokenAuth(HttpBearer):
    """``Authorization: Bearer <token>``: optional for reads, required (read-write) for writes."""

    openapi_description = "A personal API token, created on the site under “My API tokens”."

    def __call__(self, request):
        request.user = AnonymousUser()
        header = request.headers.get(AUTHORIZATION)
        if header is None:
            if request.method in SAFE_METHODS:
                return VISITOR
            raise TokenMissing(
                _("Writing needs an API token: send “Authorization: Bearer <token>”.")
            )
        scheme, _space, secret = header.partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise TokenMissing(_("The Authorization header must be “Bearer <token>”."))
        return self.authenticate(request, secret.strip())

    def authenticate(self, request, token):
        try:
            api_token = use_token(secret=token)
        except TokenRefused as refused:
            raise TokenMissing(str(refused)) from refused
        if request.method not in SAFE_METHODS and not api_token.may_write:
            raise TokenCannotWrite
        request.user = api_token.user
        return api_token
