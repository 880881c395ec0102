"""How the API answers, whatever the resource: errors, conditional GETs, bad parameters.

Every 4xx carries ``{"detail": <what is wrong>, "field": <the parameter, or null>}``:
validation names the first failing field, a body that is not JSON is named ``body``, an
unknown query parameter is refused by name (a typo never silently widens a list), a
refused token names ``Authorization``. Every 200 answer to a GET carries an ETag, and a
client that sends it back in ``If-None-Match`` gets a 304 with no body. What a reader is
shown depends on their token, so every answer varies on ``Authorization`` (a shared cache
never gives a member's answer to a visitor). A method a path does not have, a body past
``DATA_UPLOAD_MAX_MEMORY_SIZE`` and a parameter given twice that takes one value are
refused with the same error body, as is an address under the API that is none of its
operations (a 404); a HEAD is answered as the GET, without its body. The address's
rate limit is counted before anything else, the token's once the token is known. Routers
may share a path, so a resource's reads and writes live in separate modules.
"""

import json
import math
import re
from functools import wraps

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as ServiceError
from django.http import Http404, HttpRequest, JsonResponse
from django.utils.cache import get_conditional_response, patch_vary_headers, set_response_etag
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, Throttled
from ninja.errors import ValidationError as InputError
from ninja.parser import Parser
from ninja.utils import normalize_path

from citypeers.accounts.access import LoginRequired, Refused
from citypeers.api.auth import AUTHORIZATION

BODY = "body"
QUERY = "query"


class UnknownParameter(HttpError):
    def __init__(self, name: str):
        super().__init__(400, _("Unknown query parameter “%(name)s”.") % {"name": name[:100]})
        self.field = name[:100]


class RepeatedParameter(HttpError):
    def __init__(self, name: str):
        message = _("The query parameter “%(name)s” is given more than once.")
        super().__init__(400, message % {"name": name[:100]})
        self.field = name[:100]


def _object_without_repeated_keys(pairs: list) -> dict:
    """A JSON object; a key given twice is an error (which value was meant is unknown)."""
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"the key {key[:100]!r} is given more than once")
        seen[key] = value
    return seen


class JsonBodyParser(Parser):
    """Ninja's JSON parser, keeping why a body could not be read for the error's detail;
    an object that repeats a key is not read (a client's bug, never resolved silently)."""

    def parse_body(self, request):
        try:
            return json.loads(request.body, object_pairs_hook=_object_without_repeated_keys)
        except (ValueError, RecursionError) as error:  # RecursionError: nested too deep
            request.body_error = str(error)[:200]
            raise


def error_body(detail: str, field: str | None = None) -> dict:
    return {"detail": str(detail), "field": field}


def _field_of(location) -> str | None:
    """The field a pydantic error location names: ``limit``, ``title``, ``parties.0``."""
    parts = [str(part) for part in location]
    if parts and parts[0] == BODY:
        parts = parts[2:] if len(parts) > 2 else parts[:1]
    elif parts and parts[0] in {QUERY, "path", "header"}:
        parts = parts[1:]
    return ".".join(parts) or None


class CitypeersAPI(NinjaAPI):
    """NinjaAPI with the project's error bodies, ETags, guards and shared paths."""

    def __init__(self, *, address_throttle, **kwargs):
        """``address_throttle`` counts every request, before its token is even looked at
        (so that guessing tokens is limited too); ``throttle`` comes after the token."""
        super().__init__(parser=JsonBodyParser(), **kwargs)
        self.address_throttle = address_throttle
        self.add_decorator(guard_operation, mode="view")
        handlers = {
            Http404: self._not_found,
            Refused: self._refused,
            InputError: self._invalid_input,
            RequestDataTooBig: self._too_big,
            ServiceError: self._refused_by_service,
            AuthenticationError: self._unauthenticated,
            LoginRequired: self._login_required,
            Throttled: self._throttled,
            HttpError: self._http_error,
        }
        for exception, handler in handlers.items():
            self.add_exception_handler(exception, handler)

    def _get_bound_routers(self):
        routers = super()._get_bound_routers()
        if not getattr(self, "_shared_paths_merged", False):
            self._shared_paths_merged = True
            merge_shared_paths(routers)
            for bound in routers:
                for view in bound.path_operations.values():
                    view._not_allowed = not_allowed(self, view)
                    view._find_operation = operation_finder(view)
        return routers

    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        patch_vary_headers(response, [AUTHORIZATION])
        if request.method in {"GET", "HEAD"} and response.status_code == 200:
            set_response_etag(response)
            response = get_conditional_response(request, etag=response["ETag"], response=response)
        if request.method == "HEAD":
            response.content = b""
        return response

    def get_openapi_schema(self, **kwargs):
        """The schema, with the token optional where it is: every read works without one."""
        schema = super().get_openapi_schema(**kwargs)
        for operations in schema.get("paths", {}).values():
            for method, operation in operations.items():
                if method in {"get", "head"} and operation.get("security"):
                    operation["security"] = [*operation["security"], {}]
        return schema

    def error(self, request, status: int, detail, field: str | None = None):
        return self.create_response(request, error_body(detail, field), status=status)

    def _not_found(self, request, exc):
        return self.error(request, 404, _("Not found."))

    def _refused(self, request, exc):
        """A signed-in caller the rule refuses: a 404 with the rule's reason, as on the site."""
        return self.error(request, 404, exc.reason)

    def _invalid_input(self, request, exc):
        first = exc.errors[0] if exc.errors else {}
        field = _field_of(first.get("loc", ()))
        message = first.get("msg", "")
        detail = f"{field}: {message}" if field else message
        return self.error(
            request, 422, _("Invalid input: %(problem)s") % {"problem": detail}, field
        )

    def _refused_by_service(self, request, exc):
        errors = getattr(exc, "error_dict", None) or {}
        for field, messages in errors.items():
            message = " ".join(m for e in messages for m in e.messages)
            return self.error(request, 422, message, None if field == "__all__" else field)
        return self.error(request, 422, " ".join(exc.messages))

    def _too_big(self, request, exc):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        detail = _("The body is larger than %(size)s bytes.") % {"size": limit}
        return self.error(request, 413, detail, BODY)

    def _unauthenticated(self, request, exc):
        detail = exc.message if exc.message != "Unauthorized" else _("An API token is needed.")
        response = self.error(request, 401, detail, AUTHORIZATION)
        response["WWW-Authenticate"] = 'Bearer realm="api"'
        return response

    def _login_required(self, request, exc):
        """What the site would ask a visitor to log in for: the token of someone allowed."""
        detail = str(exc.message) or _("This needs the API token of a member.")
        return self._unauthenticated(request, AuthenticationError(401, detail))

    def _throttled(self, request, exc):
        return self.error(request, 429, _("Too many requests: slow down and retry later."))

    def _http_error(self, request, exc):
        if exc.status_code == 400 and hasattr(request, "body_error"):
            detail = _("The body is not valid JSON: %(error)s") % {"error": request.body_error}
            return self.error(request, 400, detail, BODY)
        return self.error(request, exc.status_code, exc.message, getattr(exc, "field", None))


def query_parameters(operation) -> tuple[set[str], set[str]]:
    """The query parameters ``operation`` declares (its filters, its pagination), and
    those of them that take a list (may be repeated)."""
    names, lists = set(), set()
    for model in operation.models:
        if model.__ninja_param_source__ != QUERY:
            continue
        flat = getattr(model, "__ninja_flatten_map__", None)
        names |= set(flat) if flat else {f.alias or n for n, f in model.model_fields.items()}
        lists |= set(getattr(model, "__ninja_collection_fields__", ()))
    return names, lists


def operation_finder(view):
    """A path's operation for a request: a HEAD is answered as the GET, without its body."""

    def find(request):
        method = "GET" if request.method == "HEAD" else request.method
        return next((op for op in view.operations if method in op.methods), None)

    return find


def unknown_address(request, path: str = ""):
    """Any address under the API that is none of its operations: a 404 in the error body."""
    response = JsonResponse(
        error_body(_("The API has no address “%(path)s”.") % {"path": request.path[:200]}),
        status=404,
    )
    patch_vary_headers(response, [AUTHORIZATION])
    return response


def not_allowed(api, view):
    """A path's answer to a method it does not have: a 405 with the error body and
    ``Allow``."""

    def answer():
        allowed = {method for op in view.operations for method in op.methods}
        allowed = sorted(allowed | ({"HEAD"} if "GET" in allowed else set()))
        detail = _("This address does not take this method; it takes %(methods)s.")
        request = HttpRequest()
        response = api.error(request, 405, detail % {"methods": ", ".join(allowed)})
        response["Allow"] = ", ".join(allowed)
        return response

    return answer


def guard_operation(run):
    """Wraps an operation, before its token is read: past the address's rate limit is a
    429 with ``Retry-After``; a query parameter it does not declare is a 400 naming it."""
    operation = run.__self__
    known, repeatable = query_parameters(operation)

    @wraps(run)
    def guarded(request, *args, **kwargs):
        api = operation.api
        if not api.address_throttle.allow_request(request):
            wait = api.address_throttle.wait()
            response = api.on_exception(request, Throttled(wait=wait))
            response["Retry-After"] = str(max(1, math.ceil(wait or 1)))
            return response
        unknown = sorted(set(request.GET) - known)
        if unknown:
            return api.on_exception(request, UnknownParameter(unknown[0]))
        repeated = sorted(
            name
            for name, values in request.GET.lists()
            if len(values) > 1 and name not in repeatable
        )
        if repeated:
            return api.on_exception(request, RepeatedParameter(repeated[0]))
        return run(request, *args, **kwargs)

    return guarded


def merge_shared_paths(routers) -> None:
    """Let routers share a path (the reads and the writes of a resource): its operations
    are moved to the first router that has it, so that one URL answers every method
    (Django would send a request to the first matching URL and no further)."""
    first_views = {}
    for bound in routers:
        for path in list(bound.path_operations):
            route = "/".join(part for part in (bound.prefix, path) if part)
            route = re.sub(r"{[^}:]+:", "{", normalize_path(route))
            view = bound.path_operations[path]
            first = first_views.setdefault(route, view)
            if first is not view:
                first.operations.extend(view.operations)
                first.is_async = first.is_async or view.is_async
                del bound.path_operations[path]
