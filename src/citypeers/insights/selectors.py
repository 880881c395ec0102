"""Programme indicators shown on the home page and the Insights page.

The Insights page's indicators: one selector each, every one a fixed number of aggregate
queries whatever the number of rows. Each takes the page's ``Filters`` (programme, period,
country, theme); those whose rows depend on who looks take the viewer too and count only
what the visibility selectors of their app let the viewer see. The rows are plain dicts
whose keys ``indicators.INDICATORS`` names as columns, so that the page's tables, its
charts and the CSV and JSON exports show the same numbers.

An **exchange held** is a concluded event of any kind; the period is read on the day it
starts (UTC). A municipality is **engaged** when it took part in an exchange held.
"""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from citypeers.core.themes import Theme
from citypeers.documents.models import DocumentDownload
from citypeers.documents.rules import document_readers
from citypeers.events.enums import EventKind, EventStatus
from citypeers.events.models import Event, EventParticipant, EventPerson, EventTheme, FollowUpAction
from citypeers.events.selectors import with_list_relations
from citypeers.network.models import (
    Country,
    Enrolment,
    Municipality,
    ProfileChallenge,
    Programme,
    country_name,
)
from citypeers.practices.enums import PracticeStatus
from citypeers.practices.models import Practice
from citypeers.practices.search import SearchFilters
from citypeers.practices.selectors import practices_visible_to


def network_numbers() -> dict[str, int]:
    return {
        "enrolled_municipalities": Enrolment.objects.values("municipality").distinct().count(),
        "enrolled_countries": Country.objects.filter(municipalities__enrolments__isnull=False)
        .distinct()
        .count(),
        "directory_municipalities": Municipality.objects.count(),
        "programmes": Programme.objects.count(),
        "events_held": Event.objects.filter(status=EventStatus.CONCLUDED).count(),
    }


def latest_activity(*, limit: int = 5, now=None) -> dict[str, list[Event]]:
    """What the home page shows: the next events, and the latest ones held."""
    now = now or timezone.now()
    upcoming = Event.objects.filter(ends_at__gte=now).exclude(status=EventStatus.CANCELLED)
    past = Event.objects.filter(ends_at__lt=now, status=EventStatus.CONCLUDED)
    return {
        "upcoming": list(with_list_relations(upcoming.order_by("starts_at", "pk"))[:limit]),
        "recent": list(with_list_relations(past.order_by("-starts_at", "-pk"))[:limit]),
    }


def latest_practices(*, limit: int = 3) -> list[Practice]:
    """The practices most recently published or updated, for the home page's cards
    (published ones only: the home page looks the same to everyone)."""
    published = Practice.objects.filter(status=PracticeStatus.PUBLISHED)
    return list(
        published.select_related("municipality__country", "organisation").order_by(
            "-updated_at", "-pk"
        )[:limit]
    )


# --- the Insights page's indicators ----------------------------------------


@dataclass(frozen=True)
class Filters:
    """What the figures are narrowed to; an empty field narrows nothing."""

    programme: Programme | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    country: str = ""  # ISO code
    theme: str = ""  # a Theme slug

    def as_query(self) -> dict[str, str]:
        """The filters as query parameters (for the export links and the report)."""
        values = {
            "programme": self.programme.pk if self.programme else "",
            "start": self.start.isoformat() if self.start else "",
            "end": self.end.isoformat() if self.end else "",
            "country": self.country,
            "theme": self.theme,
        }
        return {name: str(value) for name, value in values.items() if value}


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _in_period(field: str, filters: Filters) -> Q:
    q = Q()
    if filters.start:
        q &= Q(**{f"{field}__gte": _day_start(filters.start)})
    if filters.end:
        q &= Q(**{f"{field}__lt": _day_start(filters.end + dt.timedelta(days=1))})
    return q


def events_in(filters: Filters) -> QuerySet[Event]:
    """Events of every status that pass the filters (event pages are public)."""
    events = Event.objects.filter(_in_period("starts_at", filters))
    if filters.programme:
        events = events.filter(
            Q(programme=filters.programme) | Q(series__programme=filters.programme)
        )
    if filters.country:
        events = events.filter(
            Exists(
                EventParticipant.objects.filter(event=OuterRef("pk"), country_id=filters.country)
            )
        )
    if filters.theme:
        events = events.filter(
            Exists(EventTheme.objects.filter(event=OuterRef("pk"), theme=filters.theme))
        )
    return events


def held_in(filters: Filters) -> QuerySet[Event]:
    return events_in(filters).filter(status=EventStatus.CONCLUDED)


def _month_label(month: dt.date) -> str:
    return f"{month.year}-{month.month:02d}"


def exchanges_per_month(filters: Filters) -> list[dict]:
    """Exchanges held per month (months without any are left out), oldest first."""
    rows = (
        held_in(filters)
        .annotate(month=TruncMonth("starts_at", tzinfo=dt.UTC))
        .order_by()
        .values("month")
        .annotate(exchanges=Count("pk"))
        .order_by("month")
    )
    return [{"month": _month_label(row["month"]), "exchanges": row["exchanges"]} for row in rows]


def exchanges_per_quarter(filters: Filters) -> list[dict]:
    """Exchanges held per quarter ("2021-Q1"), oldest first: the months added up."""
    quarters: dict[str, int] = {}
    for row in exchanges_per_month(filters):
        year, month = row["month"].split("-")
        label = f"{year}-Q{(int(month) - 1) // 3 + 1}"
        quarters[label] = quarters.get(label, 0) + row["exchanges"]
    return [{"quarter": label, "exchanges": n} for label, n in quarters.items()]


def municipalities_per_country(filters: Filters) -> list[dict]:
    """Per country: municipalities engaged (took part in an exchange held that passes the
    filters) and municipalities enrolled (in the programme, or in any programme).

    Enrolment is not narrowed by the period or the theme: it is what the engagement is
    measured against.
    """
    engaged = (
        EventParticipant.objects.filter(
            event__in=held_in(filters).values("pk"), municipality__isnull=False
        )
        .order_by()
        .values("municipality__country_id")
        .annotate(n=Count("municipality_id", distinct=True))
    )
    enrolments = Enrolment.objects.all()
    if filters.programme:
        enrolments = enrolments.filter(programme=filters.programme)
    if filters.country:
        enrolments = enrolments.filter(municipality__country_id=filters.country)
    enrolled = (
        enrolments.order_by()
        .values("municipality__country_id")
        .annotate(n=Count("municipality_id", distinct=True))
    )
    engaged_by = {row["municipality__country_id"]: row["n"] for row in engaged}
    if filters.country:
        engaged_by = {code: n for code, n in engaged_by.items() if code == filters.country}
    enrolled_by = {row["municipality__country_id"]: row["n"] for row in enrolled}
    codes = set(engaged_by) | set(enrolled_by)
    rows = [
        {
            "country": code,
            "country_name": country_name(code),
            "engaged": engaged_by.get(code, 0),
            "enrolled": enrolled_by.get(code, 0),
        }
        for code in codes
    ]
    return sorted(rows, key=lambda row: (-row["engaged"], -row["enrolled"], row["country_name"]))


def people_reached(filters: Filters) -> list[dict]:
    """Distinct people who took part in exchanges held, per kind of event, and in all
    (the last row; a person at two kinds counts once there)."""
    people = EventPerson.objects.filter(event__in=held_in(filters).values("pk"))
    per_kind = dict(
        people.order_by()
        .values("event__kind")
        .annotate(n=Count("person_id", distinct=True))
        .values_list("event__kind", "n")
    )
    total = people.aggregate(n=Count("person_id", distinct=True))["n"]
    rows = [
        {"kind": kind, "people": per_kind[kind]} for kind in EventKind.values if kind in per_kind
    ]
    return [*rows, {"kind": "all", "people": total}]


def events_per_kind(filters: Filters, *, now=None) -> list[dict]:
    """Per kind of event: held, still to come (planned, not yet ended) and cancelled."""
    now = now or timezone.now()
    rows = (
        events_in(filters)
        .order_by()
        .values("kind")
        .annotate(
            held=Count("pk", filter=Q(status=EventStatus.CONCLUDED)),
            upcoming=Count("pk", filter=Q(status=EventStatus.PLANNED, ends_at__gte=now)),
            cancelled=Count("pk", filter=Q(status=EventStatus.CANCELLED)),
        )
    )
    by_kind = {row["kind"]: row for row in rows}
    return [
        {
            "kind": kind,
            "held": by_kind[kind]["held"],
            "upcoming": by_kind[kind]["upcoming"],
            "cancelled": by_kind[kind]["cancelled"],
        }
        for kind in EventKind.values
        if kind in by_kind
    ]


def themes_covered(filters: Filters) -> list[dict]:
    """Per theme: exchanges held on it, and city profiles that list it as a challenge
    (profiles of municipalities in the country and programme filtered on). A theme that
    profiles list and no exchange has touched has ``touched`` False."""
    events = dict(
        EventTheme.objects.filter(event__in=held_in(filters).values("pk"))
        .order_by()
        .values("theme")
        .annotate(n=Count("event_id", distinct=True))
        .values_list("theme", "n")
    )
    challenges = ProfileChallenge.objects.all()
    if filters.country:
        challenges = challenges.filter(profile__municipality__country_id=filters.country)
    if filters.programme:
        challenges = challenges.filter(
            profile__municipality__enrolments__programme=filters.programme
        )
    if filters.theme:
        challenges = challenges.filter(theme=filters.theme)
    listed = dict(
        challenges.order_by()
        .values("theme")
        .annotate(n=Count("profile_id", distinct=True))
        .values_list("theme", "n")
    )
    return [
        {
            "theme": theme,
            "exchanges": events.get(theme, 0),
            "profiles": listed.get(theme, 0),
            "touched": events.get(theme, 0) > 0,
        }
        for theme in Theme.values
        if theme in events or theme in listed
    ]


def untouched_challenges(filters: Filters) -> list[dict]:
    """The challenges city profiles list that no exchange held has touched, most listed first."""
    rows = [row for row in themes_covered(filters) if not row["touched"]]
    return sorted(rows, key=lambda row: -row["profiles"])


def practices_shared(filters: Filters, user) -> QuerySet[Practice]:
    """Practices shared (published or archived) that ``user`` may see and pass the filters:
    the period is read on the day a practice was filed, the programme on the events where it
    was presented or the enrolment of its municipality."""
    practices = SearchFilters(
        themes=(filters.theme,) if filters.theme else (),
        country=filters.country,
        statuses=(PracticeStatus.PUBLISHED, PracticeStatus.ARCHIVED),
    ).apply(practices_visible_to(user))
    practices = practices.filter(_in_period("created_at", filters))
    if filters.programme:
        presented = Practice.presented_at.through.objects.filter(
            practice=OuterRef("pk"), event__programme=filters.programme
        )
        practices = practices.filter(
            Exists(presented) | Q(municipality__enrolments__programme=filters.programme)
        ).distinct()
    return practices


def practices_adopted(filters: Filters, user) -> list[dict]:
    """Per country: practices shared, and those among them adopted elsewhere (another
    practice the user may see says it was inspired by it)."""
    inspired = Practice.inspired_by.through.objects.filter(
        to_practice=OuterRef("pk"),
        from_practice__in=practices_visible_to(user).values("pk"),
    ).exclude(from_practice=OuterRef("pk"))
    shared = practices_shared(filters, user)
    rows = (
        Practice.objects.filter(pk__in=shared.values("pk"))
        .annotate(adopted=Exists(inspired))
        .order_by()
        .values("municipality__country_id", "organisation__country_id")
        .annotate(
            shared=Count("pk"),
            adopted_elsewhere=Count("pk", filter=Q(adopted=True)),
        )
    )
    by_country: dict[str, dict] = {}
    for row in rows:
        code = row["municipality__country_id"] or row["organisation__country_id"] or ""
        entry = by_country.setdefault(code, {"shared": 0, "adopted": 0})
        entry["shared"] += row["shared"]
        entry["adopted"] += row["adopted_elsewhere"]
    result = [
        {
            "country": code,
            # Translators: the row of practices run by bodies of no country (international ones).
            "country_name": country_name(code) if code else _("No country"),
            **counts,
        }
        for code, counts in by_country.items()
    ]
    return sorted(result, key=lambda row: (-row["shared"], row["country_name"]))


def follow_ups(filters: Filters, *, today=None) -> list[dict]:
    """Follow-up actions agreed at the events that pass the filters: done, open (not done,
    not past due) and overdue (not done, past due)."""
    today = today or timezone.localdate()
    counts = FollowUpAction.objects.filter(event__in=events_in(filters).values("pk")).aggregate(
        done=Count("pk", filter=Q(done_at__isnull=False)),
        open=Count(
            "pk", filter=Q(done_at__isnull=True) & (Q(due_on__isnull=True) | Q(due_on__gte=today))
        ),
        overdue=Count("pk", filter=Q(done_at__isnull=True, due_on__lt=today)),
    )
    return [{"state": state, "actions": counts[state]} for state in ("done", "open", "overdue")]


def documents_downloaded(filters: Filters, user) -> list[dict]:
    """Downloads per month of the documents ``user`` may download, on the events that pass
    the filters or the practices shared that do; the period is read on the download."""
    documents = document_readers.queryset(user).filter(
        Q(event__in=events_in(_without_period(filters)).values("pk"))
        | Q(practice__in=practices_shared(_without_period(filters), user).values("pk"))
    )
    rows = (
        DocumentDownload.objects.filter(document__in=documents.values("pk"))
        .filter(_in_period("downloaded_at", filters))
        .annotate(month=TruncMonth("downloaded_at", tzinfo=dt.UTC))
        .order_by()
        .values("month")
        .annotate(downloads=Count("pk"), documents=Count("document_id", distinct=True))
        .order_by("month")
    )
    return [
        {
            "month": _month_label(row["month"]),
            "downloads": row["downloads"],
            "documents": row["documents"],
        }
        for row in rows
    ]


def _without_period(filters: Filters) -> Filters:
    return Filters(programme=filters.programme, country=filters.country, theme=filters.theme)
