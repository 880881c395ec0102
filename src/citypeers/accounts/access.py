"""The one access step of every view: fetch, check, then act.

A view asks for what it needs in one call. A visitor who is not signed in and may not
have it is sent to log in and brought back (``LoginRequired``, turned into a redirect by
``AccessMiddleware``); a signed-in user without the right gets a 404, so a page never
tells who may not see it that it exists.
"""

from typing import TypeVar

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Model, QuerySet
from django.http import Http404

M = TypeVar("M", bound=Model)


class LoginRequired(Exception):
    """A visitor must sign in first; ``message`` says why on the login page."""

    def __init__(self, message: str = ""):
        super().__init__(message)
        self.message = message


def require(user, permission: str, obj=None, *, message: str = "") -> None:
    """Go on only if ``user`` has ``permission`` (on ``obj``): visitor → login, others → 404."""
    if user.has_perm(permission, obj):
        return
    if not user.is_authenticated:
        raise LoginRequired(message)
    raise Http404


def object_for(
    user, visible: QuerySet[M], *, pk, permission: str | None = None, message: str = ""
) -> M:
    """The object ``pk`` among those ``user`` may see (``visible``, from a policy), checked.

    A visitor asking for an object that exists but is not visible to them is sent to
    log in; a missing object is a 404 for everyone.
    """
    obj = visible.filter(pk=pk).first()
    if obj is None:
        if not user.is_authenticated and visible.model._default_manager.filter(pk=pk).exists():
            raise LoginRequired(message)
        raise Http404
    if permission is not None:
        require(user, permission, obj, message=message)
    return obj


class AccessMiddleware:
    """Turns ``LoginRequired`` into a redirect to the login page that comes back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, LoginRequired):
            return None
        if exception.message:
            messages.info(request, exception.message)
        return redirect_to_login(request.get_full_path())
