"""The Insights page's indicators, through the API: the same figures, filters and rights."""

from typing import Any
from urllib.parse import urlencode

from django.http import Http404
from django.urls import reverse
from django.utils import translation
from ninja import Query, Router, Schema
from pydantic import Field

from citypeers.accounts.access import require
from citypeers.api.access import viewer
from citypeers.api.listing import InvalidParameter, Language, absolute, api_address
from citypeers.api.schemas import INPUT_ERRORS, LOOKUP_ERRORS
from citypeers.insights.forms import InsightsFilterForm
from citypeers.insights.indicators import INDICATORS, indicators_for

router = Router(tags=["insights"])


class IndicatorQuery(Schema):
    programme: str = Field("", description="A programme's id.")
    start: str = Field("", description="The first day (YYYY-MM-DD).")
    end: str = Field("", description="The last day (YYYY-MM-DD).")
    country: str = Field("", description="A country code.")
    theme: str = Field("", description="A theme's slug.")
    language: Language = "en"


class ColumnOut(Schema):
    key: str
    label: str


class IndicatorOut(Schema):
    key: str
    title: str
    description: str
    columns: list[ColumnOut]
    api_url: str


def described(request, indicator) -> dict:
    """What an indicator is, in the active language."""
    return {
        "key": indicator.key,
        "title": str(indicator.title),
        "description": str(indicator.description),
        "columns": [{"key": c.key, "label": str(c.label)} for c in indicator.columns],
        "api_url": api_address(request, "get_indicator", key=indicator.key),
    }


class FiguresOut(IndicatorOut):
    """An indicator's rows under the filters asked for; a coded value (a kind, a theme)
    comes with how it reads (``<column>_label``), as in the page's JSON export."""

    filters: dict[str, str]
    rows: list[dict[str, Any]]
    url: str = Field(description="The Insights page with these filters.")


def _language(code: str) -> str:
    return code if code in {"en", "it"} else "en"


@router.get("/indicators", response={200: list[IndicatorOut], **INPUT_ERRORS})
def list_indicators(request, language: Language = "en"):
    """The indicators of the Insights page the reader may see (some are for coordinators)."""
    with translation.override(_language(language)):
        return [described(request, indicator) for indicator in indicators_for(viewer(request))]


@router.get("/indicators/{key}", response={200: FiguresOut, **LOOKUP_ERRORS})
def get_indicator(request, key: str, query: Query[IndicatorQuery]):
    """An indicator's figures, with the Insights page's filters (programme, period,
    country, theme); a bad filter is a 400 that names it."""
    indicator = INDICATORS.get(key)
    if indicator is None:
        raise Http404
    user = viewer(request)
    if indicator.permission:
        require(user, indicator.permission)
    raw = query.dict()
    language = _language(raw.pop("language"))
    with translation.override(language):
        form = InsightsFilterForm({name: value for name, value in raw.items() if value})
        if not form.is_valid():
            problem = form.problems()[0]
            raise InvalidParameter(problem["field"], problem["detail"])
        filters = form.filters()
        rows = indicator.records(indicator.rows(filters, user))
        about = described(request, indicator)
    page = reverse("insights:dashboard")
    query_string = urlencode(filters.as_query())
    return {
        **about,
        "filters": filters.as_query(),
        "rows": rows,
        "url": absolute(request, f"{page}?{query_string}" if query_string else page),
    }
