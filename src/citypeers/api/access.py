"""Who asks the API, and how the site's one access step answers in JSON.

Every read takes its viewer from ``viewer(request)`` and hands it to the same selectors,
policies and ``accounts.access`` calls as the site's pages, so the API shows what the
site shows to the same person. The site's refusals become API answers: a visitor who
would be sent to log in gets a ``401`` (the object exists; credentials may open it), a
signed-in user without the right a ``404``, with the rule's reason when it has one.
"""

from django.http import HttpRequest
from ninja.errors import HttpError

from citypeers.accounts.access import LoginRequired


def viewer(request: HttpRequest):
    """The user a request reads as: the authenticated user of the API's credentials
    (``request.auth``) when there are some, else ``request.user`` (anonymous without a
    session)."""
    auth = getattr(request, "auth", None)
    user = getattr(auth, "user", auth)
    if getattr(user, "is_authenticated", False):
        return user
    return request.user


def require_list(user, permission: str, *, reason: str) -> None:
    """A list open only to those with ``permission``: without credentials, what the site
    asks a visitor to log in for (``401``); ``403`` for a user who lacks it, both with the
    rule's ``reason``. A whole list is no secret, so, unlike an object, it is refused
    openly."""
    if user.has_perm(permission):
        return
    if not user.is_authenticated:
        raise LoginRequired(str(reason))
    raise HttpError(403, str(reason))
