"""Forms of the events app. They parse and check input; the services do the writing."""

import datetime as dt
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from citypeers.core.formatting import base_language
from citypeers.core.forms import (
    LONG_TEXT_CHARS,
    SHORT_TEXT_CHARS,
    validate_one_line,
)
from citypeers.core.text import fold
from citypeers.core.themes import Theme
from citypeers.events.enums import (
    EventFormat,
    EventKind,
    GrammaticalGender,
    PersonEventRole,
    SessionKind,
)
from citypeers.events.models import EventParticipant, EventSeries
from citypeers.events.services.checks import MAX_ORDINAL
from citypeers.events.times import event_zones
from citypeers.events.timezones import (
    LocalTimeError,
    canonical_zone,
    canonical_zones,
    local_to_utc,
)
from citypeers.network.forms import NameTranslationsForm
from citypeers.network.models import Programme, Unit, written_languages
from citypeers.network.pickers import DirectoryField, DirectoryListField

REGIONS = {
    "Africa": _("Africa"),
    "America": _("Americas"),
    "Antarctica": _("Antarctica"),
    "Arctic": _("Arctic"),
    "Asia": _("Asia"),
    "Atlantic": _("Atlantic Ocean"),
    "Australia": _("Australia"),
    "Europe": _("Europe"),
    "Indian": _("Indian Ocean"),
    "Pacific": _("Pacific Ocean"),
}


def zone_choices() -> list:
    """UTC, then tzdata's canonical zones grouped by region, each named by its city and
    the countries it serves in the page language ("Rome — Italy, San Marino, Vatican
    City"), sorted by that name: about 300 zones instead of every alias."""
    locale = Locale.parse(base_language())
    groups: dict[str, list[tuple[str, str]]] = {}
    for zone, codes in canonical_zones():
        region, _slash, place = zone.partition("/")
        city = place.rpartition("/")[2].replace("_", " ")
        countries = ", ".join(locale.territories.get(code, code) for code in codes)
        groups.setdefault(region, []).append((zone, f"{city} — {countries}"))
    choices: list = [("UTC", "UTC")]
    for region in sorted(groups, key=lambda r: fold(str(REGIONS.get(r, r)))):
        zones = sorted(groups[region], key=lambda choice: fold(choice[1]))
        choices.append((str(REGIONS.get(region, region)), zones))
    return choices


class ZoneField(forms.ChoiceField):
    """A zone from ``zone_choices``; a stored alias (Asia/Calcutta) counts as its canonical
    zone, and a zone that is no place's (Etc/GMT-1, kept by old rows) stays valid."""

    def __init__(self, **kwargs):
        super().__init__(choices=zone_choices, **kwargs)

    def to_python(self, value):
        return canonical_zone(super().to_python(value))

    def valid_value(self, value) -> bool:
        return super().valid_value(value) or value in available_timezones()


FIRST_YEAR, LAST_YEAR = 1900, 2200

LOCAL_TIME_ERRORS = {
    "nonexistent": _("%(time)s does not exist in %(zone)s: the clocks skip it (daylight saving)."),
    "ambiguous": _("%(time)s happens twice in %(zone)s (clocks go back): pick another time."),
    "out_of_range": _("%(time)s in %(zone)s is outside the calendar: check the date."),
}


def check_year(day: dt.date) -> None:
    """Dates far from ours are typing mistakes (and overflow the time zone arithmetic)."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(
            _("Enter a date between %(first)s and %(last)s."),
            code="out_of_range",
            params={"first": FIRST_YEAR, "last": LAST_YEAR},
        )


class LocalTimesMixin:
    """Date and times entered in one zone, turned into UTC ``starts_at`` and ``ends_at``."""

    def clean_times(self, cleaned: dict) -> None:
        zone = cleaned.get("zone")
        day, start, end = cleaned.get("date"), cleaned.get("start_time"), cleaned.get("end_time")
        if not (zone and day and start and end):
            return
        end_day = cleaned.get("end_date") or day
        for field, wall in (
            ("start_time", dt.datetime.combine(day, start)),
            ("end_time", dt.datetime.combine(end_day, end)),
        ):
            try:
                moment = local_to_utc(wall, zone)
            except LocalTimeError as error:
                message = LOCAL_TIME_ERRORS[error.code]
                self.add_error(
                    field,
                    ValidationError(
                        message, code=error.code, params={"time": f"{wall:%H:%M}", "zone": zone}
                    ),
                )
                continue
            cleaned["starts_at" if field == "start_time" else "ends_at"] = moment
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("end_time", _("The end must come after the start."))


def _time_fields():
    return {
        "date": forms.DateField(
            label=_("Date"),
            validators=[check_year],
            widget=forms.DateInput(attrs={"type": "date"}),
        ),
        "start_time": forms.TimeField(
            label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"})
        ),
        "end_date": forms.DateField(
            label=_("End date"),
            required=False,
            help_text=_("Only for events over several days."),
            validators=[check_year],
            widget=forms.DateInput(attrs={"type": "date"}),
        ),
        "end_time": forms.TimeField(
            label=_("End time"), widget=forms.TimeInput(attrs={"type": "time"})
        ),
    }


class EventForm(LocalTimesMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=EventKind.choices)
    format = forms.ChoiceField(label=_("Format"), choices=EventFormat.choices)
    series = forms.ModelChoiceField(
        label=_("Series"), queryset=EventSeries.objects.all(), required=False
    )
    ordinal = forms.IntegerField(
        label=_("Number in the series"),
        min_value=1,
        max_value=MAX_ORDINAL,
        required=False,
        help_text=_("Leave empty to number the event by its date."),
    )
    title = forms.CharField(
        validators=[validate_one_line],
        label=_("Title"),
        max_length=300,
        required=False,
        help_text=_("Leave empty to generate it from the series and the parties."),
    )
    title_it = forms.CharField(
        validators=[validate_one_line], label=_("Title (Italian)"), max_length=300, required=False
    )
    programme = forms.ModelChoiceField(
        label=_("Programme"), queryset=Programme.objects.all(), required=False
    )
    municipalities = DirectoryListField(
        "municipality",
        separators="\n;,",
        label=_("Participating municipalities"),
        required=False,
        help_text=_("One per line; add the country code if the name is ambiguous: Valencia (ES)."),
    )
    organisations = DirectoryListField(
        "organisation", label=_("Participating organisations"), required=False
    )
    venue = DirectoryField("municipality", label=_("Venue (municipality)"), required=False)
    venue_detail = forms.CharField(
        validators=[validate_one_line], label=_("Venue details"), max_length=300, required=False
    )
    meeting_url = forms.URLField(label=_("Meeting link"), required=False, assume_scheme="https")
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=Theme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    summary = forms.CharField(
        max_length=SHORT_TEXT_CHARS,
        label=_("Summary"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    zone = ZoneField(label=_("Time zone of the times entered"), initial="Europe/Rome")
    # No status here: it changes only by concluding or cancelling, which check the rules.

    field_order = ["kind", "format", "series", "ordinal", "title", "title_it", "programme",
                   "municipalities", "organisations", "date", "start_time", "end_date",
                   "end_time", "zone"]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(_time_fields())
        self.order_fields(self.field_order)

    def clean(self):
        cleaned = super().clean()
        self.clean_times(cleaned)
        return cleaned

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        arguments = {
            name: data[name]
            for name in (
                "kind", "format", "series", "ordinal", "title", "title_it", "programme",
                "municipalities", "venue", "venue_detail", "meeting_url", "themes",
                "summary", "starts_at", "ends_at",
            )
        }  # fmt: skip
        arguments["organisations"] = list(data["organisations"])
        return arguments


def event_form_initial(event, zone: str) -> dict:
    """Initial values of the edit form, times shown in ``zone``."""
    tz = ZoneInfo(zone)
    start, end = event.starts_at.astimezone(tz), event.ends_at.astimezone(tz)
    participants = list(event.participants.all())
    return {
        "kind": event.kind,
        "format": event.format,
        "series": event.series_id,
        "title": event.title,
        "title_it": event.title_it,
        "programme": event.programme_id,
        "municipalities": [p.municipality for p in participants if p.municipality_id],
        "organisations": [p.organisation for p in participants if p.organisation_id],
        "venue": event.venue,
        "venue_detail": event.venue_detail,
        "meeting_url": event.meeting_url,
        "themes": [t.theme for t in event.themes.all()],
        "summary": event.summary,
        "zone": canonical_zone(zone),
        "date": start.date(),
        "start_time": start.time().replace(second=0, microsecond=0),
        "end_date": end.date() if end.date() != start.date() else None,
        "end_time": end.time().replace(second=0, microsecond=0),
    }


class ConcludeForm(forms.Form):
    report = forms.CharField(
        max_length=LONG_TEXT_CHARS,
        label=_("Report"),
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Paragraphs, lists, emphasis and links are kept; anything else is removed."),
    )
    common_challenges = forms.CharField(
        max_length=LONG_TEXT_CHARS,
        label=_("Common challenges identified"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    report_language = forms.ChoiceField(
        label=_("Language of the report"),
        required=False,
        help_text=_("Pages in other languages say which language the report is written in."),
    )
    publish = forms.BooleanField(label=_("Publish the report"), required=False, initial=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["report_language"].choices = [("", "—"), *written_languages()]


class SessionForm(LocalTimesMixin, forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=SessionKind.choices)
    title = forms.CharField(validators=[validate_one_line], label=_("Title"), max_length=300)
    description = forms.CharField(
        max_length=SHORT_TEXT_CHARS,
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes"),
        choices=Theme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    zone = ZoneField(label=_("Time zone of the times entered"))

    def __init__(self, *args, event, **kwargs):
        kwargs.setdefault("initial", {"zone": canonical_zone((event_zones(event) or ["UTC"])[0])})
        super().__init__(*args, **kwargs)
        self.fields.update(_time_fields())
        self.order_fields(["kind", "title", "date", "start_time", "end_date", "end_time", "zone"])

    def clean(self):
        cleaned = super().clean()
        self.clean_times(cleaned)
        return cleaned


class ParticipantChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return str(obj.body)


class PersonForm(forms.Form):
    person = DirectoryField("person", label=_("Person"))
    role = forms.ChoiceField(label=_("Role in the event"), choices=PersonEventRole.choices)
    title = forms.CharField(
        validators=[validate_one_line], label=_("Title at the time"), max_length=300, required=False
    )
    participant = ParticipantChoiceField(
        label=_("Representing"), queryset=EventParticipant.objects.none(), required=False
    )
    unit = forms.ModelChoiceField(
        label=_("Unit at the time"), queryset=Unit.objects.none(), required=False
    )
    session = forms.ModelChoiceField(label=_("Session"), queryset=None, required=False)

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        participants = event.participants.select_related("municipality", "organisation")
        self.fields["participant"].queryset = participants
        self.fields["session"].queryset = event.sessions.all()
        bodies_m = [p.municipality_id for p in participants if p.municipality_id]
        bodies_o = [p.organisation_id for p in participants if p.organisation_id]
        self.fields["unit"].queryset = Unit.objects.filter(
            municipality_id__in=bodies_m
        ) | Unit.objects.filter(organisation_id__in=bodies_o)


class PresentationForm(forms.Form):
    participant = ParticipantChoiceField(
        label=_("Presented by"), queryset=EventParticipant.objects.none()
    )
    title = forms.CharField(validators=[validate_one_line], label=_("Title"), max_length=300)
    original_title = forms.CharField(
        validators=[validate_one_line],
        label=_("Title in the original language"),
        max_length=300,
        required=False,
    )
    description = forms.CharField(
        max_length=SHORT_TEXT_CHARS,
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participant"].queryset = event.participants.select_related(
            "municipality", "organisation"
        )


class FollowUpForm(forms.Form):
    description = forms.CharField(
        max_length=SHORT_TEXT_CHARS, label=_("What"), widget=forms.Textarea(attrs={"rows": 2})
    )
    participant = ParticipantChoiceField(
        label=_("Who"), queryset=EventParticipant.objects.none(), required=False
    )
    due_on = forms.DateField(
        label=_("Due by"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    done = forms.BooleanField(label=_("Done"), required=False)

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participant"].queryset = event.participants.select_related(
            "municipality", "organisation"
        )


class ProgressForm(forms.Form):
    note = forms.CharField(
        max_length=SHORT_TEXT_CHARS, label=_("Progress"), widget=forms.Textarea(attrs={"rows": 2})
    )
    marks_done = forms.BooleanField(label=_("This completes the action"), required=False)


def apply_service_errors(form: forms.Form, error: ValidationError, fields: dict) -> None:
    """Attach a service's field errors to the form's fields (``fields`` renames them)."""
    for name, messages in error.message_dict.items():
        target = fields.get(name, name)
        form.add_error(target if target in form.fields else None, messages)


class SeriesTranslationsForm(NameTranslationsForm):
    """A series' name in each language beside the English one, with the grammatical
    gender of that name (which the ordinal of its events agrees with)."""

    def __init__(self, data=None, *, instance: EventSeries):
        super().__init__(data, instance=instance)
        for column, field in self.fields.items():
            if column.startswith("gender_"):
                choice = forms.ChoiceField(
                    label=field.label,
                    choices=GrammaticalGender.choices,
                    initial=getattr(instance, column) or GrammaticalGender.MASCULINE,
                )
                choice.widget.attrs["aria-label"] = field.label
                choice.language = field.language
                self.fields[column] = choice
