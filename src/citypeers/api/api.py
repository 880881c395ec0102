"""The REST API under /api/v1/, with its OpenAPI schema and docs: public reads, and
writes for members and coordinators with a personal API token."""

from ninja import Swagger

from citypeers.api import (
    documents,
    event_writes,
    events,
    insights,
    matching,
    network,
    practice_writes,
    practices,
    search,
)
from citypeers.api.auth import ApiTokenAuth
from citypeers.api.protocol import CitypeersAPI
from citypeers.api.throttling import ClientRateThrottle, TokenRateThrottle

api = CitypeersAPI(
    title="citypeers API",
    version="1",
    description=(
        "The citypeers network as the site shows it to the same reader: municipalities, "
        "organisations, people (members only), events, practices, documents and peer "
        "suggestions. Reads are open; send a personal API token (`Authorization: Bearer "
        "<token>`) to see members' data and, with a read-write token, to write."
    ),
    urls_namespace="api",
    auth=ApiTokenAuth(),
    address_throttle=ClientRateThrottle(),
    throttle=[TokenRateThrottle()],
    # The docs page loads Swagger UI from the site's own static files (ninja's, with
    # "ninja" in INSTALLED_APPS), and asks no outside validator for a badge.
    docs=Swagger(settings={"validatorUrl": None}),
)
api.add_router("/network", network.router)
api.add_router("/network", matching.router)
api.add_router("", events.router)
api.add_router("", practices.router)
api.add_router("", documents.router)
api.add_router("", insights.router)
api.add_router("", search.router)
api.add_router("", event_writes.router)
api.add_router("", practice_writes.router)
