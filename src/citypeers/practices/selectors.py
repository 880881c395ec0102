"""Reads of practices: what a user may see, lists with facet counts, related practices."""

from collections import Counter

from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from citypeers.accounts.rules import is_signed_in
from citypeers.core.hits import Found, Hit
from citypeers.core.rich_text import plain_text
from citypeers.core.text import fold
from citypeers.core.themes import theme_label, themes_named
from citypeers.events.models import Event
from citypeers.events.selectors import with_list_relations
from citypeers.network.models import Municipality
from citypeers.network.rules import municipality_officers
from citypeers.practices.engine import text as search_text
from citypeers.practices.engine.text import deaccent
from citypeers.practices.enums import PracticeSort, PracticeStatus
from citypeers.practices.models import THEME_SLUGS, Practice
from citypeers.practices.rules import practice_readers
from citypeers.practices.search import MAX_LIMIT, SearchFilters, SearchResult, search
from citypeers.practices.vectors import practice_vectors

LIST_FIELDS = ("municipality__country", "organisation")
SORTS = {
    PracticeSort.NEWEST: ("-updated_at", "pk"),
    PracticeSort.NAME: ("name", "pk"),
    PracticeSort.START_YEAR: (F("start_year").desc(nulls_last=True), "name", "pk"),
}


def practices_visible_to(user) -> QuerySet[Practice]:
    """Every practice but drafts, and the drafts ``user`` may edit (``practice_readers``)."""
    return practice_readers.queryset(user)


def statuses_visible_to(user) -> tuple[str, ...]:
    """The statuses a user may ask the list for (a signed-in user may have drafts)."""
    if is_signed_in(user):
        return tuple(PracticeStatus.values)
    return (PracticeStatus.PUBLISHED, PracticeStatus.ARCHIVED)


def practices_for_page(user) -> QuerySet[Practice]:
    """The practices ``user`` may see, with everything a practice page shows.

    The practices it cites and those that cite it are narrowed by the same rule, so a
    draft's name never shows through another practice's page.
    """
    cited = practices_visible_to(user).select_related("municipality").order_by("name", "pk")
    return (
        practices_visible_to(user)
        .select_related("municipality__country", "organisation__country", "contact", "created_by")
        .prefetch_related(
            "partners",
            Prefetch("inspired_by", queryset=cited),
            Prefetch("inspired", queryset=cited.all()),
            Prefetch(
                "presented_at", queryset=with_list_relations(Event.objects.order_by("starts_at"))
            ),
        )
    )


def citations_hidden_from(user, practice: Practice) -> list[Practice]:
    """The practices ``practice`` cites that ``user`` may not see (others' drafts)."""
    hidden = Practice.objects.filter(inspired__pk=practice.pk).exclude(
        pk__in=practices_visible_to(user).values("pk")
    )
    return list(hidden)


def municipalities_to_file_under(user) -> QuerySet[Municipality]:
    """The municipalities ``user`` may file a practice under (``rules.may_file_under``):
    members the ones they work for, coordinators any in the directory."""
    return municipality_officers.queryset(user).order_by("name")


def practice_list(user, *, filters: SearchFilters, sort: str) -> QuerySet[Practice]:
    """The practices a user may see that pass the filters, sorted (no query words)."""
    practices = filters.apply(practices_visible_to(user)).select_related(*LIST_FIELDS)
    return practices.order_by(*SORTS.get(sort, SORTS[PracticeSort.NEWEST]))


def practices_found(
    user, *, query: str, filters: SearchFilters, sort: str
) -> tuple[list[SearchResult] | None, QuerySet[Practice] | list[SearchResult]]:
    """The practice list as the site shows it: (search results, rows to page).

    With words sorted by relevance the rows are the search's results, best first (each
    with why it matched); with words and another sort, the practices the search finds,
    in that sort; without words, the filtered list. The results are None unless ranked.
    """
    if query and sort == PracticeSort.RELEVANCE:
        results = search(query, filters=filters, limit=MAX_LIMIT, within=practices_visible_to(user))
        return results, results
    practices = practice_list(user, filters=filters, sort=sort)
    if query:
        ids = [r.practice.pk for r in search(query, filters=filters, limit=MAX_LIMIT)]
        practices = practices.filter(pk__in=ids)
    return None, practices


def facet_counts(practices) -> dict[str, dict]:
    """How many practices of a list have each theme, country and status.

    ``practices`` is a queryset (counted in the database, one query per facet) or a list
    of search results' practices (counted in Python).
    """
    if isinstance(practices, QuerySet):
        practices = practices.order_by()
        themes = _theme_counts(practices)
        countries = dict(
            practices.values_list("municipality__country_id")
            .annotate(n=Count("pk", distinct=True))
            .values_list("municipality__country_id", "n")
        )
        statuses = dict(
            practices.values_list("status")
            .annotate(n=Count("pk", distinct=True))
            .values_list("status", "n")
        )
    else:
        themes = Counter(t for p in practices for t in p.themes)
        countries = Counter(p.municipality.country_id for p in practices if p.municipality)
        statuses = Counter(p.status for p in practices)
    return {
        "themes": {slug: n for slug, n in themes.items() if n},
        "countries": {code: n for code, n in countries.items() if code and n},
        "statuses": dict(statuses),
    }


def _theme_counts(practices: QuerySet) -> dict[str, int]:
    annotations = {f"_t{i}": F("theme_bits").bitand(1 << i) for i in range(len(THEME_SLUGS))}
    counts = practices.alias(**annotations).aggregate(
        **{
            slug: Count("pk", filter=Q(**{f"_t{i}__gt": 0}), distinct=True)
            for i, slug in enumerate(THEME_SLUGS)
        }
    )
    return counts


def municipality_practices(municipality, user) -> QuerySet[Practice]:
    """The practices a municipality runs, as the visitor of its page may see them."""
    return (
        practices_visible_to(user)
        .filter(municipality=municipality)
        .order_by("status", "name")
        .only("pk", "name", "name_en", "language", "status", "themes", "summary", "municipality_id")
    )


def related_practices(practice: Practice, *, limit: int = 5) -> list[Practice]:
    """Published practices nearest in meaning to this one (none if it has no vector yet)."""
    vectors = practice_vectors()
    vectors.refresh()
    if practice.pk not in vectors.index:
        return []
    row = vectors.index.row(practice.pk)
    mask = SearchFilters().mask(vectors)
    mask[row] = False
    nearest = vectors.nearest(vectors.index.matrix[row], k=limit, mask=mask)
    ids = [pk for pk, _score in nearest]
    found = Practice.objects.filter(pk__in=ids, status=PracticeStatus.PUBLISHED).select_related(
        *LIST_FIELDS
    )
    by_pk = {p.pk: p for p in found}
    return [by_pk[pk] for pk in ids if pk in by_pk]


def practices_named(names: list[str]) -> dict[str, Practice]:
    """The library's practices by any of ``names``, keyed by the folded name they matched.

    A practice matches when its name or its English name folds (case, accents and
    punctuation aside) to the same words as one of ``names``; each name's longest word
    narrows the rows first.
    """
    wanted = {fold(name) for name in names} - {""}
    if not wanted:
        return {}
    query = Q()
    for key in wanted:
        query |= Q(search_names__contains=deaccent(max(key.split(), key=len)))
    found: dict[str, Practice] = {}
    for practice in Practice.objects.filter(query).select_related("municipality").order_by("pk"):
        for key in {fold(practice.name), fold(practice.name_en)} & set(wanted):
            found.setdefault(key, practice)
    return found


def practices_presented_at(event, user) -> dict[str, Practice]:
    """The practices presented at ``event`` that ``user`` may see, by each folded name,
    so the event page links a presentation to the practice it names (one query)."""
    found: dict[str, Practice] = {}
    for practice in practices_visible_to(user).filter(presented_at=event).order_by("pk"):
        for key in (fold(practice.name), fold(practice.name_en)):
            if key:
                found.setdefault(key, practice)
    return found


def practice_hits(user, query: str, *, limit: int) -> Found:
    """The site search's practices: the one practices ``search()`` (full text and meaning)
    over the published practices ``user`` may see, each with the field that matched.

    The total counts up to ``MAX_LIMIT`` results (``at_least`` past it), as the practices
    page does; a constant number of queries.
    """
    results = search(query, limit=MAX_LIMIT, within=practices_visible_to(user))
    hits = [_practice_hit(result, query) for result in results[:limit]]
    return Found(hits, len(results), at_least=len(results) == MAX_LIMIT)


def _practice_hit(result: SearchResult, query: str) -> Hit:
    """Why the search found a practice: the first of its fields with a word of the query
    (name, summary), a theme the query names, else the rest of its text or its meaning."""
    practice = result.practice
    title, detail = practice.name, str(practice.runner) if practice.runner else ""
    tokens = search_text.query_words(query)
    fields = [
        ("name", _("name"), practice.name),
        ("name", _("name"), practice.name_en),
        ("summary", _("summary"), practice.summary),
    ]
    for field, label, text in fields:
        if text and search_text.highlight_terms(
            text, tokens, query_language=None, text_language=practice.language
        ):
            return Hit(practice, title, field, label, text, detail)
    themes = [slug for slug in themes_named(query) if slug in practice.themes]
    if themes:
        label = theme_label(themes[0])
        # Translators: why a search found a practice: one of its themes.
        why = _("theme: %(theme)s") % {"theme": label}
        return Hit(practice, title, "theme", why, label, detail)
    if "text" in result.why:
        description = plain_text(practice.description)
        return Hit(practice, title, "description", _("description"), description, detail)
    return Hit(practice, title, "meaning", _("similar meaning"), practice.summary, detail)
