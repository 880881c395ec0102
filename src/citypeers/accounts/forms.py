from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    """Django's login form; failed attempts are counted by django-axes."""


class NotificationSettingsForm(forms.Form):
    email_notifications = forms.BooleanField(
        label=_("Send me e-mail about my municipality's exchange requests"),
        help_text=_(
            "Requests, invitations, answers and planned meetings, with the calendar invitation."
        ),
        required=False,
    )
