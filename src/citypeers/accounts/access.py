"""The one access step of every view: fetch, check, then act.

A view asks for what it needs in one call. A visitor who is not signed in and may not
have it is sent to log in and brought back (``LoginRequired``, turned into a redirect by
``AccessMiddleware``); a signed-in user without the right gets a 404, so a page never
tells who may not see it that it exists.

A view may give the ``reason`` a rule refuses, in words that do not depend on the object
("People's pages are for members ..."). A signed-in user refused an object that exists
then gets the site's 404 page with that reason and ways back (``Refused``), rather than
a bare "not found": they learn no more than a visitor, whom the login redirect already
tells that the object exists. A missing object stays a plain 404 for everyone.
"""

from typing import TypeVar

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Model, QuerySet
from django.http import Http404
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

M = TypeVar("M", bound=Model)


class LoginRequired(Exception):
    """A visitor must sign in first; ``message`` says why on the login page, and
    ``come_back_to`` is where the login leads (the page asked for, by default)."""

    def __init__(self, message: str = "", come_back_to: str = ""):
        super().__init__(message)
        self.message = message
        self.come_back_to = come_back_to


class Refused(Http404):
    """A signed-in user may not have what they asked for; ``reason`` says why, in words
    that name the rule, never the object. Shown as the site's 404 page with ways back."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _refuse(user, *, message: str, reason: str, come_back_to: str = ""):
    """The exception for a refusal: visitor → log in; signed in → the reason, or a 404."""
    if not user.is_authenticated:
        return LoginRequired(message, come_back_to)
    return Refused(reason) if reason else Http404()


def require(
    user,
    permission: str,
    obj=None,
    *,
    message: str = "",
    reason: str = "",
    come_back_to: str = "",
) -> None:
    """Go on only if ``user`` has ``permission`` (on ``obj``): visitor → login (and back to
    ``come_back_to`` or this page), others → 404 (with ``reason`` when one is given)."""
    if user.has_perm(permission, obj):
        return
    raise _refuse(user, message=message, reason=reason, come_back_to=come_back_to)


def object_for(
    user,
    visible: QuerySet[M],
    *,
    pk,
    permission: str | None = None,
    message: str = "",
    reason: str = "",
    come_back_to: str = "",
) -> M:
    """The object ``pk`` among those ``user`` may see (``visible``, from a policy), checked.

    An object that exists but is not visible is refused (visitor → login; signed in → a
    404 that gives ``reason`` when there is one); a missing object is a 404 for everyone.
    The existence check costs a query only when its answer changes the response.
    A visitor is brought back to ``come_back_to`` after the login when it is given (a
    page, where the asked-for address is a file a browser would not show).
    """
    obj = visible.filter(pk=pk).first()
    if obj is None:
        if (not user.is_authenticated or reason) and visible.model._default_manager.filter(
            pk=pk
        ).exists():
            raise _refuse(user, message=message, reason=reason, come_back_to=come_back_to)
        raise Http404
    if permission is not None:
        require(user, permission, obj, message=message, reason=reason, come_back_to=come_back_to)
    return obj


class AccessMiddleware:
    """Turns ``LoginRequired`` into a redirect to the login page that comes back, and
    ``Refused`` into the 404 page that says why and offers ways back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Refused):
            context = {"reason": exception.reason, "back": _same_site_referer(request)}
            return render(request, "accounts/refused.html", context, status=404)
        if not isinstance(exception, LoginRequired):
            return None
        if exception.message:
            messages.info(request, exception.message)
        return redirect_to_login(exception.come_back_to or request.get_full_path())


def _same_site_referer(request) -> str:
    """The page the user came from, when it is on this site (a way back), or ""."""
    referer = request.headers.get("Referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    return ""
