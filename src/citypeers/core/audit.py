"""The one audit trail of events, city profiles and practices.

A write service takes a ``snapshot`` of what it may change before and after its write,
and calls ``record_change`` with ``changes_between`` the two inside its own transaction
(as Zulip's actions write RealmAuditLog): a change is kept exactly when its write is, and
a refused or failed write leaves no entry. History pages read ``audit_trail`` and show it
with the one partial template ``core/_audit_trail.html``.

The trail also versions what it records: an edit form carries ``edit_version`` (the
latest entry when the form was loaded), the write service calls ``check_version`` with
the row locked, and a refused form shows ``changes_since`` that version.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.db import models
from django.template.defaultfilters import yesno
from django.utils.text import capfirst

from citypeers.core.formatting import date_text, datetime_text
from citypeers.core.models import AuditEntry
from citypeers.core.themes import theme_label

BLANK = (None, "", [], {})


def json_value(value):
    """A value as the trail keeps it: JSON types as they are, related rows and the rest as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): json_value(item) for key, item in value.items()}
    if isinstance(value, Decimal):
        # 14.5 typed and 14.50 stored are one value: compare and show them alike.
        return format(value.normalize(), "f")
    return str(value)


def snapshot(obj: models.Model, fields) -> dict:
    """The named fields of ``obj`` as JSON values (a related row by its label)."""
    return {name: json_value(getattr(obj, name)) for name in fields}


def changes_between(before: dict, after: dict) -> dict:
    """``{field: [old, new]}`` for every field whose value differs (blank equals blank)."""
    names = [*before, *(name for name in after if name not in before)]
    return {
        name: [before.get(name), after.get(name)]
        for name in names
        if before.get(name) != after.get(name)
        and not (before.get(name) in BLANK and after.get(name) in BLANK)
    }


def _user_or_none(by):
    """A saved, signed-in user, or None (scripts and the demo loaders pass nobody)."""
    if by is None or not getattr(by, "is_authenticated", False) or by.pk is None:
        return None
    return by


def record_change(*, obj: models.Model, action: str, by=None, changes: dict | None = None):
    """Add ``action`` by ``by`` to the trail of ``obj``; call it inside the write's transaction."""
    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        object_label=str(obj)[:300],
        action=action,
        changes=changes or {},
        by=_user_or_none(by),
    )


@dataclass(frozen=True)
class ChangeRow:
    """One changed field as a history page shows it."""

    label: str
    old: str
    new: str


def _entries_about(obj: models.Model):
    meta = obj._meta.concrete_model._meta
    return AuditEntry.objects.filter(
        content_type__app_label=meta.app_label,
        content_type__model=meta.model_name,
        object_id=obj.pk,
    )


def _with_rows(model, entries: list[AuditEntry]) -> list[AuditEntry]:
    """Give each entry ``rows``: the changed fields as label, old value, new value."""
    position = _field_positions(model)
    for entry in entries:
        # PostgreSQL's jsonb keeps no key order: show fields in the model's order.
        names = sorted(entry.changes, key=lambda n: (position.get(n.partition(".")[0], 999), n))
        entry.rows = [_row(model, name, entry.changes[name]) for name in names]
    return entries


def audit_trail(obj: models.Model, *, limit: int = 20) -> list[AuditEntry]:
    """The latest ``limit`` entries about ``obj``, newest first, in one query.

    Each entry gets ``rows``: the changed fields as label, old value, new value.
    """
    entries = _entries_about(obj).select_related("by").order_by("-at", "-pk")[:limit]
    return _with_rows(type(obj), list(entries))


def edit_version(obj: models.Model | None) -> int:
    """The version of ``obj`` an edit form carries: its latest entry's number (0 if none).

    Every recorded change moves it on; a save that changes nothing leaves it, so it
    never refuses an edit that would lose nothing.
    """
    if obj is None or obj.pk is None:
        return 0
    return _entries_about(obj).order_by("-pk").values_list("pk", flat=True).first() or 0


def check_version(obj: models.Model, expected: int | None, message) -> None:
    """Refuse with ``message`` if ``obj`` was changed since version ``expected``.

    Call it in the write's transaction with the row locked, so nothing slips in between.
    ``expected`` None (scripts, imports, the API) checks nothing.
    """
    if expected is not None and edit_version(obj) != expected:
        raise ValidationError({NON_FIELD_ERRORS: [message]}, code="stale")


def changes_since(obj: models.Model | None, version: int | None, *, limit: int = 20) -> list:
    """The entries about ``obj`` recorded after ``version``, newest first, with ``rows``."""
    if obj is None or obj.pk is None or version is None:
        return []
    entries = _entries_about(obj).filter(pk__gt=version).select_related("by")
    return _with_rows(type(obj), list(entries.order_by("-pk")[:limit]))


def posted_version(data) -> int | None:
    """The version a posted edit form carries; None when it carries none.

    A malformed one reads as -1, which no object has: the edit is refused and the
    form shows every recorded change, never a server error.
    """
    if data is None or "version" not in data:
        return None
    text = str(data.get("version")).strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 19 else -1


def _field_positions(model) -> dict[str, int]:
    """Fields first, then many-to-many relations, then the lists pointing at the model."""
    meta = model._meta
    names = [
        *(f.name for f in meta.fields),
        *(f.name for f in meta.many_to_many),
        *(rel.get_accessor_name() for rel in meta.related_objects),
    ]
    return {name: index for index, name in enumerate(names)}


def _row(model, key: str, pair) -> ChangeRow:
    old, new = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
    label, field = _label_and_field(model, key)
    return ChangeRow(label, shown_value(field, old), shown_value(field, new))


def _label_and_field(model, key: str):
    """The label of ``field`` or ``relation.field`` on ``model``, and that field (or None)."""
    name, _dot, rest = key.partition(".")
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return key, None
    reverse = field.is_relation and field.auto_created and not field.concrete
    label = capfirst(
        field.related_model._meta.verbose_name_plural if reverse else field.verbose_name
    )
    if not rest:
        return str(label), field
    inner, leaf = _label_and_field(field.related_model, rest)
    return f"{label}: {inner}", leaf


def shown_value(field, value) -> str:
    """A kept value as text: a choice by its label, a theme by its name, lists joined.

    A row of a list kept as a dict (its model's ``trail_value``) reads through that model's
    ``trail_text`` now, in the reader's language; one kept as text shows as written.
    """
    if value in BLANK:
        return "—"
    read_kept = getattr(getattr(field, "related_model", None), "trail_text", None)
    if read_kept is not None and isinstance(value, dict):
        return read_kept(value)
    if isinstance(value, bool):
        return yesno(value)
    if isinstance(field, models.DateField) and isinstance(value, str):
        return _day_text(field, value)
    choices = dict(field.flatchoices) if getattr(field, "choices", None) else {}
    if isinstance(value, list):
        return ", ".join(_item(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(
            _item(key) if item is None else f"{_item(key)}: {_item(item)}"
            for key, item in value.items()
        )
    return str(choices.get(value, value))


def _day_text(field, value: str) -> str:
    """A kept date or moment (its ISO text) as the site writes days; the text if unreadable."""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if isinstance(field, models.DateTimeField):
        return datetime_text(moment)
    return date_text(moment.date())


def _item(value) -> str:
    """One element of a kept list: theme slugs read as their names."""
    return str(theme_label(value)) if isinstance(value, str) else str(json_value(value))
