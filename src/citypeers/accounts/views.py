from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views import i18n
from django.views.decorators.http import require_POST

from citypeers.accounts.access import require
from citypeers.accounts.forms import AccountSettingsForm, LoginForm
from citypeers.accounts.services import choose_language, update_account_settings
from citypeers.core.languages import path_in_language


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


def account_settings(request):
    """The signed-in user's own settings: whether the site sends them e-mail, and in which
    language the site and its e-mails speak to them."""
    require(request.user, "accounts.change_own_settings")
    user = request.user
    initial = {"email_notifications": user.email_notifications, "language": user.language}
    data = request.POST if request.method == "POST" else None
    form = AccountSettingsForm(data, initial=initial)
    if request.method == "POST" and form.is_valid():
        update_account_settings(user=user, **form.cleaned_data)
        with translation.override(user.language or translation.get_language()):
            messages.success(request, _("Your settings are saved."))
            return redirect(reverse("accounts:settings"))
    return render(request, "accounts/settings.html", {"form": form})


@require_POST
def set_language(request):
    """The header's language switcher (Django's ``set_language``, which sets the language
    cookie): back to the same page and query string in the chosen language, the choice
    kept as the setting of a signed-in user."""
    response = i18n.set_language(request)
    language = request.POST.get(i18n.LANGUAGE_QUERY_PARAMETER, "")
    if language not in dict(settings.LANGUAGES) or not response.cookies:
        return response  # not a language of the site: the page stays as it was
    if response.status_code == 302:
        response["Location"] = path_in_language(response["Location"], language)
    if request.user.is_authenticated:
        choose_language(user=request.user, language=language)
    return response
