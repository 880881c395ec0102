"""The REST API: public reads under /api/v1/, with its OpenAPI schema and docs."""

from django.http import Http404
from ninja import NinjaAPI, Swagger
from ninja.errors import ValidationError

from citypeers.accounts.access import LoginRequired, Refused
from citypeers.api import documents, events, matching, network, practices
from citypeers.api.throttling import ClientRateThrottle

api = NinjaAPI(
    title="citypeers API",
    version="1",
    description=(
        "Reads of the citypeers network: municipalities, organisations, people (members "
        "only), events, practices, documents and peer suggestions, as the site shows them "
        "to the same reader."
    ),
    urls_namespace="api",
    throttle=[ClientRateThrottle()],
    # The docs page loads Swagger UI from the site's own static files (ninja's, with
    # "ninja" in INSTALLED_APPS), and asks no outside validator for a badge.
    docs=Swagger(settings={"validatorUrl": None}),
)
api.add_router("/network", network.router)
api.add_router("/network", matching.router)
api.add_router("", events.router)
api.add_router("", practices.router)
api.add_router("", documents.router)


@api.exception_handler(LoginRequired)
def credentials_required(request, exc):
    """The site would send a visitor to log in: the object exists, credentials may open it."""
    detail = exc.message or "Authentication required."
    return api.create_response(request, {"detail": str(detail)}, status=401)


@api.exception_handler(Refused)
def refused(request, exc):
    """A signed-in reader the rule refuses: a 404 that gives the rule's reason."""
    return api.create_response(request, {"detail": str(exc.reason)}, status=404)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Not found."}, status=404)


@api.exception_handler(ValidationError)
def invalid_input(request, exc):
    problems = "; ".join(
        f"{'.'.join(str(p) for p in error.get('loc', ())[1:])}: {error.get('msg')}"
        for error in exc.errors
    )
    return api.create_response(request, {"detail": f"Invalid input: {problems}"}, status=422)
