"""The REST API: public reads under /api/v1/, with its OpenAPI schema and docs."""

from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import ValidationError

from citypeers.api import events, network
from citypeers.api.throttling import ClientRateThrottle

api = NinjaAPI(
    title="citypeers API",
    version="1",
    description="Public reads of the citypeers network: municipalities, their profiles and events.",
    urls_namespace="api",
    throttle=[ClientRateThrottle()],
)
api.add_router("/network", network.router)
api.add_router("", events.router)


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
