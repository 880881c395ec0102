"""Login lockout with one failure limit per kind of client (django-axes' database handler).

Axes compares every lockout parameter set with one limit. Here each set has its own:
an account tried from one address locks soon, an account tried from many addresses a
little later, and an address alone only after many failures, because one address can
be a whole office behind a proxy, where a handful of typos must not lock everybody out.
"""

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum


class LockoutHandler(AxesDatabaseHandler):
    """Failures of each parameter set, scaled so that its own limit reaches AXES_FAILURE_LIMIT."""

    def get_failures(self, request, credentials: dict | None = None) -> int:
        common_limit = settings.AXES_FAILURE_LIMIT
        attempts_list = self.get_user_attempts(request, credentials)
        scaled = []
        for attempts, (_parameters, limit) in zip(
            attempts_list, settings.LOCKOUT_RULES, strict=True
        ):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            scaled.append(failures * common_limit // limit)
        return max(scaled, default=0)


def client_address(request) -> str:
    """The address a request came from, as the lockout counts it.

    REMOTE_ADDR, unless TRUSTED_PROXY_COUNT reverse proxies stand in front of the site:
    each of them appends the address it received the request from to X-Forwarded-For,
    so the client is that many places from the right; anything further left was written
    by the client and is not trusted.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if not count:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    return hops[-count] if len(hops) >= count else remote
