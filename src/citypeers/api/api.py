"""The REST API under /api/v1/, with its OpenAPI schema and docs: public reads, and
writes for members and coordinators with a personal API token."""

from citypeers.api import event_writes, events, network, practice_writes
from citypeers.api.auth import ApiTokenAuth
from citypeers.api.protocol import CitypeersAPI
from citypeers.api.throttling import ClientRateThrottle, TokenRateThrottle

api = CitypeersAPI(
    title="citypeers API",
    version="1",
    description=(
        "The citypeers network: municipalities, their profiles and events. Reads are open; "
        "send a personal API token (`Authorization: Bearer <token>`) to see members' data "
        "and, with a read-write token, to write."
    ),
    urls_namespace="api",
    auth=ApiTokenAuth(),
    address_throttle=ClientRateThrottle(),
    throttle=[TokenRateThrottle()],
)
api.add_router("/network", network.router)
api.add_router("", events.router)
api.add_router("", event_writes.router)
api.add_router("", practice_writes.router)
