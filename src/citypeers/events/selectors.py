"""Reads of the events app: querysets named by what they return, with their prefetches."""

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from citypeers.core.audit import audit_trail
from citypeers.core.formatting import date_text
from citypeers.core.hits import Found, Hit
from citypeers.core.rich_text import plain_text
from citypeers.core.text import name_matching
from citypeers.core.themes import Theme, theme_label, themes_named
from citypeers.events import fulltext
from citypeers.events.enums import EventKind, EventStatus
from citypeers.events.models import (
    Event,
    EventParticipant,
    EventPerson,
    EventSeries,
    EventTheme,
    FollowUpAction,
)
from citypeers.events.rules import report_readers
from citypeers.events.titles import event_title
from citypeers.network.models import Country, Municipality
from citypeers.network.selectors import country_code, municipalities_named

PARTICIPANTS_FOR_LIST = Prefetch(
    "participants",
    queryset=EventParticipant.objects.select_related("municipality", "organisation"),
)


def with_list_relations(events: QuerySet[Event]) -> QuerySet[Event]:
    """What a row of an event list shows: title parts, zones, themes (constant queries)."""
    return events.select_related("series", "venue", "programme").prefetch_related(
        PARTICIPANTS_FOR_LIST, "themes"
    )


@dataclass
class EventFilters:
    kind: str = ""
    country: str = ""
    municipality: int | None = None
    theme: str = ""
    year: int | None = None
    status: str = ""
    when: str = ""  # "upcoming", "past" or ""
    to_conclude: bool = False

    @classmethod
    def from_query(cls, query) -> "EventFilters":
        """Filters from a query string; values that make no sense are dropped, not errors."""

        def number(name, low, high):
            try:
                value = int(query.get(name, ""))
            except ValueError:
                return None
            return value if low <= value <= high else None

        kind = query.get("kind", "")
        theme = query.get("theme", "")
        status = query.get("status", "")
        when = query.get("when", "")
        return cls(
            kind=kind if kind in EventKind.values else "",
            country=country_code(query.get("country", "")),
            municipality=number("municipality", 1, 2**31 - 1),
            theme=theme if theme in Theme.values else "",
            year=number("year", 1900, 2200),
            status=status if status in EventStatus.values else "",
            when=when if when in {"upcoming", "past"} else "",
            to_conclude=query.get("to_conclude") == "1",
        )

    @classmethod
    def for_reader(cls, query, user) -> "EventFilters":
        """Filters from a query string as ``user`` may use them: the flag of events to
        conclude is for those who see flags (``events.see_flags``)."""
        filters = cls.from_query(query)
        if filters.to_conclude and not user.has_perm("events.see_flags"):
            filters.to_conclude = False
        return filters

    def dropped(self, query) -> list[str]:
        """The filters ``query`` gives a value that these filters dropped (a value that
        makes no sense, or one the reader may not use), in the order of the fields."""
        return [
            name
            for name in vars(self)
            if str(query.get(name, "")).strip() and getattr(self, name) in ("", None, False)
        ]

    def active(self) -> dict:
        return {name: value for name, value in vars(self).items() if value}


def _participating(**lookup) -> Exists:
    return Exists(EventParticipant.objects.filter(event=OuterRef("pk"), **lookup))


def filtered_events(filters: EventFilters, *, skip: str = "", now=None) -> QuerySet[Event]:
    """Events matching every filter except ``skip`` (used to count a filter's options)."""
    now = now or timezone.now()
    events = Event.objects.all()
    if filters.kind and skip != "kind":
        events = events.filter(kind=filters.kind)
    if filters.status and skip != "status":
        events = events.filter(status=filters.status)
    if filters.year and skip != "year":
        start = dt.datetime(filters.year, 1, 1, tzinfo=dt.UTC)
        events = events.filter(
            starts_at__gte=start, starts_at__lt=start.replace(year=start.year + 1)
        )
    if filters.theme and skip != "theme":
        events = events.filter(
            Exists(EventTheme.objects.filter(event=OuterRef("pk"), theme=filters.theme))
        )
    if filters.country and skip != "country":
        events = events.filter(_participating(country_id=filters.country))
    if filters.municipality and skip != "municipality":
        events = events.filter(_participating(municipality_id=filters.municipality))
    if filters.when == "upcoming" and skip != "when":
        events = events.filter(ends_at__gte=now)
    elif filters.when == "past" and skip != "when":
        events = events.filter(ends_at__lt=now)
    if filters.to_conclude:
        events = events.filter(status=EventStatus.PLANNED, ends_at__lt=now)
    return events


def event_list(filters: EventFilters, *, now=None) -> QuerySet[Event]:
    """The list page's events: upcoming soonest first, otherwise the most recent first."""
    events = filtered_events(filters, now=now)
    if filters.when == "upcoming":
        events = events.order_by("starts_at", "pk")
    else:
        events = events.order_by("-starts_at", "-pk")
    return with_list_relations(events)


@dataclass
class FilterCounts:
    kind: dict = field(default_factory=dict)
    status: dict = field(default_factory=dict)
    year: dict = field(default_factory=dict)
    theme: dict = field(default_factory=dict)
    country: dict = field(default_factory=dict)
    when: dict = field(default_factory=dict)


def filter_counts(filters: EventFilters, *, now=None) -> FilterCounts:
    """How many events each option of each filter would show, the other filters applied.

    One grouped query per filter, whatever the number of events.
    """
    now = now or timezone.now()
    counts = FilterCounts()

    def grouped(skip, column):
        rows = (
            filtered_events(filters, skip=skip, now=now)
            .order_by()
            .values(column)
            .annotate(n=Count("pk"))
            .values_list(column, "n")
        )
        return {key: n for key, n in rows if key is not None}

    counts.kind = grouped("kind", "kind")
    counts.status = grouped("status", "status")
    counts.year = _year_counts(filtered_events(filters, skip="year", now=now))
    theme_rows = (
        EventTheme.objects.filter(event__in=filtered_events(filters, skip="theme", now=now))
        .order_by()
        .values("theme")
        .annotate(n=Count("event_id"))
        .values_list("theme", "n")
    )
    counts.theme = dict(theme_rows)
    country_rows = (
        EventParticipant.objects.filter(
            event__in=filtered_events(filters, skip="country", now=now),
            country__isnull=False,
        )
        .order_by()
        .values("country_id")
        .annotate(n=Count("event_id", distinct=True))
        .values_list("country_id", "n")
    )
    counts.country = dict(country_rows)
    when_rows = (
        filtered_events(filters, skip="when", now=now)
        .order_by()
        .aggregate(
            upcoming=Count("pk", filter=Q(ends_at__gte=now)),
            past=Count("pk", filter=Q(ends_at__lt=now)),
        )
    )
    counts.when = when_rows
    return counts


def _year_counts(events: QuerySet[Event]) -> dict[int, int]:
    """Events per year, newest first: one range count per year (index-friendly, unlike
    extracting the year of every row), after one query for the span of years."""
    span = events.order_by().aggregate(first=Min("starts_at"), last=Max("starts_at"))
    if span["first"] is None:
        return {}
    years = range(span["last"].year, span["first"].year - 1, -1)
    counts = events.order_by().aggregate(
        **{
            f"y{year}": Count(
                "pk",
                filter=Q(
                    starts_at__gte=dt.datetime(year, 1, 1, tzinfo=dt.UTC),
                    starts_at__lt=dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC),
                ),
            )
            for year in years
        }
    )
    return {year: counts[f"y{year}"] for year in years if counts[f"y{year}"]}


COUNTS_SECONDS = 300


def events_version() -> tuple:
    """Changes whenever an event is added, removed or saved (two index-only lookups)."""
    state = Event.objects.order_by().aggregate(n=Count("pk"), changed=Max("updated_at"))
    return state["n"], state["changed"].isoformat() if state["changed"] else ""


def cached_filter_counts(filters: EventFilters, *, now=None) -> FilterCounts:
    """``filter_counts`` kept for a few minutes, until the next change to any event.

    Counting the options of every filter scans all events; the answer only changes when
    an event does, so it is computed once per version (the upcoming/past split may lag by
    up to ``COUNTS_SECONDS``).
    """
    raw = repr((sorted(filters.active().items()), events_version()))
    key = "events:counts:" + hashlib.sha256(raw.encode()).hexdigest()
    counts = cache.get(key)
    if counts is None:
        counts = filter_counts(filters, now=now)
        cache.set(key, counts, COUNTS_SECONDS)
    return counts


def countries_with_events(codes) -> list[Country]:
    return list(Country.objects.filter(code__in=list(codes)).order_by("name_en"))


def events_visible_to(user) -> QuerySet[Event]:
    """The events ``user`` may see: every one, as event pages are public (what is for an
    event's parties alone, its link or a draft report, is ruled per field in rules.py).
    Figures, maps and exports drawn from events start here, so that a rule hiding events
    would reach them all."""
    return Event.objects.all()


def events_held(user) -> QuerySet[Event]:
    """The events ``user`` may see that took place: concluded ones."""
    return events_visible_to(user).filter(status=EventStatus.CONCLUDED)


@dataclass(frozen=True)
class ExchangeLink:
    """Two municipalities (the lower id first) and the number of events they both took part in."""

    first_id: int
    second_id: int
    meetings: int


def exchange_links(
    events: QuerySet[Event], *, municipality=None, limit: int | None = None
) -> list[ExchangeLink]:
    """The pairs of municipalities that took part together in any of ``events``, with the
    number of those events, most first; only the pairs of ``municipality`` when given; the
    first ``limit`` when given (a graph of years of events has hundreds of thousands).

    One grouped query over the parties (each party row joined to the other parties of its
    event), whatever the number of events.
    """
    rows = _pairs_met(events, municipality)[:limit]
    return [ExchangeLink(first, second, meetings) for first, second, meetings in rows]


def exchange_link_count(events: QuerySet[Event]) -> int:
    """How many pairs of municipalities took part together in any of ``events`` (one query)."""
    return _pairs_met(events, None).count()


def _pairs_met(events: QuerySet[Event], municipality) -> QuerySet:
    # One filter() call, so that the other party of a pair is one join throughout.
    either = Q()
    if municipality is not None:
        either = Q(municipality=municipality) | Q(event__participants__municipality=municipality)
    parties = EventParticipant.objects.filter(
        either,
        event__in=events.order_by().values("pk"),
        municipality__isnull=False,
        event__participants__municipality__gt=F("municipality"),
    )
    return (
        parties.order_by()
        .values_list("municipality_id", "event__participants__municipality_id")
        .annotate(meetings=Count("event_id", distinct=True))
        .order_by("-meetings", "municipality_id", "event__participants__municipality_id")
    )


def events_for_page() -> QuerySet[Event]:
    """Events with everything an event page shows, in a fixed number of queries.

    Event pages are public: every event is visible to everyone."""
    return Event.objects.select_related(
        "series", "venue", "programme", "programme__coordinator"
    ).prefetch_related(
        Prefetch(
            "participants",
            queryset=EventParticipant.objects.select_related(
                "municipality__country", "organisation"
            ).prefetch_related("presentations"),
        ),
        "themes",
        "sessions",
        Prefetch(
            "people",
            queryset=EventPerson.objects.select_related(
                "person", "unit", "participant__municipality", "participant__organisation"
            ),
        ),
        Prefetch(
            "follow_ups",
            queryset=FollowUpAction.objects.select_related(
                "participant__municipality", "participant__organisation"
            ).prefetch_related("progress__author"),
        ),
    )


def events_of_municipality(municipality: Municipality, *, limit: int = 20) -> list[Event]:
    events = Event.objects.filter(participants__municipality=municipality).order_by(
        "-starts_at", "-pk"
    )
    return list(with_list_relations(events)[:limit])


def events_of_organisation(organisation) -> QuerySet[Event]:
    """The meetings an organisation took part in, newest first, each once.

    Directly, as a party in any role (participant, organiser, host, funder); through one
    of its units (a person who came for the unit); or through its people, when a person
    who holds a role in it came without the body they represented being recorded.
    """
    through_people = EventPerson.objects.filter(event=OuterRef("pk")).filter(
        Q(unit__organisation=organisation)
        | Q(participant__isnull=True, person__roles__organisation=organisation)
    )
    events = Event.objects.filter(
        _participating(organisation=organisation) | Exists(through_people)
    )
    return with_list_relations(events.order_by("-starts_at", "-pk"))


def exchange_partners(municipality: Municipality) -> list[tuple[Municipality, int]]:
    """Municipalities that met this one at an event, with how many times, most often first."""
    rows = list(
        EventParticipant.objects.filter(
            event__participants__municipality=municipality, municipality__isnull=False
        )
        .exclude(municipality=municipality)
        .order_by()
        .values("municipality_id")
        .annotate(n=Count("event_id", distinct=True))
        .order_by("-n")[:50]
    )
    by_id = Municipality.objects.select_related("country").in_bulk(
        [row["municipality_id"] for row in rows]
    )
    return [
        (by_id[row["municipality_id"]], row["n"]) for row in rows if row["municipality_id"] in by_id
    ]


def events_to_conclude(*, now=None) -> QuerySet[Event]:
    """Planned events whose end has passed: coordinators should conclude or cancel them."""
    now = now or timezone.now()
    return Event.objects.filter(status=EventStatus.PLANNED, ends_at__lt=now)


def overdue_follow_ups(*, today=None) -> QuerySet[FollowUpAction]:
    today = today or timezone.localdate()
    return FollowUpAction.objects.filter(done_at__isnull=True, due_on__lt=today)


def calendar_feed_events(*, municipality=None, theme: str = "", now=None, limit=500) -> list:
    """Events for a calendar feed, soonest first: upcoming ones and those that ended within
    ``settings.CALENDAR_FEED_PAST_DAYS`` (a subscriber's calendar keeps what was held).

    Past the ``limit``, the oldest are left out, never the upcoming ones.
    """
    now = now or timezone.now()
    since = now - dt.timedelta(days=settings.CALENDAR_FEED_PAST_DAYS)
    events = Event.objects.filter(ends_at__gte=since)
    if municipality is not None:
        events = events.filter(_participating(municipality=municipality))
    if theme:
        events = events.filter(Exists(EventTheme.objects.filter(event=OuterRef("pk"), theme=theme)))
    newest_first = with_list_relations(events.order_by("-starts_at", "-pk"))[:limit]
    return list(newest_first)[::-1]


def published_reports(*, limit: int = 50) -> QuerySet[Event]:
    events = Event.objects.filter(
        report_published_at__isnull=False, status=EventStatus.CONCLUDED
    ).order_by("-report_published_at", "-pk")
    return with_list_relations(events)[:limit]


def event_changes(event: Event, *, limit: int = 20) -> list:
    """The latest ``limit`` entries of the event's history, newest first, with their authors."""
    return audit_trail(event, limit=limit)


def first_series_of(programme, kind: str) -> EventSeries | None:
    """The programme's (first) numbered series of events of ``kind``."""
    return EventSeries.objects.filter(programme=programme, kind=kind).order_by("pk").first()


def event_hits(user, query: str, *, limit: int) -> Found:
    """The site search's events: title, summary, a party's city (by any of its names), a
    theme's label, or the text of a report ``user`` may read (``report_readers``), each
    with what matched; newest first. Four queries, however many are found; the text is
    looked up in an index (``fulltext``: past ``MAX_MATCHES`` events by one condition,
    the latest added, the total a floor), the cities in the folded-name index."""
    text = query.strip()
    themes = themes_named(text)
    events = events_matching(user, text, themes=themes)
    # The first ids sorted on the index alone, then those rows read whole (reports are long).
    first = events.order_by("-starts_at", "-pk").values("pk")[:limit]
    rows = with_list_relations(Event.objects.filter(pk__in=first).order_by("-starts_at", "-pk"))
    hits = [_event_hit(user, event, text, themes) for event in rows]
    total = events.count()
    return Found(hits, total, at_least=total >= fulltext.MAX_MATCHES)


def events_matching(user, query: str, *, themes=None) -> QuerySet[Event]:
    """The events the site search finds for ``query`` (``event_hits``), unordered: title,
    summary, a party's city, a theme (``themes``: those ``query`` names), or the text of a
    report ``user`` may read."""
    text = query.strip()
    themes = themes_named(text) if themes is None else themes
    cities = municipalities_named(text).order_by().values("pk")
    readable = report_readers.filter(user)
    # Each reason's ids from its own index, then their union: no row-by-row scan.
    parts = [
        Event.objects.filter(events_containing(text, ("title", "title_it", "summary"))).values(
            "pk"
        ),
        EventParticipant.objects.filter(municipality__in=cities).values("event_id"),
        Event.objects.filter(events_containing(text, ("report_text",)), readable).values("pk"),
        EventTheme.objects.filter(theme__in=themes).values("event_id"),
    ]
    first, *others = [part.order_by() for part in parts]
    return Event.objects.filter(pk__in=first.union(*others))


def events_containing(text: str, columns: tuple[str, ...]) -> Q:
    """Events one of whose ``columns`` (those of one of ``fulltext.INDEXES``) contains
    ``text``, case aside: at most the ``fulltext.MAX_MATCHES`` latest added, from the
    text index where it can answer."""
    indexed = fulltext.indexed_matches(text, columns)
    if indexed is not None:
        return Q(pk__in=indexed)
    found = Q()
    for column in columns:
        found |= Q(**{f"{column}__icontains": text})
    return Q(
        pk__in=Event.objects.filter(found).order_by("-pk").values("pk")[: fulltext.MAX_MATCHES]
    )


def _event_hit(user, event: Event, text: str, themes: list[str]) -> Hit:
    """Why ``event`` was found, the first reason in the order the query above lists them."""
    title, detail = event_title(event), date_text(event.local_day())
    wanted = text.casefold()
    for written in (event.title, event.title_it):
        if wanted in written.casefold():
            return Hit(event, title, "title", _("title"), written, detail)
    if wanted in event.summary.casefold():
        return Hit(event, title, "summary", _("summary"), event.summary, detail)
    for participant in event.participants.all():
        municipality = participant.municipality
        names = [municipality.name, *municipality.alternate_names] if municipality else []
        name = name_matching(names, text)
        if name is not None:
            # Translators: why a search found an event: a city that took part, by the name typed.
            why = _("city: %(name)s") % {"name": name}
            return Hit(event, title, "city", why, name, detail)
    for theme in event.themes.all():
        if theme.theme in themes:
            label = theme_label(theme.theme)
            # Translators: why a search found an event: one of its themes.
            return Hit(
                event, title, "theme", _("theme: %(theme)s") % {"theme": label}, label, detail
            )
    report = plain_text(event.report) if report_readers.allows(user, event) else ""
    return Hit(event, title, "report", _("report text"), report, detail)
