from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from citypeers.accounts.access import require
from citypeers.accounts.forms import LoginForm, NotificationSettingsForm
from citypeers.accounts.services import update_notification_settings


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


def account_settings(request):
    """The signed-in user's own settings: whether the site sends them e-mail."""
    require(request.user, "accounts.change_own_settings")
    initial = {"email_notifications": request.user.email_notifications}
    data = request.POST if request.method == "POST" else None
    form = NotificationSettingsForm(data, initial=initial)
    if request.method == "POST" and form.is_valid():
        update_notification_settings(user=request.user, **form.cleaned_data)
        messages.success(request, _("Your settings are saved."))
        return redirect("accounts:settings")
    return render(request, "accounts/settings.html", {"form": form})
