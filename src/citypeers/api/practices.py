"""Good practices, found by the site's one search and listed by the site's own rules."""

from django.utils import translation
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import Field

from citypeers.accounts.access import object_for
from citypeers.api.access import viewer
from citypeers.api.documents import AttachedDocumentOut, attached_documents
from citypeers.api.listing import (
    InvalidParameter,
    Language,
    SearchWords,
    checked_ordering,
    ordering_field,
)
from citypeers.api.pagination import BoundedLimitOffsetPagination
from citypeers.api.schemas import INPUT_ERRORS, LOOKUP_ERRORS, api_url, page_url
from citypeers.practices import selectors
from citypeers.practices.enums import PracticeSort, PracticeStatus
from citypeers.practices.search import InvalidSearch, parse_filters

router = Router(tags=["practices"])

#: The site's sorts: relevance (with words; the default then), newest (the default
#: without), name, start year.
PRACTICE_ORDERINGS = tuple(PracticeSort.values)


class PracticeQuery(Schema):
    q: SearchWords = ""
    theme: str = ""
    country: str = Field("", max_length=2)
    target_group: str = ""
    year_from: int | None = None
    year_to: int | None = None
    status: str = Field(
        "", description="published (default), archived, or draft (drafts one may edit)."
    )
    language: Language = "en"
    ordering: str = ordering_field(
        PRACTICE_ORDERINGS, "relevance with `q` (the search's ranking), newest without"
    )


class NamedOut(Schema):
    id: int
    name: str


class PracticeOut(Schema):
    """A practice; ``matched`` says why a search found it (null without ``q``)."""

    id: int
    name: str
    name_en: str
    language: str
    status: str
    municipality_id: int | None
    organisation_id: int | None
    themes: list[str]
    target_groups: list[str]
    summary: str
    start_year: int | None
    end_year: int | None
    matched: str | None
    url: str
    api_url: str

    @staticmethod
    def resolve_matched(practice) -> str | None:
        return getattr(practice, "search_reason", None)

    resolve_url = staticmethod(page_url)
    resolve_api_url = staticmethod(api_url)


class ContactOut(Schema):
    person_id: int = Field(alias="pk")
    name: str
    email: str
    phone: str


class PracticeDetailOut(PracticeOut):
    """A practice as its page shows it to the reader: the contact person for members
    only, the practices it cites and those citing it that the reader may see."""

    description: str = Field(description="HTML, sanitised when it was saved.")
    funding: str
    results: str
    links: list[str]
    partners: list[NamedOut]
    contact: ContactOut | None
    inspired_by: list[NamedOut]
    inspired: list[NamedOut]
    presented_at: list[int]
    documents: list[AttachedDocumentOut]

    @staticmethod
    def resolve_partners(practice) -> list:
        return [{"id": o.pk, "name": str(o)} for o in practice.partners.all()]

    @staticmethod
    def resolve_contact(practice, context):
        if not viewer(context["request"]).has_perm("practices.see_contact", practice):
            return None
        return practice.contact

    @staticmethod
    def resolve_inspired_by(practice) -> list:
        return list(practice.inspired_by.all())

    @staticmethod
    def resolve_inspired(practice) -> list:
        return list(practice.inspired.all())

    @staticmethod
    def resolve_presented_at(practice) -> list[int]:
        return [event.pk for event in practice.presented_at.all()]

    @staticmethod
    def resolve_documents(practice, context) -> list:
        return attached_documents(practice, viewer(context["request"]))


def _filters(user, query: PracticeQuery):
    """The site's filters from the parameters; what the search refuses is a 400."""
    status = query.status or PracticeStatus.PUBLISHED
    if status not in selectors.statuses_visible_to(user):
        raise InvalidParameter("status", f"Unknown status {status!r}.")
    try:
        return parse_filters(
            {
                "theme": query.theme or None,
                "country": query.country,
                "target_group": query.target_group,
                "year_from": query.year_from,
                "year_to": query.year_to,
                "status": status,
            }
        )
    except InvalidSearch as invalid:
        raise HttpError(400, str(invalid)) from None


@router.get("/practices", response={200: list[PracticeOut], **INPUT_ERRORS})
@paginate(BoundedLimitOffsetPagination)
def list_practices(request, query: Query[PracticeQuery]):
    """Practices the reader may see; `q` runs the site's search (full text and meaning,
    in any language), best first with why each matched; filters and sorts as on the site."""
    user = viewer(request)
    sort = checked_ordering(query.ordering, PRACTICE_ORDERINGS) or (
        PracticeSort.RELEVANCE if query.q.strip() else PracticeSort.NEWEST
    )
    filters = _filters(user, query)
    language = query.language if query.language in {"en", "it"} else "en"
    with translation.override(language):
        results, items = selectors.practices_found(
            user, query=query.q.strip(), filters=filters, sort=sort
        )
        if results is None:
            return items
        for result in results:
            result.practice.search_reason = result.reason
    return [result.practice for result in results]


@router.get("/practices/{practice_id}", response={200: PracticeDetailOut, **LOOKUP_ERRORS})
def get_practice(request, practice_id: int):
    """A practice the reader may see: a draft is for its editors (`401` without
    credentials, `404` for others)."""
    user = viewer(request)
    return object_for(user, selectors.practices_for_page(user), pk=practice_id)
