import csv
import json
from urllib.parse import urlencode

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from citypeers.accounts.access import require
from citypeers.insights import geography, selectors
from citypeers.insights.forms import InsightsFilterForm
from citypeers.insights.indicators import INDICATORS, indicators_for


def home(request):
    return render(
        request,
        "insights/home.html",
        {
            "numbers": selectors.network_numbers(),
            "activity": selectors.latest_activity(),
            "practices": selectors.latest_practices(),
        },
    )


def _figures(request, form) -> list[dict]:
    """Each indicator the user may see, computed once for its table, chart and links."""
    filters = form.filters()
    figures = []
    for indicator in indicators_for(request.user):
        rows = indicator.rows(filters, request.user)
        figures.append(
            {
                "indicator": indicator,
                "table": indicator.cells(rows),
                "chart": indicator.chart_data(rows),
                "chart_id": f"chart-{indicator.key}",
                "data_id": f"chart-data-{indicator.key}",
            }
        )
    return figures


def _page(request, template: str, *, with_network: bool = False):
    form = InsightsFilterForm(request.GET)
    valid = form.is_valid()
    context = {
        "form": form,
        "figures": _figures(request, form) if valid else [],
        "query_string": urlencode(form.filters().as_query()) if valid else "",
        "described": form.described() if valid else [],
        "generated_at": timezone.now(),
    }
    if valid and with_network:
        context["exchange_network"] = geography.exchange_network(
            request.user, filters=form.filters()
        )
    return render(request, template, context, status=200 if valid else 400)


@require_GET
def dashboard(request):
    """The Insights page: every indicator, then the network graph and the map of exchanges."""
    return _page(request, "insights/dashboard.html", with_network=True)


@require_GET
def report(request):
    """The programme report: every figure with its chart and table, made to be printed."""
    return _page(request, "insights/report.html")


def _indicator(request, key: str):
    indicator = INDICATORS.get(key)
    if indicator is None:
        raise Http404
    if indicator.permission:
        require(request.user, indicator.permission)
    return indicator


def _file_name(indicator, form, extension: str) -> str:
    parts = [f"{name}-{value}" for name, value in form.filters().as_query().items()]
    return "-".join(["citypeers", indicator.key, *parts]) + f".{extension}"


@require_GET
def export_csv(request, indicator: str):
    indicator = _indicator(request, indicator)
    form = InsightsFilterForm(request.GET)
    if not form.is_valid():
        lines = [f"{problem['field']}: {problem['detail']}" for problem in form.problems()]
        return HttpResponse(
            "\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8"
        )
    table = indicator.table(indicator.rows(form.filters(), request.user))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_file_name(indicator, form, "csv")}"'
    response.write("\ufeff")  # spreadsheets then read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(table["header"])
    writer.writerows(table["rows"])
    return response


@require_GET
def export_json(request, indicator: str):
    indicator = _indicator(request, indicator)
    form = InsightsFilterForm(request.GET)
    if not form.is_valid():
        problems = form.problems()
        return JsonResponse({**problems[0], "problems": problems}, status=400)
    rows = indicator.rows(form.filters(), request.user)
    body = {
        "indicator": indicator.key,
        "title": str(indicator.title),
        "filters": form.filters().as_query(),
        "columns": [
            {"key": column.key, "label": str(column.label)} for column in indicator.columns
        ],
        "rows": indicator.records(rows),
    }
    response = HttpResponse(
        json.dumps(body, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{_file_name(indicator, form, "json")}"'
    )
    return response
