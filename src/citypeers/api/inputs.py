"""What the API's writes accept: bounded ids and texts, and rows of the directory by id.

The bounds are the database's (a 64-bit key, a column's length) so that no input reaches
a query it would break; everything else is checked by the services, as for the site.
"""

import datetime as dt
import re
from typing import Annotated

from django.core.exceptions import ValidationError as ServiceError
from django.db.models import Model, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import AfterValidator, AwareDatetime, ConfigDict

from citypeers.api.schemas import ErrorOut
from citypeers.core.forms import LARGEST_ID

# A NUL or another control character (tabs and line breaks aside) is refused: PostgreSQL
# stores no NUL, and none belongs in text people read.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"[\r\n\u0085\u2028\u2029]")


def _printable(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("must not contain control characters")
    return value


def _one_line(value: str) -> str:
    if _LINE_BREAK.search(_printable(value)):
        raise ValueError("must be one line")
    return value.strip()


Id = Annotated[int, Field(ge=1, le=LARGEST_ID)]
FIRST_YEAR, LAST_YEAR = 1900, 2100


def _in_years(moment: dt.datetime) -> dt.datetime:
    try:
        utc = moment.astimezone(dt.UTC)
    except OverflowError:
        utc = None
    if utc is None or not FIRST_YEAR <= utc.year <= LAST_YEAR:
        raise ValueError(f"must be between the years {FIRST_YEAR} and {LAST_YEAR}")
    return utc


#: A moment with its offset (or Z), between 1900 and 2100, read as UTC.
Moment = Annotated[AwareDatetime, AfterValidator(_in_years)]
Day = Annotated[dt.date, Field(ge=dt.date(FIRST_YEAR, 1, 1), le=dt.date(LAST_YEAR, 12, 31))]


class WriteIn(Schema):
    """The body of a write: a field it does not know is refused by name, never ignored."""

    model_config = ConfigDict(extra="forbid")


def Line(max_length: int):  # noqa: N802 (a type, named like one)
    """A one-line text of at most ``max_length`` characters."""
    return Annotated[str, Field(max_length=max_length), AfterValidator(_one_line)]


def Text(max_length: int):  # noqa: N802 (a type, named like one)
    """A text of at most ``max_length`` characters, line breaks allowed."""
    return Annotated[str, Field(max_length=max_length), AfterValidator(_printable)]


class WrittenOut(Schema):
    """What a write answers: the row's id and the address of its page on the site."""

    id: int
    url: str


# What every write documents besides its result: the refusals of the token and the rule.
WRITE_ERRORS = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    422: ErrorOut,
    429: ErrorOut,
}


def written(request, obj, *, url: str | None = None) -> dict:
    return {"id": obj.pk, "url": request.build_absolute_uri(url or obj.get_absolute_url())}


def rows_by_id(queryset: QuerySet, ids, *, field: str) -> list[Model]:
    """The rows of ``queryset`` with these ids, in their order; an unknown id is a
    ValidationError on ``field`` that names it."""
    ids = list(dict.fromkeys(ids))
    found = queryset.in_bulk(ids)
    missing = [str(pk) for pk in ids if pk not in found]
    if missing:
        raise ServiceError(
            {field: _("Nothing has the id %(ids)s here.") % {"ids": ", ".join(missing)}}
        )
    return [found[pk] for pk in ids]


def row_by_id(queryset: QuerySet, pk: int | None, *, field: str) -> Model | None:
    return None if pk is None else rows_by_id(queryset, [pk], field=field)[0]


def page_of(view: str, pk: int, anchor: str = "") -> str:
    return reverse(view, args=[pk]) + (f"#{anchor}" if anchor else "")
