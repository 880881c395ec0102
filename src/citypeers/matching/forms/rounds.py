"""Forms of rounds: they parse input; ``rounds.check_round_request`` and the services judge it."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from citypeers.accounts.enums import Role
from citypeers.matching.rounds import MAX_PER_DAY, RoundRequest
from citypeers.network.models import Municipality, Programme

REQUEST_FIELDS = ("programme", "starts_on", "ends_on", "meeting_minutes")


def moderator_candidates():
    """Accounts that may moderate: active coordinators and administrators."""
    return (
        get_user_model()
        .objects.filter(Q(role__in=[Role.COORDINATOR, Role.ADMIN]) | Q(is_superuser=True))
        .filter(is_active=True)
        .order_by("username")
    )


class RoundForm(forms.Form):
    """A round's request, with a tick box and a number of meetings a day per moderator."""

    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=Programme.objects.order_by("name")
    )
    starts_on = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))
    meeting_minutes = forms.IntegerField(label=_("Meeting length (minutes)"), initial=90)
    different_countries = forms.BooleanField(
        label=_("Only pairs of cities in different countries"), required=False, initial=True
    )
    common_language = forms.BooleanField(
        label=_("Only pairs with a working language in common"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.moderators = list(moderator_candidates())
        for user in self.moderators:
            name = user.get_full_name() or user.username
            self.fields[f"moderate_{user.pk}"] = forms.BooleanField(
                label=_("%(name)s moderates") % {"name": name}, required=False
            )
            self.fields[f"per_day_{user.pk}"] = forms.IntegerField(
                label=_("Meetings a day for %(name)s") % {"name": name},
                initial=2,
                min_value=0,
                max_value=MAX_PER_DAY,
                required=False,
            )

    def moderator_rows(self):
        """(tick box, meetings a day) bound fields of each candidate, for the template."""
        return [(self[f"moderate_{u.pk}"], self[f"per_day_{u.pk}"]) for u in self.moderators]

    def round_request(self) -> RoundRequest:
        data = self.cleaned_data
        chosen = tuple(
            (user, data.get(f"per_day_{user.pk}") or 0)
            for user in self.moderators
            if data.get(f"moderate_{user.pk}")
        )
        return RoundRequest(
            **{name: data[name] for name in REQUEST_FIELDS},
            different_countries=data["different_countries"],
            common_language=data["common_language"],
            moderators=chosen,
        )

    def add_service_errors(self, error: ValidationError) -> None:
        """The service's errors on their fields; the moderators' above the form."""
        for field, messages in error.message_dict.items():
            self.add_error(field if field in self.fields else None, messages)


class SwapForm(forms.Form):
    """Two cities of two different pairs of the round change places."""

    city = forms.ModelChoiceField(label=_("This city"), queryset=Municipality.objects.none())
    other = forms.ModelChoiceField(
        label=_("changes places with"), queryset=Municipality.objects.none()
    )

    def __init__(self, *args, round_, **kwargs):
        super().__init__(*args, **kwargs)
        pairs = round_.pairs.values_list("first_id", "second_id")
        ids = [city for pair in pairs for city in pair]
        cities = Municipality.objects.filter(pk__in=ids).order_by("name", "pk")
        self.fields["city"].queryset = self.fields["other"].queryset = cities
