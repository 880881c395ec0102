from django.shortcuts import render
from django.views.decorators.http import require_GET

from citypeers.practices.search import InvalidSearch
from citypeers.search.selectors import KINDS, LIMIT_PER_KIND, MAX_LIMIT_PER_KIND, search


@require_GET
def search_results(request):
    """Everything the user may see that matches ``q``, grouped by kind; ``kind`` shows
    more of one kind. Without ``q``, what to type; a query that cannot be searched (empty,
    too long, punctuation only) is answered with why, as a 400."""
    raw = request.GET.get("q", "")
    kind = request.GET.get("kind", "")
    limit = MAX_LIMIT_PER_KIND if kind else LIMIT_PER_KIND
    context = {"query": raw.strip(), "kind": kind, "results": None, "error": None}
    status = 200
    if "q" in request.GET or kind:
        try:
            context["results"] = search(
                request.user, raw, kinds=[kind] if kind else None, limit_per_kind=limit
            )
        except InvalidSearch as invalid:
            context["error"], status = str(invalid), 400
    context["kinds"] = KINDS
    return render(request, "search/results.html", context, status=status)
