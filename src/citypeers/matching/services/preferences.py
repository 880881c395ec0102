"""How a municipality takes part in exchanges: whether at all, when, in which languages."""

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from citypeers.core.audit import changes_between, record_change, snapshot
from citypeers.core.enums import AuditAction
from citypeers.matching.enums import Weekday
from citypeers.matching.models import ExchangePreferences
from citypeers.network.models import Municipality
from citypeers.practices.enums import PracticeLanguage

FIELDS = ("opted_in", "office_opens", "office_closes", "weekdays", "languages")


def preference_errors(
    *, office_opens: dt.time, office_closes: dt.time, weekdays: list[int], languages: list[str]
) -> dict[str, list[str]]:
    """What is wrong with the given preferences, by field (empty when nothing is)."""
    errors: dict[str, list[str]] = {}
    if office_closes <= office_opens:
        errors["office_closes"] = [_("The office must close after it opens.")]
    if not weekdays:
        errors["weekdays"] = [_("Choose at least one working day.")]
    unknown_days = sorted(set(weekdays) - set(Weekday.values))
    if unknown_days:
        errors["weekdays"] = [
            _("Unknown working days: %(days)s.") % {"days": ", ".join(map(str, unknown_days))}
        ]
    unknown_languages = sorted(set(languages) - set(PracticeLanguage.values))
    if unknown_languages:
        errors["languages"] = [
            _("Not a language of the programme: %(codes)s.")
            % {"codes": ", ".join(unknown_languages)}
        ]
    return errors


def update_exchange_preferences(
    *,
    municipality: Municipality,
    opted_in: bool,
    office_opens: dt.time,
    office_closes: dt.time,
    weekdays: Iterable[int],
    languages: Iterable[str],
    by,
) -> ExchangePreferences:
    """Save the municipality's preferences and record the change in the audit trail.

    Raises ValidationError (by field) and saves nothing when the hours are not in order,
    no working day is given, or a day or language is unknown.
    """
    weekdays = sorted(set(weekdays))
    chosen = set(languages)
    # Known languages in the programme's order; unknown ones stay for the error message.
    languages = [code for code in PracticeLanguage.values if code in chosen]
    languages += sorted(chosen - set(languages))
    errors = preference_errors(
        office_opens=office_opens,
        office_closes=office_closes,
        weekdays=weekdays,
        languages=languages,
    )
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        preferences = (
            ExchangePreferences.objects.select_for_update()
            .filter(municipality=municipality)
            .first()
        )
        created = preferences is None
        if created:
            preferences = ExchangePreferences(municipality=municipality)
        before = {} if created else snapshot(preferences, FIELDS)
        preferences.opted_in = opted_in
        preferences.office_opens = office_opens
        preferences.office_closes = office_closes
        preferences.weekdays = weekdays
        preferences.languages = languages
        preferences.save()
        changes = changes_between(before, snapshot(preferences, FIELDS))
        if changes:
            action = AuditAction.CREATED if created else AuditAction.UPDATED
            record_change(obj=preferences, action=action, by=by, changes=changes)
    return preferences
