from django import forms
from django.core.exceptions import ValidationError
from django.db.models import BLANK_CHOICE_DASH
from django.forms import BaseFormSet, formset_factory
from django.utils.translation import gettext_lazy as _

from citypeers.core.themes import Theme
from citypeers.network.models import PROFILE_FIELDS, CityProfile
from citypeers.network.pickers import DirectoryField


class CityProfileForm(forms.ModelForm):
    class Meta:
        model = CityProfile
        fields = list(PROFILE_FIELDS)
        widgets = {
            "services": forms.Textarea(attrs={"rows": 4}),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }

    def clean_foreign_residents_share(self):
        share = self.cleaned_data.get("foreign_residents_share")
        if share is not None and not 0 <= share <= 100:
            raise ValidationError(_("The share of population must be between 0 and 100%."))
        return share


class ChallengeForm(forms.Form):
    theme = forms.ChoiceField(label=_("theme"), choices=[*BLANK_CHOICE_DASH, *Theme.choices])
    priority = forms.IntegerField(label=_("priority"), min_value=1, max_value=3)


class OriginCommunityForm(forms.Form):
    country = DirectoryField("country", label=_("Country"))
    count = forms.IntegerField(label=_("residents"), min_value=0, required=False)


class LabelledRowsFormSet(BaseFormSet):
    """A formset shown as table rows under column headings, with no <label> per cell: each
    field carries its label as aria-label, so a screen reader still names it."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        for field in form.fields.values():
            field.widget.attrs.setdefault("aria-label", field.label)


# The rows are plain data for ``update_city_profile``, which replaces them as a whole.
# A submission declaring more rows than ``max_num`` is refused (``absolute_max``), so a
# tampered row count never makes the page render Django's default bound of 1,000 rows more.
ChallengeFormSet = formset_factory(
    ChallengeForm,
    formset=LabelledRowsFormSet,
    extra=2,
    can_delete=True,
    max_num=16,
    absolute_max=16,
)
CommunityFormSet = formset_factory(
    OriginCommunityForm,
    formset=LabelledRowsFormSet,
    extra=2,
    can_delete=True,
    max_num=30,
    absolute_max=30,
)


def challenges_of(profile: CityProfile | None) -> list[dict]:
    """The profile's challenges as the formset's initial rows."""
    if profile is None:
        return []
    return [{"theme": c.theme, "priority": c.priority} for c in profile.challenges.all()]


def communities_of(profile: CityProfile | None) -> list[dict]:
    """The profile's communities as the formset's initial rows."""
    if profile is None:
        return []
    communities = profile.communities.select_related("country")
    return [{"country": c.country, "count": c.count} for c in communities]


def kept_rows(formset) -> list[dict]:
    """The cleaned rows of a valid formset, without blank and removed ones."""
    return [
        {k: v for k, v in form.cleaned_data.items() if k != "DELETE"}
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]
