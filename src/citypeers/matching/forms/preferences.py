from django import forms
from django.utils.translation import gettext_lazy as _

from citypeers.matching.enums import Weekday
from citypeers.practices.enums import PracticeLanguage


class ExchangePreferencesForm(forms.Form):
    """The preferences as the page edits them; the service checks them again."""

    opted_in = forms.BooleanField(
        label=_("Open to exchanges"),
        required=False,
        help_text=_("The coordinators may pair your municipality with a peer in a round."),
    )
    office_opens = forms.TimeField(
        label=_("Office opens"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    office_closes = forms.TimeField(
        label=_("Office closes"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    weekdays = forms.TypedMultipleChoiceField(
        label=_("Working days"),
        choices=Weekday.choices,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one working day.")},
    )
    languages = forms.MultipleChoiceField(
        label=_("Working languages"),
        choices=PracticeLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean(self):
        data = super().clean()
        opens, closes = data.get("office_opens"), data.get("office_closes")
        if opens is not None and closes is not None and closes <= opens:
            self.add_error("office_closes", _("The office must close after it opens."))
        return data
