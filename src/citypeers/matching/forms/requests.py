"""Forms of exchange requests: ask, invite (with a slot in the requester's time), answer.

Forms read and convert what is typed; the services decide what is allowed.
"""

import datetime as dt

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from citypeers.core.themes import Theme
from citypeers.events.timezones import LocalTimeError, local_to_utc
from citypeers.network.models import Municipality
from citypeers.network.pickers import DirectoryField


def apply_service_errors(form: forms.Form, error: ValidationError, rename=None) -> None:
    """Attach a service's errors to the form's fields (``rename`` maps a service's names to
    the form's); the others go to the whole form."""
    for name, messages in error.message_dict.items():
        name = (rename or {}).get(name, name)
        form.add_error(name if name in form.fields else None, messages)


class RequestForm(forms.Form):
    """A member asks, for one of their municipalities, with a city given in the address
    (``?with=``) or on themes."""

    requester = forms.ModelChoiceField(
        label=_("Asking municipality"), queryset=Municipality.objects.none(), empty_label=None
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=Theme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("What you would like to learn about."),
    )
    message = forms.CharField(
        label=_("Message to the coordinators"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, municipalities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["requester"].queryset = municipalities
        if len(municipalities) == 1:
            self.fields["requester"].initial = municipalities[0]
            self.fields["requester"].widget = forms.HiddenInput()


class InviteForm(forms.Form):
    """The coordinator picks the municipality to invite (the wanted one, a suggested peer
    or any other by name) and proposes a slot in the requester's local time."""

    invited = forms.ChoiceField(label=_("Invite"), required=False, widget=forms.RadioSelect)
    other = DirectoryField(
        "municipality",
        label=_("Or another municipality"),
        required=False,
        help_text=_("Its name in any language; add the country code if it is ambiguous."),
    )
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    time = forms.TimeField(label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"}))
    meeting_minutes = forms.IntegerField(
        label=_("Length (minutes)"), min_value=15, max_value=480, initial=90
    )

    def __init__(self, *args, request, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = request.requester.timezone or "UTC"
        self.candidates = {str(city.pk): city for city, _label in choices}
        self.fields["invited"].choices = [(str(city.pk), label) for city, label in choices]
        if choices:
            self.fields["invited"].initial = str(choices[0][0].pk)
        self.fields["time"].help_text = _("In the time of %(city)s (%(zone)s).") % {
            "city": request.requester.name,
            "zone": self.zone,
        }

    def clean(self):
        data = super().clean()
        invited = data.get("other") or self.candidates.get(data.get("invited") or "")
        if invited is None and "other" not in self.errors:
            self.add_error("invited", _("Choose the municipality to invite."))
        data["invited"] = invited
        if data.get("date") and data.get("time"):
            try:
                data["starts_at"] = local_to_utc(
                    dt.datetime.combine(data["date"], data["time"]), self.zone
                )
            except LocalTimeError as error:
                self.add_error("time", _time_error(error, self.zone))
        return data


def _time_error(error: LocalTimeError, zone: str) -> str:
    if error.code == "nonexistent":
        return _("This time does not exist in %(zone)s: the clocks skip it.") % {"zone": zone}
    if error.code == "ambiguous":
        return _("This time happens twice in %(zone)s (the clocks go back): choose another.") % {
            "zone": zone
        }
    return _("This date is outside the calendar.")


class AnswerForm(forms.Form):
    """The invited municipality's answer: accept or decline, with a message."""

    decision = forms.ChoiceField(choices=[("accept", _("Accept")), ("decline", _("Decline"))])
    answer = forms.CharField(
        label=_("Your message"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
