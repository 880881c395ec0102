"""Form fields that pick countries, municipalities, organisations and people from the
directory: one for a single entry, one for a list.

Without JavaScript each is a plain text box (a list: one name per line) that the server
resolves by name, in any language the directory knows, with a message naming the
candidates when a name is ambiguous or unknown. ``network/directory.js`` turns them into
comboboxes whose suggestions come from the directory's JSON endpoints; a picked entry
also sends its id (``<name>_pick``), which wins while the text still names it.
"""

import json
import re

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from citypeers.core.forms import LARGEST_ID, validate_one_line
from citypeers.core.text import fold
from citypeers.network.directory import (
    LISTS,
    SUGGESTIONS,
    Ambiguous,
    NotFound,
    resolve,
    resolve_many,
)

NAME_CHARS = 200
MAX_NAMES = 50

AMBIGUOUS = {
    "country": _("Several countries are called %(name)s: %(candidates)s. Type one as shown."),
    "municipality": _("Several places are called %(name)s: %(candidates)s. Type one as shown."),
    "organisation": _(
        "Several organisations are called %(name)s: %(candidates)s. Type one as shown."
    ),
    "person": _("Several people are called %(name)s: %(candidates)s. Type one as shown."),
}
NOT_FOUND = {
    "country": _("No country called “%(name)s” is in the directory."),
    "municipality": _("No municipality called “%(name)s” is in the directory."),
    "organisation": _("No organisation called “%(name)s” is in the directory."),
    "person": _("No person called “%(name)s” is in the directory."),
}
DID_YOU_MEAN = _("Did you mean: %(candidates)s?")
# URL names of the suggestions, by list.
SUGGESTION_URLS = {
    "country": "network:directory_countries",
    "municipality": "network:directory_municipalities",
    "organisation": "network:directory_organisations",
    "person": "network:directory_people",
}


class DirectoryMedia:
    js = ["network/directory.js"]
    css = {"all": ["network/directory.css"]}


def _picker_attrs(kind: str) -> dict:
    """What the script needs, in the page's language: the suggestions' address and the
    sentences it announces."""
    return {
        "data-directory": reverse(SUGGESTION_URLS[kind]),
        "data-text-one": _("1 suggestion: use the up and down arrows to choose."),
        # Each count's own sentence: plural forms differ past two (Polish 2-4, 5-21, 22-24).
        "data-text-many": json.dumps(
            {
                count: ngettext(
                    "%(count)s suggestion: use the up and down arrows to choose.",
                    "%(count)s suggestions: use the up and down arrows to choose.",
                    count,
                )
                % {"count": count}
                for count in range(2, SUGGESTIONS + 1)
            },
            ensure_ascii=False,
        ),
        "data-text-none": _("No suggestions."),
        "data-text-remove": _("Remove %(name)s"),
        "data-text-chosen": _("Chosen"),
        "autocomplete": "off",
        "spellcheck": "false",
    }


class DirectoryInput(forms.TextInput):
    """A text box for one name; with the script, a combobox."""

    Media = DirectoryMedia

    def __init__(self, kind: str, attrs=None):
        super().__init__(attrs)
        self.kind = kind

    def get_context(self, name, value, attrs):
        return super().get_context(name, value, {**_picker_attrs(self.kind), **(attrs or {})})

    def value_from_datadict(self, data, files, name):
        return (data.get(name) or "", data.get(f"{name}_pick") or "")

    def format_value(self, value):
        return value[0] if isinstance(value, tuple) else super().format_value(value)


class DirectoryListInput(forms.Textarea):
    """A text area of names, one a line; with the script, a combobox adding chips."""

    Media = DirectoryMedia

    def __init__(self, kind: str, attrs=None):
        super().__init__({"rows": 3, **(attrs or {})})
        self.kind = kind

    def get_context(self, name, value, attrs):
        attrs = {**_picker_attrs(self.kind), "data-directory-multiple": "", **(attrs or {})}
        return super().get_context(name, value, attrs)


def _refusal(directory, problem) -> ValidationError:
    def listed(entries):
        return ", ".join(directory.qualified(entry) for entry in entries)

    if isinstance(problem, Ambiguous):
        return ValidationError(
            AMBIGUOUS[directory.name],
            code="ambiguous",
            params={"name": problem.text, "candidates": listed(problem.candidates)},
        )
    message = NOT_FOUND[directory.name] % {"name": problem.text}
    if problem.close:
        message = f"{message} {DID_YOU_MEAN % {'candidates': listed(problem.close)}}"
    return ValidationError(message, code="not_in_directory")


def _check_name(text: str) -> None:
    validate_one_line(text)
    if len(text) > NAME_CHARS:
        raise ValidationError(
            _("A name has at most %(limit)s characters."), params={"limit": NAME_CHARS}
        )


def _pick_number(text: str) -> int | str | None:
    text = text.strip()
    if text.isdigit() and int(text) <= LARGEST_ID:
        return int(text)
    return text.upper() if len(text) == 2 and text.isascii() and text.isalpha() else None


def picked_entry(directory, text: str, pick: str):
    """The entry picked from the suggestions (its id in ``pick``), if the text still names
    it; None otherwise (nothing picked, or a name typed over the pick)."""
    number = _pick_number(str(pick))
    if number is None:
        return None
    entry = directory.by_pk(number)
    if entry is not None and fold(directory.value(entry)) == fold(" ".join(str(text).split())):
        return entry
    return None


class DirectoryField(forms.Field):
    """One entry of a directory list (``kind``: country, municipality, organisation,
    person), typed by name or picked from the suggestions. ``among`` limits what may be
    chosen (a queryset), with ``refused`` as the message for anything else (in which
    ``%(name)s`` is the entry as its namesakes are told apart)."""

    def __init__(self, kind: str, *, among=None, refused=None, **kwargs):
        self.directory = LISTS[kind]
        self.among, self.refused = among, refused
        kwargs.setdefault("widget", DirectoryInput(kind))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, tuple):
            return value[0]
        if isinstance(value, self.directory.model):
            return self.directory.value(value)
        if value not in (None, ""):
            entry = self.directory.by_pk(value)
            return self.directory.value(entry) if entry else str(value)
        return ""

    def has_changed(self, initial, data):
        text = data[0] if isinstance(data, tuple) else data
        return fold(self.prepare_value(initial)) != fold(text or "")

    def clean(self, value):
        text, pick = value if isinstance(value, tuple) else (value or "", "")
        text = " ".join(str(text).split())
        if not text:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return None
        _check_name(text)
        entry = self._picked(text, pick)
        if entry is None:
            try:
                entry = resolve(self.directory, text)
            except (NotFound, Ambiguous) as problem:
                raise _refusal(self.directory, problem) from None
        if self.among is not None and not self.among.filter(pk=entry.pk).exists():
            raise ValidationError(
                self.refused or NOT_FOUND[self.directory.name],
                code="refused",
                params={"name": self.directory.qualified(entry) if self.refused else text},
            )
        return entry

    def _picked(self, text: str, pick: str):
        return picked_entry(self.directory, text, pick)


class DirectoryListField(forms.Field):
    """Several entries of a directory list, one name a line (``separators``: what else
    splits names), each resolved as ``DirectoryField`` does; repeated ones count once."""

    def __init__(self, kind: str, *, separators: str = "\n;", **kwargs):
        self.directory = LISTS[kind]
        self.split = re.compile(f"[{re.escape(separators)}\r]+")
        kwargs.setdefault("widget", DirectoryListInput(kind))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(
                self.directory.value(entry) if isinstance(entry, self.directory.model) else entry
                for entry in value
            )
        return value or ""

    def has_changed(self, initial, data):
        return self.prepare_value(initial).split() != (data or "").split()

    def clean(self, value):
        names = [" ".join(part.split()) for part in self.split.split(value or "")]
        names = [name for name in names if name]
        if not names:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        if len(names) > MAX_NAMES:
            raise ValidationError(
                _("At most %(limit)s names, please."), params={"limit": MAX_NAMES}
            )
        errors = []
        for name in names:
            try:
                _check_name(name)
            except ValidationError as error:
                errors.append(error)
        if errors:
            raise ValidationError(errors)
        found = []
        for result in resolve_many(self.directory, names):
            if isinstance(result, NotFound | Ambiguous):
                errors.append(_refusal(self.directory, result))
            elif result not in found:
                found.append(result)
        if errors:
            raise ValidationError(errors)
        return found
