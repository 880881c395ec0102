"""One search over practices, used by the site, the API, the CLI and matching.

Two engines answer the same query: full-text (every word, by prefix or stem, in the
practice's own language) and semantic (multilingual sentence embeddings, so a query
in one language finds practices written in another). Their rankings are fused with
reciprocal rank fusion; a practice whose name is the query comes first.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
from django.db.models import F, Q, QuerySet
from django.utils.translation import gettext as _

from citypeers.core.text import fold
from citypeers.network.models import Country, Municipality
from citypeers.network.selectors import country_code
from citypeers.practices import fulltext
from citypeers.practices.engine import text as search_text
from citypeers.practices.engine.fusion import reciprocal_rank_fusion
from citypeers.practices.enums import PracticeStatus, TargetGroup
from citypeers.practices.models import TARGET_GROUP_SLUGS, THEME_SLUGS, Practice
from citypeers.practices.vectors import STATUS_CODES, practice_vectors

MAX_LIMIT = 200
CANDIDATES = 100
TEXT_WEIGHT = 1.0
MEANING_WEIGHT = 1.0
EXACT_NAME_WEIGHT = 2.0
# Semantic hits further than this below the best one are left out: on the labelled set
# this keeps every relevant practice (0.06 lost 2 points of nDCG) and cuts the tail.
MEANING_GAP = 0.09
# The semantic engine always has neighbours, even for gibberish. It answers only when its
# closest practice stands this many spreads above the closest that made-up queries reach
# in the same practices (vectors.noise). On the labelled set the weakest judged query
# stands 2.5 spreads above, while 197 of 200 generated nonsense queries in the eight
# languages stay below 1.9 (tests/practices/test_ranking.py measures both).
NOISE_SPREADS = 2.2
# Columns a result never shows: not read back from the database.
HEAVY_FIELDS = ("embedding", "search_names", "search_body", "search_stems")


class InvalidSearch(ValueError):
    """A search that cannot run as asked; the message names the problem for the user."""


@dataclass(frozen=True)
class SearchFilters:
    themes: tuple[str, ...] = ()
    country: str = ""
    municipality: int | None = None
    target_group: str = ""
    year_from: int | None = None
    year_to: int | None = None
    statuses: tuple[str, ...] = (PracticeStatus.PUBLISHED,)

    def apply(self, practices: QuerySet) -> QuerySet:
        """The practices (a queryset) that pass these filters."""
        if self.statuses:
            practices = practices.filter(status__in=self.statuses)
        for theme in self.themes:
            practices = practices.alias(**{f"_t_{theme}": _bit("theme_bits", theme)}).filter(
                **{f"_t_{theme}__gt": 0}
            )
        if self.target_group:
            practices = practices.alias(_tg=_bit("target_group_bits", self.target_group)).filter(
                _tg__gt=0
            )
        if self.country:
            # A practice's country is its municipality's, else its organisation's.
            practices = practices.filter(
                Q(municipality__country_id=self.country)
                | Q(municipality__isnull=True, organisation__country_id=self.country)
            )
        if self.municipality:
            practices = practices.filter(municipality_id=self.municipality)
        if self.year_from is not None:
            practices = practices.filter(Q(end_year__isnull=True) | Q(end_year__gte=self.year_from))
        if self.year_to is not None:
            practices = practices.filter(
                Q(start_year__isnull=True) | Q(start_year__lte=self.year_to)
            )
        return practices

    def mask(self, vectors) -> np.ndarray:
        """The same filters over the rows of the vector index."""
        index = vectors.index
        keep = np.isin(index.attribute("status"), [STATUS_CODES[s] for s in self.statuses])
        for theme in self.themes:
            keep &= (index.attribute("theme_bits") & (1 << THEME_SLUGS.index(theme))) > 0
        if self.target_group:
            bit = 1 << TARGET_GROUP_SLUGS.index(self.target_group)
            keep &= (index.attribute("target_group_bits") & bit) > 0
        if self.country:
            code = vectors.known_code("country", self.country)
            keep &= index.attribute("country") == (code if code is not None else -1)
        if self.municipality:
            keep &= index.attribute("municipality") == self.municipality
        if self.year_from is not None:
            end = index.attribute("end_year")
            keep &= (end == 0) | (end >= self.year_from)
        if self.year_to is not None:
            start = index.attribute("start_year")
            keep &= (start == 0) | (start <= self.year_to)
        return keep


def _bit(field_name: str, slug: str):
    vocabulary = THEME_SLUGS if field_name == "theme_bits" else TARGET_GROUP_SLUGS
    return F(field_name).bitand(1 << vocabulary.index(slug))


def _year(value, name: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise InvalidSearch(
            _("%(name)s must be a year, not %(value)r.") % {"name": name, "value": value}
        ) from None
    if not 1900 <= year <= 2100:
        raise InvalidSearch(_("%(name)s must be a year between 1900 and 2100.") % {"name": name})
    return year


def parse_filters(raw: Mapping | SearchFilters | None) -> SearchFilters:
    """Filters from user input, checked; unknown values raise InvalidSearch.

    A reversed year range is read the way round it was surely meant.
    """
    if isinstance(raw, SearchFilters):
        return raw
    raw = dict(raw or {})
    themes = raw.pop("theme", None) or raw.pop("themes", None) or ()
    themes = (themes,) if isinstance(themes, str) else tuple(themes)
    for theme in themes:
        if theme not in THEME_SLUGS:
            raise InvalidSearch(
                _("Unknown theme %(theme)r. Known themes: %(known)s.")
                % {"theme": theme, "known": ", ".join(THEME_SLUGS)}
            )
    country = (raw.pop("country", "") or "").strip().upper()
    # What cannot be a code (a NUL, which PostgreSQL refuses in any text) is never looked up.
    if country and (
        country_code(country) != country or not Country.objects.filter(code=country).exists()
    ):
        raise InvalidSearch(_("Unknown country code %(code)r.") % {"code": country})
    municipality = raw.pop("municipality", None) or None
    if municipality is not None:
        try:
            municipality = int(municipality)
        except (TypeError, ValueError):
            raise InvalidSearch(
                _("Unknown municipality %(value)r.") % {"value": municipality}
            ) from None
        if not Municipality.objects.filter(pk=municipality).exists():
            raise InvalidSearch(_("Unknown municipality %(value)r.") % {"value": municipality})
    target_group = raw.pop("target_group", "") or ""
    if target_group and target_group not in TargetGroup.values:
        raise InvalidSearch(
            _("Unknown target group %(value)r. Known groups: %(known)s.")
            % {"value": target_group, "known": ", ".join(TargetGroup.values)}
        )
    year_from = _year(raw.pop("year_from", None), _("The first year"))
    year_to = _year(raw.pop("year_to", None), _("The last year"))
    if year_from is not None and year_to is not None and year_from > year_to:
        year_from, year_to = year_to, year_from
    statuses = raw.pop("status", None) or raw.pop("statuses", None) or (PracticeStatus.PUBLISHED,)
    statuses = (statuses,) if isinstance(statuses, str) else tuple(statuses)
    for status in statuses:
        if status not in PracticeStatus.values:
            raise InvalidSearch(_("Unknown status %(value)r.") % {"value": status})
    if raw:
        raise InvalidSearch(_("Unknown filter: %(names)s.") % {"names": ", ".join(sorted(raw))})
    return SearchFilters(
        themes=themes,
        country=country,
        municipality=municipality,
        target_group=target_group,
        year_from=year_from,
        year_to=year_to,
        statuses=statuses,
    )


@dataclass
class SearchResult:
    """One practice found, with why: the words that matched, or a similar meaning."""

    practice: Practice
    score: float
    why: tuple[str, ...]
    highlights: list[str] = field(default_factory=list)
    text_rank: int | None = None
    meaning_rank: int | None = None

    @property
    def reason(self) -> str:
        if self.highlights:
            return _("matches %(words)s") % {"words": ", ".join(self.highlights)}
        if "text" in self.why:
            return _("matches the words searched")
        return _("similar meaning")


def text_ranking(query: str, *, language=None, allowed: QuerySet, limit=CANDIDATES) -> list[int]:
    """Ids of practices that the full-text engine alone finds, best first."""
    hits = fulltext.text_matches(query, language=language, allowed=allowed, limit=limit)
    return [hit.practice_id for hit in hits]


def meaning_ranking(query: str, *, filters: SearchFilters, limit=CANDIDATES) -> list[int]:
    """Ids of practices that the semantic engine alone finds, best first.

    Nothing when no practice is closer than noise would be (``NOISE_SPREADS``), else
    the hits within ``MEANING_GAP`` of the best one.
    """
    vectors = practice_vectors()
    vectors.refresh()
    if len(vectors.index) == 0:
        return []
    vector = vectors.query_vector(query)
    # Whether the query means anything is judged on every practice of the statuses asked
    # for, so that a filter (one country, one theme) does not turn a real query into noise.
    among = SearchFilters(statuses=filters.statuses).mask(vectors)
    noise, spread = vectors.noise(mask=among)
    if vectors.best_cosine(vector, mask=among) < noise + NOISE_SPREADS * spread:
        return []
    nearest = vectors.nearest(vector, k=limit, mask=filters.mask(vectors))
    if not nearest:
        return []
    floor = nearest[0][1] - MEANING_GAP
    return [item for item, score in nearest if score >= floor]


def _is_searchable(query: str) -> bool:
    return bool(search_text.query_words(query))


def search(
    query: str,
    *,
    language: str | None = None,
    filters: Mapping | SearchFilters | None = None,
    limit: int = 20,
    within: QuerySet | None = None,
) -> list[SearchResult]:
    """Practices for a query in any language, best first, each with why it matched.

    ``filters``: theme(s), country, municipality (id), target_group, year_from, year_to,
    status (default: published only). ``within`` narrows to what the caller may see.
    An empty or unsearchable query (only punctuation) finds nothing; invalid filters
    raise InvalidSearch with a message for the user.
    """
    parsed = parse_filters(filters)
    # Lone surrogates (bytes that were not UTF-8 on a terminal) cannot be embedded.
    query = (query or "")[: search_text.MAX_QUERY_CHARS].encode("utf-8", "replace").decode()
    limit = max(0, min(int(limit), MAX_LIMIT))
    if not _is_searchable(query) or limit == 0:
        return []
    language = language if language in search_text.STEMMED_LANGUAGES else None
    allowed = parsed.apply(within if within is not None else Practice.objects.all())
    candidates = max(CANDIDATES, limit)
    by_text = text_ranking(query, language=language, allowed=allowed, limit=candidates)
    by_meaning = meaning_ranking(query, filters=parsed, limit=candidates)
    exact = _exact_names(query, by_text)
    fused = reciprocal_rank_fusion(
        [by_text, by_meaning, exact], weights=[TEXT_WEIGHT, MEANING_WEIGHT, EXACT_NAME_WEIGHT]
    )
    return _results(fused, by_text, by_meaning, query, language, allowed, limit)


def _exact_names(query: str, text_ids: list[int]) -> list[int]:
    """Among text hits, those whose name or English name is the query (accents aside)."""
    wanted = fold(query)
    if not wanted or not text_ids:
        return []
    rows = Practice.objects.filter(pk__in=text_ids[:20]).values_list("pk", "name", "name_en")
    names = {pk: (fold(name), fold(name_en)) for pk, name, name_en in rows}
    return [pk for pk in text_ids[:20] if wanted in names.get(pk, ())]


def _results(fused, by_text, by_meaning, query, language, allowed, limit) -> list[SearchResult]:
    text_rank = {pk: rank for rank, pk in enumerate(by_text, start=1)}
    meaning_rank = {pk: rank for rank, pk in enumerate(by_meaning, start=1)}
    wanted = [pk for pk, _score in fused[: limit * 2]]
    practices = (
        allowed.filter(pk__in=wanted)
        .select_related("municipality__country", "organisation")
        .defer(*HEAVY_FIELDS)
    )
    by_pk = {practice.pk: practice for practice in practices}
    tokens = search_text.query_words(query)
    results = []
    for pk, score in fused:
        practice = by_pk.get(pk)
        if practice is None:
            continue
        why = tuple(
            reason
            for reason, ranks in (("text", text_rank), ("meaning", meaning_rank))
            if pk in ranks
        )
        highlights = []
        if pk in text_rank:
            shown = f"{practice.name} {practice.name_en} {practice.summary}"
            highlights = search_text.highlight_terms(
                shown, tokens, query_language=language, text_language=practice.language
            )[:8]
        results.append(
            SearchResult(
                practice=practice,
                score=score,
                why=why,
                highlights=highlights,
                text_rank=text_rank.get(pk),
                meaning_rank=meaning_rank.get(pk),
            )
        )
        if len(results) == limit:
            break
    return results
