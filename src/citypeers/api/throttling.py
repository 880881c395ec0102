"""The API's rate limit: one budget of requests per client address."""

from django.conf import settings
from ninja.throttling import SimpleRateThrottle


class ClientRateThrottle(SimpleRateThrottle):
    """``API_RATE_LIMIT`` requests ("300/min") per client address, for every endpoint.

    The rate is read at each request, so a deployment (or a test) can change it; the
    address is REMOTE_ADDR, or behind NINJA_NUM_PROXIES proxies the one the nearest
    proxy saw. Counts live in Django's cache: per worker with the default local-memory
    cache, shared with a shared cache.
    """

    scope = "client"

    def __init__(self):
        super().__init__(rate=settings.API_RATE_LIMIT)

    def allow_request(self, request) -> bool:
        self.rate = settings.API_RATE_LIMIT
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_cache_key(self, request) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
