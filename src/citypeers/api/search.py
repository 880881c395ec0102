"""The site's one search box, through the API: what the reader may see, grouped by kind."""

from django.utils import translation
from ninja import Query, Router, Schema
from pydantic import Field

from citypeers.api.access import viewer
from citypeers.api.listing import InvalidParameter, Language, absolute
from citypeers.api.schemas import INPUT_ERRORS, api_url
from citypeers.practices.search import InvalidSearch
from citypeers.search import selectors

router = Router(tags=["search"])


class SearchQuery(Schema):
    q: str = Field(
        "", max_length=selectors.MAX_QUERY_CHARS, description="Words to look for (required)."
    )
    kind: list[str] = Field(
        [],
        description=f"Kinds to search (repeatable; all by default): {', '.join(selectors.KINDS)}.",
    )
    limit: int = Field(
        selectors.LIMIT_PER_KIND,
        ge=1,
        le=selectors.MAX_LIMIT_PER_KIND,
        description="Results per kind.",
    )
    language: Language = "en"


class ResultOut(Schema):
    """One object found: ``field`` names what matched, ``why`` says it in words."""

    title: str
    detail: str
    field: str
    why: str
    snippet: str = Field(description="HTML: the matched words in <mark>, the rest escaped.")
    url: str
    api_url: str

    @staticmethod
    def resolve_url(result, context) -> str:
        return absolute(context["request"], result.url)

    @staticmethod
    def resolve_api_url(result, context) -> str:
        return api_url(result.obj, context)


class GroupOut(Schema):
    kind: str
    label: str
    total: int
    at_least: bool = Field(description="Whether the total is a floor (the count stopped).")
    results: list[ResultOut]


class SearchOut(Schema):
    query: str
    total: int
    groups: list[GroupOut]


@router.get("/search", response={200: SearchOut, **INPUT_ERRORS})
def search(request, query: Query[SearchQuery]):
    """Everything the reader may see that matches `q`, as the site's search box finds it:
    municipalities (any name), practices (the practices search), events, organisations,
    people (members only) and documents, each group with its first `limit` results, its
    total, and why each matched (in `language`: en, it)."""
    language = query.language if query.language in {"en", "it"} else "en"
    with translation.override(language):
        try:
            selectors.clean_query(query.q)
        except InvalidSearch as invalid:
            raise InvalidParameter("q", str(invalid)) from None
        try:
            return selectors.search(
                viewer(request), query.q, kinds=query.kind or None, limit_per_kind=query.limit
            )
        except InvalidSearch as invalid:  # the query is good: a kind is not
            raise InvalidParameter("kind", str(invalid)) from None
