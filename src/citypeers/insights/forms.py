"""The Insights page's filters: programme, period, country, theme. Every value is checked
and a bad one is named (an unknown id, a date that is no date, a period that ends before
it starts), so that the page and the exports answer 400 with the reason, never a 500."""

import datetime as dt

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from citypeers.core.forms import LARGEST_ID
from citypeers.core.themes import Theme
from citypeers.insights.selectors import Filters
from citypeers.network.models import Country, Municipality, Programme, country_name

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2200, 12, 31)


class ProgrammeField(forms.ModelChoiceField):
    """A programme by id; an id that is no number, past 64 bits or of no programme is an
    error that names it."""

    default_error_messages = {
        "invalid_choice": _("There is no programme %(value)s."),
    }

    def to_python(self, value):
        if value not in self.empty_values:
            try:
                number = int(str(value))
            except ValueError:
                number = None
            if number is None or not 1 <= number <= LARGEST_ID:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": value},
                )
        return super().to_python(value)


class InsightsFilterForm(forms.Form):
    programme = ProgrammeField(
        label=_("Programme"),
        queryset=Programme.objects.order_by("name"),
        required=False,
        empty_label=_("All programmes"),
    )
    start = forms.DateField(
        label=_("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Give the first day as a date (YYYY-MM-DD).")},
    )
    end = forms.DateField(
        label=_("Until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Give the last day as a date (YYYY-MM-DD).")},
    )
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        error_messages={"invalid_choice": _("There is no country %(value)s in the network.")},
    )
    theme = forms.ChoiceField(
        label=_("Theme"),
        required=False,
        choices=[("", _("All themes")), *Theme.choices],
        error_messages={"invalid_choice": _("There is no theme %(value)s.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        codes = Country.objects.filter(
            Exists(Municipality.objects.filter(country=OuterRef("pk")))
        ).values_list("code", flat=True)
        named = sorted(((code, country_name(code)) for code in codes), key=lambda c: c[1])
        self.fields["country"].choices = [("", _("All countries")), *named]

    def clean(self):
        data = super().clean()
        for name in ("start", "end"):
            day = data.get(name)
            if day and not EARLIEST <= day <= LATEST:
                self.add_error(
                    name,
                    _("Give a day between %(first)s and %(last)s.")
                    % {"first": EARLIEST.isoformat(), "last": LATEST.isoformat()},
                )
                data.pop(name, None)
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The period ends before it starts."))
        return data

    def filters(self) -> Filters:
        """The checked filters (call after ``is_valid()``)."""
        data = self.cleaned_data
        return Filters(
            programme=data.get("programme"),
            start=data.get("start"),
            end=data.get("end"),
            country=data.get("country") or "",
            theme=data.get("theme") or "",
        )

    def described(self) -> list[tuple[str, str]]:
        """The filters in use, in words (for the printed report)."""
        data, described = self.cleaned_data, []
        if data.get("programme"):
            described.append((_("Programme"), data["programme"].name))
        for name, label in (("start", _("From")), ("end", _("Until"))):
            if data.get(name):
                described.append((label, data[name].isoformat()))
        for name in ("country", "theme"):
            if data.get(name):
                field = self.fields[name]
                described.append((field.label, dict(field.choices)[data[name]]))
        return described

    def problems(self) -> list[dict]:
        """Each error with the field it concerns, for the exports' error bodies."""
        return [
            {"field": name, "detail": str(message)}
            for name, messages in self.errors.items()
            for message in messages
        ]
