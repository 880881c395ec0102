"""The lists of a record as rows of a form: municipalities, people, roles, organisations,
practices. Each row edits one item, field by field, with labelled choices.

Municipalities and organisations are named with the directory's suggestions
(``network/directory.js``): a picked entry is saved in the directory's spelling; an id
beside the name is kept while the typed name still contains it; a name alone is looked
up as the import always did.
"""

import functools
import json

import pycountry
import regex
from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from citypeers.archive.extraction import load_gazetteer
from citypeers.archive.extraction.text import fold
from citypeers.network.directory import LISTS
from citypeers.network.enums import OrganisationKind
from citypeers.network.models import Municipality, Organisation, country_name
from citypeers.network.pickers import NAME_CHARS, DirectoryInput, picked_entry


class DirectoryChoiceField(forms.ModelChoiceField):
    """A directory row chosen by id (a hidden input a picker fills); empty: the name decides."""

    widget = forms.HiddenInput

    default_error_messages = {
        "invalid_choice": _(
            "The chosen entry is no longer in the directory: choose it again or type its name."
        )
    }

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, required=False, **kwargs)


def _picked(chosen, typed: str) -> bool:
    """Whether the directory's row stands: a name typed over it afterwards is a new choice."""
    if chosen is None:
        return False
    names = {fold(chosen.name), fold(getattr(chosen, "short_name", ""))} - {""}
    return any(name in fold(typed) for name in names)


class DirectoryName(forms.CharField):
    """A name as the report writes it, typed freely or picked from the directory's
    suggestions (``network/directory.js``). Cleans to the picked entry while the text
    still names it, else to the text: the import looks a name up as it always did."""

    def __init__(self, kind: str, *, required: bool = False, **kwargs):
        self.directory = LISTS[kind]
        kwargs.setdefault("widget", DirectoryInput(kind))
        super().__init__(required=required, max_length=NAME_CHARS, **kwargs)

    def clean(self, value):
        text, pick = value if isinstance(value, tuple) else (value, "")
        text = super().clean(text)
        return (_picked_entry(self.directory, text, pick) if text and pick else None) or text

    def has_changed(self, initial, data):
        return super().has_changed(initial, data[0] if isinstance(data, tuple) else data)


def _picked_entry(directory, text: str, pick: str):
    """The picked entry while the box holds its suggestion ("Bologna (IT)") or, as the
    review's rows show a pick, its bare name beside the row's country or kind."""
    entry = picked_entry(directory, text, pick)
    if entry is not None or not str(pick).isdigit():
        return entry
    entry = directory.by_pk(int(pick))
    names = {getattr(entry, part, "") for part in ("name", "display_name", "short_name")}
    return entry if fold(" ".join(text.split())) in {fold(n) for n in names if n} else None


def record_name(entry) -> str:
    """The name a record keeps for a directory entry: an organisation's short name if it
    has one (as reports name IOM), else its name."""
    return getattr(entry, "short_name", "") or entry.name


def country_choices() -> list[tuple[str, str]]:
    """Every ISO 3166-1 country by its name in the active language (the codes stay hidden)."""
    return _country_choices_in(get_language() or "en")


@functools.cache
def _country_choices_in(language: str) -> list[tuple[str, str]]:
    """Sorted once per language: each municipality row of a review lists them all."""
    named = sorted(
        ((c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries),
        key=lambda pair: fold(pair[1]),
    )
    return [("", "—"), *named]


def _autocomplete(kind: str) -> forms.TextInput:
    return forms.TextInput(attrs={"data-autocomplete": kind, "autocomplete": "off"})


def _chosen(data: dict, id_field: str):
    """The row's directory entry: picked from the suggestions (the name field cleans to
    it), or by the id beside the name while the typed name still contains it; and the
    name as typed ("" when picked)."""
    name = data["name"]
    if not isinstance(name, str):
        return name, ""
    chosen = data.get(id_field)
    return (chosen if _picked(chosen, name) else None), name


class MunicipalityRow(forms.Form):
    name = DirectoryName("municipality", label=_("Municipality"), required=True)
    country = forms.ChoiceField(label=_("Country"), choices=country_choices, required=False)
    municipality = DirectoryChoiceField(Municipality.objects.select_related("country"))

    def item(self) -> dict:
        data = self.cleaned_data
        chosen, typed = _chosen(data, "municipality")
        if chosen is not None:
            return {"name": chosen.name, "country": chosen.country_id}
        return {"name": typed.strip(), "country": data.get("country") or None}

    @staticmethod
    def initials_of(items: list[dict]) -> list[dict]:
        """The rows, each with the directory's id of its place when the directory has it."""
        gazetteer = load_gazetteer()
        places = [gazetteer.resolve(i.get("name") or "", country=i.get("country")) for i in items]
        ids = {p.geonameid for p in places if p}
        known = dict(
            Municipality.objects.filter(geonames_id__in=ids).values_list("geonames_id", "pk")
        )
        return [
            {
                "name": item.get("name"),
                "country": item.get("country"),
                "municipality": known.get(place.geonameid) if place else None,
            }
            for item, place in zip(items, places, strict=True)
        ]


# "Head of the Welcome Service": the role, then the unit the person works in.
_UNIT = regex.compile(
    r"^(?P<role>.+?),?\s+(?:(?:of|at|in|within|for|del|della|dello|di|presso)\s+(?:the\s+)?|"
    r"dell['’]\s*)(?P<unit>[^,]*\b(?:Department|Unit|Office|Service|Services|Directorate|"
    r"Division|Team|Section|Bureau|Agency|Ufficio|Servizio|Servizi|Settore|Direzione|"
    r"Dipartimento|Area)\b.*)$",
    regex.I,
)


def split_unit(title: str) -> tuple[str, str]:
    """A title split into the role and the unit it names, when it names one."""
    m = _UNIT.match(title or "")
    if not m:
        return title or "", ""
    return m.group("role").strip(), m.group("unit").strip()


class PersonRow(forms.Form):
    name = forms.CharField(label=_("Name"))
    role = forms.CharField(label=_("Role"), required=False)
    unit = forms.CharField(label=_("Unit"), required=False)
    organization = forms.CharField(
        label=_("Municipality or organisation"), required=False, widget=_autocomplete("body")
    )
    title = forms.CharField(widget=forms.HiddenInput, required=False)

    def item(self) -> dict:
        data = self.cleaned_data
        role, unit, title = (
            data.get("role", "").strip(),
            data.get("unit", "").strip(),
            data["title"],
        )
        if (role, unit) == split_unit(title):
            full = title  # untouched: the title as the report wrote it
        else:
            full = ", ".join(part for part in (role, unit) if part)
        return {
            "name": data["name"].strip(),
            "role": full or None,
            "organization": data.get("organization", "").strip() or None,
        }

    @staticmethod
    def initial_of(item: dict) -> dict:
        role, unit = split_unit(item.get("role") or "")
        return {**item, "role": role, "unit": unit, "title": item.get("role") or ""}


class RoleRow(forms.Form):
    role = forms.CharField(label=_("Role"))
    organization = forms.CharField(
        label=_("Municipality or organisation"), required=False, widget=_autocomplete("body")
    )

    def item(self) -> dict:
        data = self.cleaned_data
        return {"role": data["role"].strip(), "organization": data["organization"].strip() or None}

    @staticmethod
    def initial_of(item: dict) -> dict:
        return dict(item)


class OrganisationRow(forms.Form):
    name = DirectoryName("organisation", label=_("Organisation"), required=True)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=[("", "—"), *OrganisationKind.choices], required=False
    )
    organisation = DirectoryChoiceField(Organisation.objects.all())

    def item(self) -> dict:
        data = self.cleaned_data
        chosen, typed = _chosen(data, "organisation")
        if chosen is not None:
            return {"name": record_name(chosen), "kind": chosen.kind}
        return {"name": typed.strip(), "kind": data["kind"] or OrganisationKind.OTHER}

    @staticmethod
    def initial_of(item: dict) -> dict:
        return {"name": item.get("name"), "kind": item.get("kind") or OrganisationKind.OTHER}


class PracticeRow(forms.Form):
    name = forms.CharField(label=_("Practice"))
    municipality = forms.CharField(label=_("Presented by"), required=False)
    create = forms.BooleanField(label=_("Add to the library as a draft"), required=False)
    extra = forms.CharField(widget=forms.HiddenInput, required=False)

    def item(self) -> dict:
        data = self.cleaned_data
        try:
            extra = json.loads(data.get("extra") or "{}")
        except ValueError:
            extra = {}
        extra = extra if isinstance(extra, dict) else {}
        return {
            "name": data["name"].strip(),
            "municipality": data.get("municipality", "").strip() or None,
            **{k: v for k, v in extra.items() if k in ("aliases", "description")},
        }

    @staticmethod
    def initial_of(item: dict) -> dict:
        extra = {k: item[k] for k in ("aliases", "description") if item.get(k)}
        return {
            "name": item.get("name"),
            "municipality": item.get("municipality"),
            "extra": json.dumps(extra, ensure_ascii=False),
        }


ROWS = {
    "municipalities": MunicipalityRow,
    "people": PersonRow,
    "roles": RoleRow,
    "organizations": OrganisationRow,
    "practices": PracticeRow,
}


# The most rows a list of the review takes (the longest list of the development reports
# has 18). A submission declaring more is refused with a message, and its page shows at
# most this many rows: Django's own bound (2,000 rows, each with a country list) let one
# tampered number make the page take minutes to render.
ROWS_MAX = 100


def row_formsets(record: dict | None = None, *, data=None) -> dict[str, forms.BaseFormSet]:
    """One formset per list of the record: filled from ``record``, or bound to ``data``."""
    formsets = {}
    for key, row in ROWS.items():
        formset_class = forms.formset_factory(
            row,
            extra=1,
            can_delete=True,
            max_num=ROWS_MAX,
            absolute_max=ROWS_MAX,
            validate_max=True,
        )
        if data is not None:
            formsets[key] = formset_class(data, prefix=key)
        else:
            items = (record or {}).get(key) or []
            initial = (
                row.initials_of(items)
                if hasattr(row, "initials_of")
                else [row.initial_of(item) for item in items]
            )
            formsets[key] = formset_class(initial=initial, prefix=key)
    return formsets


def rows_record(formsets: dict) -> tuple[dict, list[str]]:
    """The record's lists from valid formsets, and the practices ticked for creation."""
    lists, create = {}, []
    for key, formset in formsets.items():
        lists[key] = []
        for form in formset.forms:
            if not form.has_changed() or form.cleaned_data.get("DELETE"):
                continue  # the empty extra row, or a row taken out
            lists[key].append(form.item())
            if key == "practices" and form.cleaned_data.get("create"):
                create.append(form.cleaned_data["name"])
    return lists, create
