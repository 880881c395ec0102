"""Upload of a report, and the review form that shows (and corrects) every extracted field."""

import re

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from citypeers.archive.extraction import FIELDS, MAX_REPORT_BYTES, ReportError, decode_report
from citypeers.archive.services import describe_report_error
from citypeers.archive.validation import record_problems
from citypeers.core.themes import Theme
from citypeers.events.enums import EventKind, EventStatus
from citypeers.events.services.checks import MAX_ORDINAL
from citypeers.network.enums import OrganisationKind

_SAFE_NAME = re.compile(r"[^\w.\- ]+")


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Report file (text or saved web page)"), required=False)
    text = forms.CharField(label=_("…or paste the report"), widget=forms.Textarea, required=False)
    source_name = forms.CharField(label=_("Name of the report"), max_length=200, required=False)

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload:
            if upload.size > MAX_REPORT_BYTES:
                raise forms.ValidationError(
                    _("The file is too large (at most %(mb)d MB).")
                    % {"mb": MAX_REPORT_BYTES // 2**20}
                )
            name = data.get("source_name") or upload.name
            try:
                data["decoded"] = decode_report(upload.read(), name=name)
            except ReportError as error:
                raise forms.ValidationError(describe_report_error(error)) from error
        elif data.get("text", "").strip():
            name = data.get("source_name") or "pasted-report.txt"
            try:
                data["decoded"] = decode_report(data["text"].encode("utf-8"), name=name)
            except ReportError as error:
                raise forms.ValidationError(describe_report_error(error)) from error
        else:
            raise forms.ValidationError(_("Choose a file or paste the text of a report."))
        data["name"] = _SAFE_NAME.sub("_", name).strip()[:200] or "report.txt"
        return data


def _lines(items, *keys) -> str:
    return "\n".join(" | ".join(str(item.get(k) or "") for k in keys) for item in items or [])


def _parse(value: str, *keys) -> list[dict]:
    rows = []
    for line in value.splitlines():
        if not line.strip():
            continue
        parts = [part.strip() or None for part in line.split("|")]
        rows.append({key: (parts[i] if i < len(parts) else None) for i, key in enumerate(keys)})
    return rows


class ReviewForm(forms.Form):
    """Every field of the record; lists are edited one item a line, parts split by "|"."""

    text = forms.CharField(widget=forms.HiddenInput)
    source_name = forms.CharField(widget=forms.HiddenInput, max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=EventKind.choices)
    sequence = forms.IntegerField(
        label=_("Number in the series"), required=False, min_value=1, max_value=MAX_ORDINAL
    )
    start_date = forms.CharField(
        label=_("Start date"), required=False, help_text=_("YYYY-MM-DD, or --MM-DD without a year")
    )
    end_date = forms.CharField(label=_("End date"), required=False)
    start_time = forms.CharField(label=_("Start time"), required=False, help_text=_("HH:MM"))
    end_time = forms.CharField(label=_("End time"), required=False)
    timezones = forms.CharField(
        label=_("Time zones"), required=False, help_text=_("as stated, separated by commas")
    )
    online = forms.NullBooleanField(label=_("Online"), required=False)
    location = forms.CharField(label=_("Location"), required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", "—"), *EventStatus.choices], required=False
    )
    organizer = forms.CharField(label=_("Organiser"), required=False)
    project = forms.CharField(label=_("Project"), required=False)
    municipalities = forms.CharField(
        label=_("Municipalities"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("one a line: name | country code"),
    )
    people = forms.CharField(
        label=_("People"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        help_text=_("one a line: name | role | organisation"),
    )
    roles = forms.CharField(
        label=_("Roles without a name"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("one a line: role | organisation"),
    )
    organizations = forms.CharField(
        label=_("Organisations"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=format_lazy(
            "{} ({})", _("one a line: name | kind"), ", ".join(OrganisationKind.values)
        ),
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=Theme.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    practices = forms.CharField(
        label=_("Practices"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_("one a line: name | municipality"),
    )

    @classmethod
    def initial_from(cls, record: dict, *, text: str, source_name: str) -> dict:
        initial = {key: record.get(key) for key in FIELDS if key in cls.base_fields}
        initial.update(
            text=text,
            source_name=source_name,
            timezones=", ".join(record.get("timezones") or []),
            municipalities=_lines(record.get("municipalities"), "name", "country"),
            people=_lines(record.get("people"), "name", "role", "organization"),
            roles=_lines(record.get("roles"), "role", "organization"),
            organizations=_lines(record.get("organizations"), "name", "kind"),
            practices=_lines(record.get("practices"), "name", "municipality"),
        )
        return initial

    def record(self) -> dict:
        """The corrected record, in the contract's field order."""
        data = self.cleaned_data
        values = {
            "source": data["source_name"],
            "timezones": [z.strip() for z in (data.get("timezones") or "").split(",") if z.strip()],
            "municipalities": [
                {"name": r["name"], "country": (r["country"] or "").upper() or None}
                for r in _parse(data.get("municipalities") or "", "name", "country")
            ],
            "people": _parse(data.get("people") or "", "name", "role", "organization"),
            "roles": _parse(data.get("roles") or "", "role", "organization"),
            "organizations": _parse(data.get("organizations") or "", "name", "kind"),
            "themes": list(data.get("themes") or []),
            "practices": _parse(data.get("practices") or "", "name", "municipality"),
        }
        for key in (
            "kind",
            "sequence",
            "start_date",
            "end_date",
            "start_time",
            "end_time",
            "online",
            "location",
            "status",
            "organizer",
            "project",
        ):
            value = data.get(key)
            values[key] = None if value in ("", None) else value
        return {key: values[key] for key in FIELDS}

    def clean(self):
        data = super().clean()
        if not self.errors:
            for problem in record_problems(self.record()):
                self.add_error(None, problem)
        return data
