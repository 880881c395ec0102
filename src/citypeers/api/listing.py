"""What every list of the API shares: its search words (``q``), its orderings and the
absolute addresses of what it lists."""

from collections.abc import Mapping
from typing import Annotated

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from ninja.errors import HttpError
from pydantic import AfterValidator, Field

from citypeers.core.forms import validate_one_line

#: The longest ``q`` a list takes.
QUERY_CHARS = 200


def _one_line(value: str) -> str:
    try:
        validate_one_line(value)
    except ValidationError as error:
        raise ValueError(error.messages[0]) from None
    return value


#: Words to search a list for: one line of at most ``QUERY_CHARS`` characters.
SearchWords = Annotated[
    str,
    Field(max_length=QUERY_CHARS, description="Words to search for (one line)."),
    AfterValidator(_one_line),
]


def _known_language(code: str) -> str:
    if code not in dict(settings.LANGUAGES):
        raise ValueError(f"must be one of {', '.join(dict(settings.LANGUAGES))}")
    return code


#: The language of an answer's texts: one the site speaks (a typo is refused, not read as
#: the default).
Language = Annotated[
    str,
    Field(max_length=10, description="The language of the texts: en or it."),
    AfterValidator(_known_language),
]


def orderings(**fields: str) -> dict[str, tuple[str, ...]]:
    """Each ordering a list offers, and its reverse (``-name``), → its ``order_by``
    fields; ties go by id, so that pages never repeat or skip a row."""
    choices = {}
    for name, field in fields.items():
        choices[name] = (field, "pk")
        choices[f"-{name}"] = (f"-{field}", "-pk")
    return choices


def ordering_field(choices: Mapping, default: str):
    """The ``ordering`` parameter of a list, documented with its choices and its default."""
    return Field("", description=f"One of: {', '.join(choices)}. Default: {default}.")


class InvalidParameter(HttpError):
    """A 400 about one query parameter, named in the error's ``field``."""

    def __init__(self, field: str, message: str):
        super().__init__(400, message)
        self.field = field


def checked_ordering(ordering: str, choices: Mapping) -> str:
    """``ordering`` if the list offers it ("" keeps the list's own order), else a 400
    that names it and the choices."""
    if ordering and ordering not in choices:
        raise InvalidParameter(
            "ordering", f"Unknown ordering {ordering!r}: order by one of {', '.join(choices)}."
        )
    return ordering


def ordered(rows: QuerySet, ordering: str, choices: Mapping[str, tuple[str, ...]]) -> QuerySet:
    """``rows`` in the ``ordering`` asked for (checked), or in their own order."""
    if checked_ordering(ordering, choices):
        return rows.order_by(*choices[ordering])
    return rows


def absolute(request: HttpRequest, path: str) -> str:
    """The full address of a path of this site, as the request reached it."""
    return request.build_absolute_uri(path)


def api_address(request: HttpRequest, name: str, **kwargs) -> str:
    """The full address of an API operation (its view's name) for these arguments."""
    return absolute(request, reverse(f"api:{name}", kwargs=kwargs))
