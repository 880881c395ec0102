from django import forms
from django.core.exceptions import ValidationError
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from citypeers.network.models import (
    CityProfile,
    Country,
    OriginCommunity,
    ProfileChallenge,
)


class CityProfileForm(forms.ModelForm):
    class Meta:
        model = CityProfile
        fields = [
            "foreign_residents",
            "foreign_residents_share",
            "figures_year",
            "figures_source",
            "services",
            "notes",
        ]
        widgets = {
            "services": forms.Textarea(attrs={"rows": 4}),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }

    def clean_foreign_residents_share(self):
        share = self.cleaned_data.get("foreign_residents_share")
        if share is not None and not 0 <= share <= 100:
            raise ValidationError(_("The share of population must be between 0 and 100%."))
        return share


class CountryCodeField(forms.CharField):
    """A country given by its ISO 3166-1 alpha-2 code, checked against the directory."""

    def clean(self, value):
        code = (super().clean(value) or "").strip().upper()
        if not code:
            return None
        country = Country.objects.filter(code=code).first()
        if country is None:
            raise ValidationError(
                _("“%(code)s” is not an ISO 3166-1 country code."), params={"code": code}
            )
        return country


class OriginCommunityForm(forms.ModelForm):
    country = CountryCodeField(
        label=_("Country (ISO code)"), max_length=2, help_text=_("For example UA, AL, RO.")
    )

    class Meta:
        model = OriginCommunity
        fields = ["country", "count"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["country"] = self.instance.country_id


ChallengeFormSet = inlineformset_factory(
    CityProfile,
    ProfileChallenge,
    fields=["theme", "priority"],
    extra=2,
    can_delete=True,
    max_num=16,
)
CommunityFormSet = inlineformset_factory(
    CityProfile,
    OriginCommunity,
    form=OriginCommunityForm,
    extra=2,
    can_delete=True,
    max_num=30,
)
