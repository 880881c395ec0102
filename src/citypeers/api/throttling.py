"""The API's rate limits: one budget per client address, and one per API token.

Both apply to every endpoint: a client past either gets a 429 with ``Retry-After``. The
rates are read at each request, so a deployment (or a test) can change them; counts
live in Django's cache: per worker with the default local-memory cache, shared with a
shared cache.
"""

from django.conf import settings
from ninja.throttling import SimpleRateThrottle

from citypeers.accounts.lockout import client_address
from citypeers.api.models import ApiToken


class _SettingRateThrottle(SimpleRateThrottle):
    """A rate from the setting named ``setting`` ("300/min"), read at each request."""

    setting = ""

    def __init__(self):
        super().__init__(rate=getattr(settings, self.setting))

    def allow_request(self, request) -> bool:
        self.rate = getattr(settings, self.setting)
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)


class ClientRateThrottle(_SettingRateThrottle):
    """``API_RATE_LIMIT`` requests per client address, the address the site's login
    lockout counts (``accounts.lockout.client_address``: REMOTE_ADDR, or behind
    TRUSTED_PROXY_COUNT proxies the one the nearest proxy saw)."""

    scope = "client"
    setting = "API_RATE_LIMIT"

    def get_ident(self, request) -> str:
        return client_address(request)

    def get_cache_key(self, request) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class TokenRateThrottle(_SettingRateThrottle):
    """``API_TOKEN_RATE_LIMIT`` requests per API token, from wherever it is used."""

    scope = "token"
    setting = "API_TOKEN_RATE_LIMIT"

    def get_cache_key(self, request) -> str | None:
        token = getattr(request, "auth", None)
        if not isinstance(token, ApiToken):
            return None  # a visitor: the address's budget only
        return self.cache_format % {"scope": self.scope, "ident": token.pk}
