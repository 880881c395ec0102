"""The site-wide search: every kind of object a user may see, grouped by kind.

Each app finds its own objects (``municipality_hits``, ``practice_hits``, ...: one
selector each, with that app's rules); this module checks the query, asks them, and
turns their hits into results with a link, why they matched (in the page language) and
a snippet. The number of queries is fixed by the kinds asked for, not by what is found.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from citypeers.core.hits import Found
from citypeers.core.text import fold
from citypeers.documents.selectors import document_hits
from citypeers.events.selectors import event_hits
from citypeers.network.rules import people_readers
from citypeers.network.selectors import municipality_hits, organisation_hits, people_hits
from citypeers.practices.search import InvalidSearch
from citypeers.practices.selectors import practice_hits
from citypeers.search.snippets import snippet

KINDS = ("municipalities", "practices", "events", "organisations", "people", "documents")
MAX_QUERY_CHARS = 200
LIMIT_PER_KIND = 5
MAX_LIMIT_PER_KIND = 50


@dataclass(frozen=True)
class Result:
    """One object found: what it is called, where it is, why it was found."""

    obj: object
    title: str
    url: str
    field: str
    why: str
    snippet: SafeString
    detail: str = ""
    #: Whether the snippet shows more than the title and the why already say.
    snippet_adds: bool = True


@dataclass(frozen=True)
class Group:
    """The results of one kind: the first ones, how many in all, where to see more."""

    kind: str
    label: str
    results: list[Result]
    total: int
    at_least: bool
    more_url: str

    @property
    def more(self) -> bool:
        return self.total > len(self.results)


@dataclass(frozen=True)
class SearchResults:
    query: str
    groups: list[Group] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(group.total for group in self.groups)

    @property
    def found(self) -> list[Group]:
        return [group for group in self.groups if group.results]


def clean_query(raw: str | None) -> str:
    """The query as searched (spaces collapsed), or InvalidSearch naming the problem:
    empty, too long, or with no letter or digit to look for."""
    query = " ".join((raw or "").replace("\x00", " ").split())
    if not query:
        raise InvalidSearch(_("Type a word to search for."))
    if len(query) > MAX_QUERY_CHARS:
        raise InvalidSearch(
            ngettext(
                "The search is too long: at most %(max)d character, not %(length)d.",
                "The search is too long: at most %(max)d characters, not %(length)d.",
                MAX_QUERY_CHARS,
            )
            % {"max": MAX_QUERY_CHARS, "length": len(query)}
        )
    if not fold(query):
        raise InvalidSearch(
            _("Type letters or digits to search for: punctuation alone finds nothing.")
        )
    return query


def kinds_visible_to(user) -> tuple[str, ...]:
    """The kinds of objects ``user`` may search: people only for those who may see them."""
    return tuple(kind for kind in KINDS if kind != "people" or people_readers.allows(user))


def search(
    user, q: str | None, *, kinds=None, limit_per_kind: int = LIMIT_PER_KIND
) -> SearchResults:
    """What ``user`` may see that matches ``q``, grouped by kind (in ``KINDS`` order),
    each group with its first ``limit_per_kind`` results and its total.

    Raises InvalidSearch (a message for the user) for a query that cannot be searched or
    an unknown kind. Needs no request: the page and the API call it alike.
    """
    query = clean_query(q)
    wanted = _kinds(kinds)
    limit = max(1, min(int(limit_per_kind), MAX_LIMIT_PER_KIND))
    groups = []
    for kind in kinds_visible_to(user):
        if kind in wanted:
            found = _find(kind, user, query, limit)
            groups.append(_group(kind, found, query, more_url=_more_url(kind, query)))
    return SearchResults(query, groups)


def _kinds(kinds) -> set[str]:
    if not kinds:
        return set(KINDS)
    kinds = {kinds} if isinstance(kinds, str) else set(kinds)
    unknown = sorted(kinds - set(KINDS))
    if unknown:
        raise InvalidSearch(
            _("Unknown kind %(kind)r. Known kinds: %(known)s.")
            % {"kind": unknown[0], "known": ", ".join(KINDS)}
        )
    return kinds


def _find(kind: str, user, query: str, limit: int) -> Found:
    if kind == "municipalities":
        return municipality_hits(query, limit=limit)
    if kind == "organisations":
        return organisation_hits(query, limit=limit)
    if kind == "people":
        return people_hits(user, query, limit=limit)
    if kind == "events":
        return event_hits(user, query, limit=limit)
    if kind == "practices":
        return practice_hits(user, query, limit=limit)
    return document_hits(user, query, limit=limit)


def _label(kind: str) -> str:
    return {
        "municipalities": _("Municipalities"),
        "practices": _("Practices"),
        "events": _("Events"),
        "organisations": _("Organisations"),
        "people": _("People"),
        "documents": _("Documents"),
    }[kind]


def _more_url(kind: str, query: str) -> str:
    """Where a group's "more" leads: the list with its own search, where there is one."""
    if kind == "municipalities":
        return f"{reverse('network:municipalities')}?{urlencode({'q': query})}"
    if kind == "practices":
        return f"{reverse('practices:list')}?{urlencode({'q': query})}"
    return f"{reverse('search:results')}?{urlencode({'q': query, 'kind': kind})}"


def _url(kind: str, obj) -> str:
    if kind == "documents":  # its page, rather than the file itself
        return reverse("documents:detail", kwargs={"pk": obj.pk})
    return obj.get_absolute_url()


def _group(kind: str, found: Found, query: str, *, more_url: str) -> Group:
    results = [
        Result(
            obj=hit.obj,
            title=hit.title,
            url=_url(kind, hit.obj),
            field=hit.field,
            why=hit.why,
            snippet=snippet(hit.text, query),
            detail=hit.detail,
            snippet_adds=bool(hit.text) and hit.text != hit.title and hit.text not in hit.why,
        )
        for hit in found.hits
    ]
    return Group(kind, _label(kind), results, found.total, found.at_least, more_url)
