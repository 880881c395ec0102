"""The signed-in user's API tokens: listed, created (the token shown once) and revoked."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from citypeers.accounts.access import object_for, require
from citypeers.api import selectors, services
from citypeers.api.forms import TokenForm


def token_list(request):
    require(request.user, "api.add_token")
    tokens = selectors.tokens_of(request.user)
    return render(request, "api/token_list.html", {"tokens": tokens})


def token_create(request):
    require(request.user, "api.add_token")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        created = services.create_token(
            user=request.user,
            name=form.cleaned_data["name"],
            scope=form.cleaned_data["scope"],
            expires_at=form.expires_at(),
        )
        # The token is on this page only: no redirect, no copy in the session or a cache.
        response = render(request, "api/token_created.html", {"created": created})
        add_never_cache_headers(response)
        return response
    status = 400 if request.method == "POST" else 200
    return render(request, "api/token_form.html", {"form": form}, status=status)


@require_POST
def token_revoke(request, pk: int):
    token = object_for(
        request.user, selectors.tokens_of(request.user), pk=pk, permission="api.revoke_token"
    )
    services.revoke_token(token=token, by=request.user)
    messages.success(request, _("The token “%(name)s” is revoked.") % {"name": token.name})
    return redirect("tokens:list")
