from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from citypeers.core.languages import local_names


class LoginForm(AuthenticationForm):
    """Django's login form; failed attempts are counted by django-axes."""


def _language_choices() -> list[tuple[str, str]]:
    return [("", _("My browser's language")), *local_names()]


class LanguageSelect(forms.Select):
    """Each language named in itself, marked as that language (for screen readers)."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


class AccountSettingsForm(forms.Form):
    email_notifications = forms.BooleanField(
        label=_("Send me e-mail about my municipality's exchange requests"),
        help_text=_(
            "Requests, invitations, answers and planned meetings, with the calendar invitation."
        ),
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language of the site and of my e-mails"),
        help_text=_("Used when I am signed in; without a choice, my browser's language."),
        choices=_language_choices,
        widget=LanguageSelect,
        required=False,
    )
