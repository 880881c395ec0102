"""The compatibility score of a whole directory at once, and each city's best candidates.

Scoring 15,000 cities against each other is 112 million pairs: the profiles become
matrices (themes as columns) and a block of rows is scored against every city with a
few matrix products and element-wise passes, keeping only each row's top ``k``. Memory
stays at a few blocks of ``block`` x n floats. The kept edges are then rescored in double
precision by ``pair_scores``, which computes exactly what ``compatibility`` adds up.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from threadpoolctl import threadpool_limits

from citypeers.matching.compatibility import History, Profile, Rules, Weights, importance
from citypeers.matching.hours import utc_minutes


@dataclass(frozen=True)
class ProfileTable:
    """Profiles as columns; row ``r`` is ``profiles[r]``. Build with ``profile_table``."""

    keys: np.ndarray  # caller's keys, int64
    country: np.ndarray  # index into ``countries``
    countries: tuple[str, ...]
    challenge: np.ndarray  # (n, themes): importance of each theme as a challenge, 0 if none
    practice: np.ndarray  # (n, themes): 1 where the city published practices
    origin_rank: np.ndarray  # (n, countries): 1 for the largest community's country, 0 none
    log_population: np.ndarray  # NaN when unknown
    foreign_share: np.ndarray  # NaN when unknown
    language: np.ndarray  # (n, languages) booleans
    opted_in: np.ndarray
    hours_class: np.ndarray  # index into ``hours``
    hours: tuple[tuple[int, int, int], ...]  # (UTC start minute, end minute, weekday bits)

    def __len__(self) -> int:
        return len(self.keys)

    def row_of(self, key: int) -> int:
        rows = np.flatnonzero(self.keys == key)
        if not len(rows):
            raise ValueError(f"unknown municipality {key}")
        return int(rows[0])


def _vocabulary(values) -> dict[str, int]:
    return {value: index for index, value in enumerate(sorted(set(values)))}


def profile_table(profiles: Sequence[Profile], *, on: date) -> ProfileTable:
    """Columns of ``profiles``; office hours are placed in UTC on local date ``on``."""
    keys = np.array([p.key for p in profiles], dtype=np.int64)
    if len(np.unique(keys)) != len(keys):
        raise ValueError("two profiles share the same key")
    themes = _vocabulary(t for p in profiles for t in [*p.challenges, *p.practices])
    countries = _vocabulary(p.country for p in profiles)
    languages = _vocabulary(lang for p in profiles for lang in p.languages)
    hours = _vocabulary(
        (*utc_minutes(p.hours, p.timezone, on), p.hours.weekday_mask) for p in profiles
    )
    challenge, practice, origin_rank, language = _feature_matrices(
        profiles, themes, countries, languages
    )
    population = np.array([p.population or np.nan for p in profiles], dtype=float)
    return ProfileTable(
        keys=keys,
        country=np.array([countries[p.country] for p in profiles], dtype=np.int32),
        countries=tuple(countries),
        challenge=challenge,
        practice=practice,
        origin_rank=origin_rank,
        log_population=np.log10(population),
        foreign_share=np.array(
            [np.nan if p.foreign_share is None else p.foreign_share for p in profiles], float
        ),
        language=language,
        opted_in=np.array([p.opted_in for p in profiles], dtype=bool),
        hours_class=np.array(
            [
                hours[(*utc_minutes(p.hours, p.timezone, on), p.hours.weekday_mask)]
                for p in profiles
            ],
            dtype=np.int32,
        ),
        hours=tuple(hours),
    )


def _feature_matrices(profiles, themes, countries, languages):
    """Challenge importance and practices by theme, community ranks by country, languages."""
    n = len(profiles)
    challenge = np.zeros((n, len(themes)))
    practice = np.zeros((n, len(themes)))
    origin_rank = np.zeros((n, len(countries)), dtype=np.int16)
    language = np.zeros((n, len(languages)), dtype=bool)
    for row, p in enumerate(profiles):
        for theme, priority in p.challenges.items():
            challenge[row, themes[theme]] = importance(priority)
        for theme, practice_keys in p.practices.items():
            practice[row, themes[theme]] = 1.0 if practice_keys else 0.0
        for rank, origin in reversed(list(enumerate(p.origins, start=1))):
            if origin in countries:  # a community from outside the directory ties no one
                origin_rank[row, countries[origin]] = rank
        language[row, [languages[lang] for lang in p.languages]] = True
    return challenge, practice, origin_rank, language


def origin_points(table: ProfileTable, weights: Weights) -> np.ndarray:
    """(n, countries): migration-tie points a city gives to a partner from each country."""
    rank = table.origin_rank.astype(float)
    counted = (rank > 0) & (rank <= weights.origin_ranks)
    return np.where(counted, weights.migration_tie / np.where(counted, rank, 1.0), 0.0)


def _closeness(a: np.ndarray, b: np.ndarray, points: float, span: float) -> np.ndarray:
    """``points`` for equal values, down to 0 at ``span`` apart; 0 if either is NaN."""
    return np.fmax(0.0, points * (1.0 - np.abs(a - b) / span))


def pair_scores(
    table: ProfileTable,
    i: np.ndarray,
    j: np.ndarray,
    weights: Weights = Weights(),  # noqa: B008
) -> np.ndarray:
    """Scores of the pairs (i[e], j[e]) before any history penalty, in double precision."""
    c, h = table.challenge, table.practice
    origins = origin_points(table, weights)
    score = weights.shared_challenge * np.einsum("ij,ij->i", c[i], c[j])
    score += weights.complementary_practice * (
        np.einsum("ij,ij->i", h[i], c[j]) + np.einsum("ij,ij->i", h[j], c[i])
    )
    score += origins[i, table.country[j]] + origins[j, table.country[i]]
    score += _closeness(
        table.log_population[i],
        table.log_population[j],
        weights.comparable_size,
        weights.size_span,
    )
    score += _closeness(
        table.foreign_share[i],
        table.foreign_share[j],
        weights.comparable_foreign_share,
        weights.foreign_share_span,
    )
    return score


def allowed_hours(table: ProfileTable, rules: Rules) -> np.ndarray:
    """(hours classes)^2 booleans: do the two offices share a day and the meeting length?"""
    start, end, days = (np.array(column) for column in zip(*table.hours, strict=True))
    overlap = np.minimum.outer(end, end) - np.maximum.outer(start, start)
    return (overlap >= rules.meeting_minutes) & (np.bitwise_and.outer(days, days) != 0)


def recent_pairs(table: ProfileTable, met: History, weights: Weights, on: date) -> np.ndarray:
    """Keys (row * n + column) of pairs whose last meeting is recent on ``on``, both orders."""
    row = {int(key): index for index, key in enumerate(table.keys)}
    n = len(table)
    found = [
        (row[a], row[b])
        for (a, b), last in met.items()
        if a in row and b in row and (on - last).days < weights.rematch_after_days
    ]
    pairs = np.array(found, dtype=np.int64).reshape(-1, 2)
    return np.unique(np.concatenate([pairs[:, 0] * n + pairs[:, 1], pairs[:, 1] * n + pairs[:, 0]]))


def constraint_classes(table: ProfileTable, rules: Rules) -> tuple[np.ndarray, np.ndarray]:
    """Cities grouped by (country, office hours, opted in, languages), and which groups may meet.

    A directory has a few hundred such groups, so a group-by-group table gathered per
    block replaces four element-wise comparisons of every pair.
    """
    languages, by_language = np.unique(table.language, axis=0, return_inverse=True)
    groups = np.stack(
        [table.country, table.hours_class, table.opted_in, by_language.reshape(-1)], axis=1
    )
    distinct, classes = np.unique(groups, axis=0, return_inverse=True)
    country, hours, opted, language = distinct.T
    allowed = allowed_hours(table, rules)[np.ix_(hours, hours)]
    allowed &= np.logical_and.outer(opted == 1, opted == 1)
    if rules.different_countries:
        allowed &= np.not_equal.outer(country, country)
    if rules.common_language:
        spoken = languages[language].astype(np.float32)
        allowed &= (spoken @ spoken.T) > 0
    return classes.reshape(-1), allowed


class DenseScorer:
    """Scores of a block of rows against many columns, in single precision, constraints applied.

    Rows are kept sorted by constraint class, so a block holds a few runs of one class
    each, and the class table applies to a run as one broadcast product. Every pass writes
    into buffers allocated once: fresh arrays of a block's size cost more in page faults
    than the arithmetic. Indices are positions in ``order``; forbidden pairs score 0.
    """

    def __init__(self, table: ProfileTable, weights: Weights, rules: Rules, block: int):
        w, n = weights, len(table)
        classes, allowed = constraint_classes(table, rules)
        self.order = np.argsort(classes, kind="stable")
        self.classes, self.allowed = classes[self.order], allowed.astype(np.float32)
        c, h = table.challenge[self.order], table.practice[self.order]
        tied = np.flatnonzero((table.origin_rank > 0).any(axis=0))
        own = (table.country[self.order, None] == tied[None, :]).astype(float)
        origins = origin_points(table, weights)[self.order][:, tied]
        ones = np.ones((n, 1))
        closeness_points = ones * (w.comparable_size + w.comparable_foreign_share)
        left = [c, h, origins, own, ones]
        right = [w.shared_challenge * c + w.complementary_practice * h,
                 w.complementary_practice * c, own, origins, closeness_points]  # fmt: skip
        self.left = np.hstack(left).astype(np.float32)
        self.right = np.ascontiguousarray(np.hstack(right).T.astype(np.float32))
        size = table.log_population * (w.comparable_size / w.size_span)
        share = table.foreign_share * (w.comparable_foreign_share / w.foreign_share_span)
        self.closeness = [
            (values[self.order].astype(np.float32), np.float32(points))
            for values, points in ((size, w.comparable_size), (share, w.comparable_foreign_share))
        ]
        self.n = n
        self.buffers = [np.empty(block * n, np.float32) for _ in range(2)]
        self.mask = np.empty(block * n, bool)

    def scores(self, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """(len(rows), len(columns)) view of a buffer, valid until the next call."""
        s, gap = self._views(len(rows), len(columns))
        np.matmul(self.left[rows], self.right[:, columns], out=s)
        for values, points in self.closeness:  # the product added the points: take the gap off
            np.subtract(values[rows, None], values[None, columns], out=gap)
            np.abs(gap, out=gap)
            s -= np.fmin(gap, points, out=gap)  # fmin: an unknown (NaN) value takes all off
        run_class = self.classes[rows]
        starts = np.flatnonzero(np.diff(run_class, prepend=-1))
        for start, end in zip(starts, [*starts[1:], len(rows)], strict=True):
            s[start:end] *= self.allowed[run_class[start], self.classes[columns]]
        _, on_row, on_column = np.intersect1d(rows, columns, return_indices=True)
        s[on_row, on_column] = 0
        return s

    def at_least(self, s: np.ndarray, bar_rows: np.ndarray, bar_columns: np.ndarray):
        """(r, c) where s reaches the smaller of its row's and its column's bar."""
        _, bar = self._views(*s.shape)
        np.minimum.outer(bar_rows, bar_columns, out=bar)
        mask = self.mask[: s.size].reshape(s.shape)
        np.greater_equal(s, bar, out=mask)
        return np.nonzero(mask)

    def positions(self, keys: np.ndarray) -> np.ndarray:
        """Pair keys (row * n + column) of the table as keys of positions in ``order``."""
        where = np.empty(self.n, np.int64)
        where[self.order] = np.arange(self.n)
        return np.sort(where[keys // self.n] * self.n + where[keys % self.n])

    def _views(self, rows: int, columns: int) -> list[np.ndarray]:
        return [buffer[: rows * columns].reshape(rows, columns) for buffer in self.buffers]


def _thresholds(scorer: DenseScorer, k: int, block: int, recent: np.ndarray) -> np.ndarray:
    """A lower bound of each row's k-th best score: its k-th best on a sample of columns.

    The k-th best of a subset never exceeds the k-th best of the whole row, so every
    pair of a row's top ``k`` reaches it; an eighth of the columns leaves a few dozen
    more pairs per row to sort, instead of a partition of every whole row. Pairs that met
    recently (``recent``: position keys) count as 0 here, as history may cut their score.
    """
    n = scorer.n
    m = min(n, max(8 * k, n // 8))
    sample = np.sort(np.random.default_rng(0).choice(n, size=m, replace=False))
    thresholds = np.zeros(n, dtype=np.float32)
    for start in range(0, n, block):
        rows = np.arange(start, min(n, start + block))
        s = scorer.scores(rows, sample)
        met = recent[(recent >= start * n) & (recent < rows[-1] * n + n)]
        met_r, met_c = met // n - start, np.searchsorted(sample, met % n)
        found = sample[np.minimum(met_c, m - 1)] == met % n
        s[met_r[found], met_c[found]] = 0
        thresholds[rows] = np.partition(s, m - k, axis=1)[:, m - k]
    return np.fmax(thresholds, np.float32(1e-6))


def _survivors(scorer: DenseScorer, thresholds: np.ndarray, block: int):
    """Pairs r < c whose score reaches the threshold of r or of c, with that score."""
    n = scorer.n
    found = []
    for start in range(0, n, block):
        rows, columns = np.arange(start, min(n, start + block)), np.arange(start, n)
        s = scorer.scores(rows, columns)
        r, c = scorer.at_least(s, thresholds[rows], thresholds[start:])
        score = s[r, c]
        upper = r + start < c + start
        found.append((r[upper] + start, c[upper] + start, score[upper]))
    return (np.concatenate(parts) for parts in zip(*found, strict=True))


def _best_of_each(r, c, score, thresholds, k: int, n: int):
    """The pairs among either end's ``k`` best, as sorted unique (i, j) with i < j.

    A pair counts for an end only if it reaches that end's threshold. One sort on node,
    then score descending: scores stay far below 2**20, so both fit one float64 key.
    """
    mine = score >= thresholds[r]
    theirs = score >= thresholds[c]
    node = np.concatenate([r[mine], c[theirs]])
    other = np.concatenate([c[mine], r[theirs]])
    value = np.concatenate([score[mine], score[theirs]]).astype(np.float64)
    order = np.argsort(node * np.float64(2**20) - value)
    node, other = node[order], other[order]
    rank = np.arange(len(node)) - np.searchsorted(node, node, side="left")
    node, other = node[rank < k], other[rank < k]
    unique = np.unique(np.minimum(node, other) * n + np.maximum(node, other))
    return unique // n, unique % n


@dataclass(frozen=True)
class Candidates:
    """Edges (i[e], j[e], weight[e]) between rows of the table, i < j, weight > 0."""

    i: np.ndarray
    j: np.ndarray
    weight: np.ndarray

    def edges(self) -> list[tuple[int, int, float]]:
        return list(zip(self.i.tolist(), self.j.tolist(), self.weight.tolist(), strict=True))


def candidate_edges(
    table: ProfileTable,
    *,
    on: date,
    k: int = 10,
    weights: Weights = Weights(),  # noqa: B008 (frozen dataclass: a shared default is safe)
    rules: Rules = Rules(),  # noqa: B008 (frozen dataclass)
    met: History | None = None,
    block: int = 256,
) -> Candidates:
    """Each city's ``k`` best partners under the hard constraints, as one undirected graph.

    Edges are rescored in double precision, so an edge weighs exactly what
    ``compatibility`` says of the pair, history penalty included. A pair that met
    recently is dropped from the single-precision pass and added back with its penalty.
    """
    n = len(table)
    if n < 2 or k < 1:
        return Candidates(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    recent = recent_pairs(table, met or {}, weights, on)
    scorer = DenseScorer(table, weights, rules, block)
    # Each product is small: BLAS threads spend more time waking up than computing.
    with threadpool_limits(limits=1, user_api="blas"):
        thresholds = _thresholds(scorer, min(k, n - 1), block, scorer.positions(recent))
        r, c, score = _survivors(scorer, thresholds, block)
    thresholds[scorer.order] = thresholds.copy()  # from positions to table rows
    r, c = scorer.order[r], scorer.order[c]
    if len(recent):
        hit = np.isin(r * n + c, recent)
        score[hit] = (
            -np.inf if rules.exclude_recent else score[hit] - weights.recent_meeting_penalty
        )
    i, j = _best_of_each(r, c, score, thresholds, k, n)
    weight = pair_scores(table, i, j, weights)
    hit = np.isin(i * n + j, recent)
    if rules.exclude_recent:
        weight[hit] = 0
    else:
        weight[hit] -= weights.recent_meeting_penalty
    keep = weight > 0
    return Candidates(i=i[keep], j=j[keep], weight=weight[keep])
