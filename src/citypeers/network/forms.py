from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import BLANK_CHOICE_DASH
from django.forms import BaseFormSet, formset_factory
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from citypeers.core.forms import validate_one_line
from citypeers.core.themes import Theme
from citypeers.network.models import PROFILE_FIELDS, CityProfile
from citypeers.network.pickers import DirectoryField
from citypeers.network.translation import translation_columns


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


class NameTranslationsForm(forms.Form):
    """The names of a row (organisation, programme) in each language but the original, as
    a table: one row per language, one column per name. A blank name is no translation:
    the page shows the original then."""

    def __init__(self, data=None, *, instance):
        super().__init__(data)
        self.instance = instance
        languages = dict(settings.LANGUAGES)
        for column in translation_columns(type(instance)):
            name, code = column.rsplit("_", 1)
            label = _("%(name)s in %(language)s") % {
                "name": instance._meta.get_field(name).verbose_name,
                "language": languages[code],
            }
            field = forms.CharField(
                label=label,
                max_length=instance._meta.get_field(column).max_length,
                required=False,
                validators=[validate_one_line],
                initial=getattr(instance, column) or "",
            )
            field.widget.attrs["aria-label"] = label
            field.language = code
            self.fields[column] = field

    def headings(self) -> list[str]:
        """The names the table's columns hold ("name", "short name", ...)."""
        names = dict.fromkeys(column.rsplit("_", 1)[0] for column in self.fields)
        return [capfirst(self.instance._meta.get_field(name).verbose_name) for name in names]

    def rows(self) -> list[tuple[str, list]]:
        """(language name, its bound fields) for each language, in the site's order."""
        found = {}
        for bound in self:
            found.setdefault(bound.field.language, []).append(bound)
        languages = dict(settings.LANGUAGES)
        return [(languages[code], fields) for code, fields in found.items()]
