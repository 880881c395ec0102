"""Upload of a report, and the review form that shows (and corrects) every extracted field."""

import re

from django import forms
from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from citypeers.archive.extraction import FIELDS, MAX_REPORT_BYTES, ReportError, decode_report
from citypeers.archive.review_rows import DirectoryName, record_name, rows_record
from citypeers.archive.services import describe_report_error
from citypeers.archive.validation import record_problems
from citypeers.core.formatting import file_size_text
from citypeers.core.themes import Theme
from citypeers.events.enums import EventKind, EventStatus
from citypeers.events.services.checks import MAX_ORDINAL

_SAFE_NAME = re.compile(r"[^\w.\- ]+")


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Report file (text, web page, PDF or Word)"), required=False)
    text = forms.CharField(label=_("…or paste the report"), widget=forms.Textarea, required=False)
    source_name = forms.CharField(label=_("Name of the report"), max_length=200, required=False)

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if "file" in self.errors:
            return data  # the file's own error (empty, unreadable) is the one true reason
        if upload:
            if upload.size > MAX_REPORT_BYTES:
                raise forms.ValidationError(
                    _("The file is too large (at most %(limit)s).")
                    % {"limit": file_size_text(MAX_REPORT_BYTES)}
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


class ReviewForm(forms.Form):
    """The record's single fields, one row each; its lists are rows of ``review_rows``."""

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
    location = DirectoryName(
        "municipality",
        label=_("Location"),
        help_text=_("The municipality where it was held, as in the directory if it is there."),
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", "—"), *EventStatus.choices], required=False
    )
    organizer = DirectoryName(
        "organisation",
        label=_("Organiser"),
        help_text=_("The organisation, as in the directory if it is there."),
    )
    project = forms.CharField(label=_("Project"), required=False)
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=Theme.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    shown_text = forms.CharField(
        label=_("Report shown on the event page"),
        widget=forms.Textarea(attrs={"rows": 10}),
        required=False,
        help_text=_("Edit it freely; a blank line starts a new paragraph."),
    )

    separate_event = forms.BooleanField(
        label=_("Keep it as a separate event"),
        required=False,
        help_text=_("Tick this when the report tells of another meeting than the one above."),
    )

    def clean_text(self) -> str:
        """The text as it was read: browsers send fields with CRLF line breaks, and a text
        that came back changed would get another checksum (the same file imported again
        would then replace the reviewed record)."""
        return self.cleaned_data["text"].replace("\r\n", "\n")

    @classmethod
    def initial_from(
        cls,
        record: dict,
        *,
        text: str,
        source_name: str,
        shown_text: str = "",
        separate_event: bool = False,
    ) -> dict:
        initial = {key: record.get(key) for key in FIELDS if key in cls.base_fields}
        initial.update(
            text=text,
            source_name=source_name,
            shown_text=shown_text or text,
            separate_event=separate_event,
            timezones=", ".join(record.get("timezones") or []),
        )
        return initial

    def record(self, lists: dict) -> dict:
        """The corrected record, in the contract's field order; ``lists`` from the rows."""
        data = self.cleaned_data
        values = {
            "source": data["source_name"],
            "timezones": [z.strip() for z in (data.get("timezones") or "").split(",") if z.strip()],
            "themes": list(data.get("themes") or []),
            **lists,
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
            if isinstance(value, Model):  # picked from the directory
                value = record_name(value)
            values[key] = None if value in ("", None) else value
        return {key: values.get(key) for key in FIELDS}


def review_record(form: ReviewForm, formsets: dict) -> tuple[dict | None, list[str]]:
    """The record the review's forms describe, and the practices ticked for the library;
    (None, []) when a form is invalid (its errors then say why, row by row)."""
    valid = form.is_valid()
    valid = all([formset.is_valid() for formset in formsets.values()]) and valid
    if not valid:
        return None, []
    lists, create = rows_record(formsets)
    record = form.record(lists)
    problems = record_problems(record, text=form.cleaned_data["text"])
    for problem in problems:
        form.add_error(None, problem)
    return (None, []) if problems else (record, create)
