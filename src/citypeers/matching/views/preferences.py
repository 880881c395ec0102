"""A municipality's exchange preferences, edited by its officers and the coordinators."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from citypeers.accounts.access import object_for
from citypeers.matching.forms.preferences import ExchangePreferencesForm
from citypeers.matching.models import ExchangePreferences
from citypeers.matching.services.preferences import update_exchange_preferences
from citypeers.network.models import Municipality


def preferences_edit(request, pk: int):
    municipality = object_for(
        request.user, Municipality.objects, pk=pk, permission="matching.edit_preferences"
    )
    saved = ExchangePreferences.objects.filter(municipality=municipality).first()
    data = request.POST if request.method == "POST" else None
    form = ExchangePreferencesForm(data, initial=_initial(saved))
    if data is not None and form.is_valid():
        try:
            update_exchange_preferences(
                municipality=municipality, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                form.add_error(field if field in form.fields else None, problems)
        else:
            messages.success(request, _("The exchange preferences were saved."))
            return redirect(municipality.get_absolute_url())
    return render(
        request,
        "matching/preferences_form.html",
        {"municipality": municipality, "form": form},
        status=400 if data is not None else 200,
    )


def _initial(saved: ExchangePreferences | None) -> dict:
    """The saved preferences, or the model's defaults for a municipality with none."""
    preferences = saved or ExchangePreferences()
    return {
        "opted_in": preferences.opted_in,
        "office_opens": preferences.office_opens,
        "office_closes": preferences.office_closes,
        "weekdays": preferences.weekdays,
        "languages": preferences.languages,
    }
