"""How well two municipalities would learn from each other, and why: plain data in, no Django.

The score adds up the reasons: shared challenges, practices of one that answer a challenge
of the other, migration ties, comparable size and foreign-resident share; a recent meeting
takes points off (suggestions) or rules the pair out (rounds). Reasons are data, not
sentences, so the site can render them in the page's language. ``candidates`` computes the
same score for a whole directory at once; a test holds the two together.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from citypeers.matching.hours import OfficeHours, common_minutes, zone

History = Mapping[tuple[int, int], date]
"""Date of the last meeting of each pair that met, keyed by (smaller key, larger key)."""


@dataclass(frozen=True)
class Weights:
    """Points of each ingredient of the score (the site reads them from settings)."""

    shared_challenge: float = 3.0  # a theme both rank first; priorities 2 and 3 count less
    complementary_practice: float = 2.0  # practices answering a first-priority challenge
    migration_tie: float = 2.0  # the largest community comes from the other's country
    comparable_size: float = 1.0  # equal populations
    comparable_foreign_share: float = 1.0  # equal foreign-resident shares
    size_span: float = 1.0  # population ratio (in powers of ten) at which size stops counting
    foreign_share_span: float = 10.0  # percentage points at which the share stops counting
    origin_ranks: int = 5  # main communities of origin that count, largest first
    recent_meeting_penalty: float = 5.0  # taken off while a pair's last meeting is recent
    rematch_after_days: int = 730  # how long a meeting counts as recent

    def __post_init__(self):
        for name, value in vars(self).items():
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"weight {name} must be a non-negative number, not {value!r}")
        if self.size_span <= 0 or self.foreign_share_span <= 0:
            raise ValueError("size_span and foreign_share_span must be positive")


@dataclass(frozen=True)
class Rules:
    """Hard constraints: a pair that breaks one is never suggested nor paired."""

    different_countries: bool = True
    common_language: bool = False
    meeting_minutes: int = 90
    exclude_recent: bool = True  # rounds leave out recent pairs; suggestions only penalise


@dataclass(frozen=True)
class Profile:
    """What the matching knows of one municipality. ``key`` is the caller's identifier."""

    key: int
    country: str
    population: int | None = None
    foreign_share: float | None = None  # percent of residents
    challenges: Mapping[str, int] = field(default_factory=dict)  # theme -> priority 1..3
    practices: Mapping[str, tuple[int, ...]] = field(default_factory=dict)  # theme -> keys
    origins: tuple[str, ...] = ()  # countries of the main communities, largest first
    languages: frozenset[str] = frozenset()
    timezone: str = "UTC"
    hours: OfficeHours = OfficeHours()
    opted_in: bool = True

    def __post_init__(self):
        for theme, priority in self.challenges.items():
            if priority not in (1, 2, 3):
                raise ValueError(
                    f"municipality {self.key}: priority of {theme!r} must be 1, 2 or 3, "
                    f"not {priority!r}"
                )
        if self.population is not None and self.population < 0:
            raise ValueError(f"municipality {self.key}: negative population {self.population}")
        share = self.foreign_share
        if share is not None and not 0 <= share <= 100:
            raise ValueError(f"municipality {self.key}: foreign share {share} is not 0-100")
        zone(self.timezone)

    @property
    def is_empty(self) -> bool:
        """Nothing to match on beyond size: the site flags such a city in a round."""
        return (
            not (self.challenges or self.practices or self.origins) and self.foreign_share is None
        )


class ReasonKind(StrEnum):
    SHARED_CHALLENGE = "shared_challenge"
    COMPLEMENTARY_PRACTICE = "complementary_practice"
    MIGRATION_TIE = "migration_tie"
    COMPARABLE_SIZE = "comparable_size"
    COMPARABLE_FOREIGN_SHARE = "comparable_foreign_share"
    MET_RECENTLY = "met_recently"


class Blocker(StrEnum):
    SAME_CITY = "same_city"
    SAME_COUNTRY = "same_country"
    NOT_OPTED_IN = "not_opted_in"
    NO_COMMON_HOURS = "no_common_hours"
    NO_COMMON_LANGUAGE = "no_common_language"
    MET_RECENTLY = "met_recently"


@dataclass(frozen=True)
class Reason:
    """One ingredient of a score. ``source`` gives (practice, community), ``target`` needs it."""

    kind: ReasonKind
    points: float
    theme: str = ""
    source: int | None = None
    target: int | None = None
    priorities: tuple[int, ...] = ()  # shared challenge: (source's, target's) priority
    practices: tuple[int, ...] = ()
    country: str = ""
    rank: int = 0  # migration tie: 1 for the largest community
    until: date | None = None  # met recently: re-suggested from this date


@dataclass(frozen=True)
class Compatibility:
    score: float
    reasons: tuple[Reason, ...]
    blockers: tuple[Blocker, ...]


def importance(priority: int) -> float:
    """Priority 1 weighs 1, priority 2 two thirds, priority 3 one third."""
    return (4 - priority) / 3


def closeness(a: float | None, b: float | None, span: float) -> float:
    """1 for equal values, falling linearly to 0 at ``span`` apart; 0 when one is unknown."""
    if a is None or b is None:
        return 0.0
    return max(0.0, 1.0 - abs(a - b) / span)


def log_population(population: int | None) -> float | None:
    return math.log10(population) if population else None


def recent_until(a: Profile, b: Profile, weights: Weights, met: History, today: date):
    """The date from which the pair may meet again, if they met too recently; else None."""
    last = met.get((min(a.key, b.key), max(a.key, b.key)))
    if last is None:
        return None
    until = last + timedelta(days=weights.rematch_after_days)
    return until if today < until else None


def shared_challenges(a: Profile, b: Profile, weights: Weights) -> list[Reason]:
    return [
        Reason(
            kind=ReasonKind.SHARED_CHALLENGE,
            points=weights.shared_challenge * importance(pa) * importance(b.challenges[theme]),
            theme=theme,
            source=a.key,
            target=b.key,
            priorities=(pa, b.challenges[theme]),
        )
        for theme, pa in a.challenges.items()
        if theme in b.challenges
    ]


def complementary_practices(source: Profile, target: Profile, weights: Weights) -> list[Reason]:
    """Themes where ``source`` published practices that ``target`` lists as a challenge."""
    return [
        Reason(
            kind=ReasonKind.COMPLEMENTARY_PRACTICE,
            points=weights.complementary_practice * importance(target.challenges[theme]),
            theme=theme,
            source=source.key,
            target=target.key,
            priorities=(target.challenges[theme],),
            practices=tuple(keys),
        )
        for theme, keys in source.practices.items()
        if keys and theme in target.challenges
    ]


def migration_tie(source: Profile, target: Profile, weights: Weights) -> list[Reason]:
    """``source`` has a main community of origin from ``target``'s country."""
    origins = source.origins[: weights.origin_ranks]
    if target.country not in origins:
        return []
    rank = origins.index(target.country) + 1
    return [
        Reason(
            kind=ReasonKind.MIGRATION_TIE,
            points=weights.migration_tie / rank,
            source=source.key,
            target=target.key,
            country=target.country,
            rank=rank,
        )
    ]


def comparable(a: Profile, b: Profile, weights: Weights) -> list[Reason]:
    size = closeness(log_population(a.population), log_population(b.population), weights.size_span)
    share = closeness(a.foreign_share, b.foreign_share, weights.foreign_share_span)
    reasons = []
    if size > 0:
        reasons.append(
            Reason(kind=ReasonKind.COMPARABLE_SIZE, points=weights.comparable_size * size)
        )
    if share > 0:
        points = weights.comparable_foreign_share * share
        reasons.append(Reason(kind=ReasonKind.COMPARABLE_FOREIGN_SHARE, points=points))
    return reasons


def blockers(
    a: Profile, b: Profile, rules: Rules, *, on: date, recent: date | None = None
) -> tuple[Blocker, ...]:
    """The hard constraints the pair breaks; office hours are compared on local date ``on``."""
    found = []
    if a.key == b.key:
        found.append(Blocker.SAME_CITY)
    if rules.different_countries and a.country == b.country:
        found.append(Blocker.SAME_COUNTRY)
    if not (a.opted_in and b.opted_in):
        found.append(Blocker.NOT_OPTED_IN)
    overlap = common_minutes((a.hours, a.timezone), (b.hours, b.timezone), on)
    if overlap < rules.meeting_minutes:
        found.append(Blocker.NO_COMMON_HOURS)
    if rules.common_language and not a.languages & b.languages:
        found.append(Blocker.NO_COMMON_LANGUAGE)
    if recent is not None and rules.exclude_recent:
        found.append(Blocker.MET_RECENTLY)
    return tuple(found)


def compatibility(
    a: Profile,
    b: Profile,
    *,
    on: date,
    weights: Weights = Weights(),  # noqa: B008 (frozen dataclass: a shared default is safe)
    rules: Rules = Rules(),  # noqa: B008 (frozen dataclass)
    met: History | None = None,
) -> Compatibility:
    """Score, reasons (largest first) and broken constraints of the pair on date ``on``."""
    recent = recent_until(a, b, weights, met or {}, on)
    reasons = [
        *shared_challenges(a, b, weights),
        *complementary_practices(a, b, weights),
        *complementary_practices(b, a, weights),
        *migration_tie(a, b, weights),
        *migration_tie(b, a, weights),
        *comparable(a, b, weights),
    ]
    if recent is not None:
        reasons.append(
            Reason(
                kind=ReasonKind.MET_RECENTLY,
                points=-weights.recent_meeting_penalty,
                source=a.key,
                target=b.key,
                until=recent,
            )
        )
    reasons.sort(key=lambda reason: -reason.points)
    score = math.fsum(reason.points for reason in reasons)
    return Compatibility(
        score=score,
        reasons=tuple(reasons),
        blockers=blockers(a, b, rules, on=on, recent=recent),
    )
