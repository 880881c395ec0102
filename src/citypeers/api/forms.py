import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citypeers.api.enums import TokenScope
from citypeers.core.forms import validate_one_line

# Days a new token lasts; 0: until it is revoked.
LIFETIMES = {
    "30": _("30 days"),
    "90": _("90 days"),
    "365": _("One year"),
    "0": _("Until I revoke it"),
}


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        validators=[validate_one_line],
        help_text=_("What the token is for, e.g. the program that uses it."),
    )
    scope = forms.ChoiceField(
        label=_("Scope"),
        choices=TokenScope.choices,
        initial=TokenScope.READ,
        widget=forms.RadioSelect,
    )
    lifetime = forms.TypedChoiceField(
        label=_("Valid for"),
        choices=LIFETIMES.items(),
        coerce=int,
        initial="90",
    )

    def expires_at(self) -> dt.datetime | None:
        days = self.cleaned_data["lifetime"]
        return timezone.now() + dt.timedelta(days=days) if days else None
