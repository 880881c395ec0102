from django import forms
from django.core.validators import URLValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from citypeers.core.forms import SHORT_TEXT_CHARS, validate_one_line
from citypeers.core.themes import Theme
from citypeers.network.models import country_name
from citypeers.network.pickers import DirectoryField, DirectoryListField
from citypeers.practices.enums import PracticeLanguage, PracticeSort, PracticeStatus, TargetGroup
from citypeers.practices.models import Practice
from citypeers.practices.services import check_years

URL = URLValidator(schemes=["http", "https"])


class PracticeForm(forms.Form):
    """What members and coordinators fill in; the service does the writing."""

    name = forms.CharField(
        validators=[validate_one_line], label=_("Name in the original language"), max_length=300
    )
    name_en = forms.CharField(
        validators=[validate_one_line], label=_("English name"), max_length=300, required=False
    )
    language = forms.ChoiceField(label=_("Language of the text"), choices=PracticeLanguage.choices)
    municipality = DirectoryField(
        "municipality",
        label=_("Municipality"),
        refused=_("You may not file a practice under %(name)s."),
        help_text=_("Its name in any language; add the country code if it is ambiguous."),
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=Theme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    target_groups = forms.MultipleChoiceField(
        label=_("Target groups"),
        choices=TargetGroup.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    summary = forms.CharField(
        label=_("Summary"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences."),
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=50_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Simple HTML is kept (paragraphs, lists, links, emphasis); the rest is removed."
        ),
    )
    start_year = forms.IntegerField(
        label=_("Start year"), required=False, min_value=1950, max_value=2100
    )
    end_year = forms.IntegerField(
        label=_("End year"), required=False, min_value=1950, max_value=2100
    )
    partners = DirectoryListField(
        "organisation",
        label=_("Partners"),
        required=False,
        help_text=_("Organisations of the directory, one per line."),
    )
    funding = forms.CharField(
        max_length=SHORT_TEXT_CHARS,
        label=_("Funding sources"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    results = forms.CharField(
        max_length=SHORT_TEXT_CHARS,
        label=_("Results in figures"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    contact = DirectoryField(
        "person",
        label=_("Contact person"),
        required=False,
        help_text=_("Shown to members of the network only."),
    )
    links = forms.CharField(
        max_length=SHORT_TEXT_CHARS,
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One web address per line."),
    )
    inspired_by = forms.CharField(
        label=_("Inspired by"),
        required=False,
        max_length=500,
        help_text=_("Numbers of the practices this one was adopted from, separated by commas."),
    )

    def __init__(self, *args, municipalities, **kwargs):
        """``municipalities``: those the practice may be filed under (the filing rule's)."""
        super().__init__(*args, **kwargs)
        self.fields["municipality"].among = municipalities
        if not self.is_bound and not self.initial.get("municipality"):
            only = list(municipalities.select_related("country")[:2])
            if len(only) == 1:  # a member of one city files under it
                self.initial["municipality"] = only[0]

    def clean_links(self) -> list[str]:
        links = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        for link in links:
            try:
                URL(link)
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("%(link)s is not a web address (http or https)."), params={"link": link}
                ) from None
        return links

    def clean_inspired_by(self) -> list[Practice]:
        numbers = _practice_numbers(self.cleaned_data["inspired_by"])
        if numbers is None:
            raise forms.ValidationError(
                _("Give practice numbers separated by commas, e.g. 12, 40.")
            )
        # A practice cited before it went back to draft stays cited: its editor may not
        # see it, and saving must not drop it (nor name it). New citations are published.
        kept = _practice_numbers(str(self.initial.get("inspired_by") or "")) or []
        practices = list(
            Practice.objects.filter(pk__in=numbers).filter(
                ~Q(status=PracticeStatus.DRAFT) | Q(pk__in=kept)
            )
        )
        missing = set(numbers) - {p.pk for p in practices}
        if missing:
            raise forms.ValidationError(
                _("No published practice has the number %(numbers)s."),
                params={"numbers": ", ".join(map(str, sorted(missing)))},
            )
        return practices

    def clean(self):
        data = super().clean()
        try:
            check_years(data.get("start_year"), data.get("end_year"))
        except forms.ValidationError as error:
            self.add_error(None, error)
        return data

    @classmethod
    def initial_from(cls, practice: Practice) -> dict:
        return {
            "name": practice.name,
            "name_en": practice.name_en,
            "language": practice.language,
            "municipality": practice.municipality,
            "themes": practice.themes,
            "target_groups": practice.target_groups,
            "summary": practice.summary,
            "description": practice.description,
            "start_year": practice.start_year,
            "end_year": practice.end_year,
            "partners": list(practice.partners.all()),
            "funding": practice.funding,
            "results": practice.results,
            "contact": practice.contact_id,
            "links": "\n".join(practice.links),
            "inspired_by": ", ".join(str(p.pk) for p in practice.inspired_by.all()),
        }


class PracticeSearchForm(forms.Form):
    """The list page's search box, filters and sort; everything optional."""

    q = forms.CharField(label=_("Search, in any language"), required=False, max_length=500)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    country = forms.CharField(label=_("Country"), required=False, max_length=2)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)
    year_from = forms.IntegerField(
        label=_("Active from"), required=False, min_value=1900, max_value=2100
    )
    year_to = forms.IntegerField(
        label=_("Active until"), required=False, min_value=1900, max_value=2100
    )
    status = forms.ChoiceField(label=_("Status"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=PracticeSort.choices)

    def __init__(self, *args, statuses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", _("All themes")), *Theme.choices]
        self.fields["target_group"].choices = [("", _("All target groups")), *TargetGroup.choices]
        # Each status once, Published first: the list shows published practices unless
        # another status is asked for, so the unselected list reads "Published".
        self.fields["status"].choices = [
            (PracticeStatus.PUBLISHED, PracticeStatus.PUBLISHED.label)
        ] + [
            (value, label)
            for value, label in PracticeStatus.choices
            if value in statuses and value != PracticeStatus.PUBLISHED
        ]

    def active_filters(self) -> list[tuple[str, str, str]]:
        """(parameter, label, value shown) of each valid filter in use, the query aside."""
        if not self.is_bound or not hasattr(self, "cleaned_data"):
            return []
        shown = {
            "theme": lambda value: Theme(value).label,
            "target_group": lambda value: TargetGroup(value).label,
            "country": country_name,
            "status": lambda value: PracticeStatus(value).label,
        }
        active = []
        for name in ("theme", "target_group", "country", "year_from", "year_to", "status"):
            value = self.cleaned_data.get(name)
            if value in (None, "") or (name == "status" and value == PracticeStatus.PUBLISHED):
                continue
            label = shown[name](value) if name in shown else str(value)
            active.append((name, str(self.fields[name].label), label))
        return active


def _practice_numbers(text: str) -> list[int] | None:
    """ "12, #40" as [12, 40]; None when a part is not a practice number."""
    parts = [part.strip().lstrip("#") for part in text.split(",")]
    numbers = [part for part in parts if part]
    if not all(n.isascii() and n.isdigit() and len(n) <= 12 for n in numbers):
        return None
    return [int(number) for number in numbers]
