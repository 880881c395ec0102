import math

from babel.numbers import format_percent
from django.core.exceptions import SuspiciousOperation
from django.http import HttpResponse, QueryDict
from django.utils import translation
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from citypeers.core.languages import language_shares


class AboutView(TemplateView):
    template_name = "core/about.html"

    def get_context_data(self, **kwargs):
        """Each language of the site with the share of the interface translated into it."""
        locale = translation.to_locale(translation.get_language())
        # Rounded down: a language with a string left to translate never reads 100%.
        shares = [
            (code, name, format_percent(math.floor(share * 100) / 100, locale=locale))
            for code, name, share in language_shares()
        ]
        return super().get_context_data(**kwargs) | {"language_shares": shares}


@never_cache
@require_GET
def healthz(request):
    """ "ok" from a worker that answers, without touching the database or the session.

    For load balancers and process supervisors (is this worker alive?), and the
    baseline of the load figures in ``make bench`` (bench/load.py).
    """
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


def bad_request(request, exception):
    """Django's 400 page (our 400.html), which renders even when the query string itself
    was what was refused (too many parameters): the page then sees an empty one."""
    try:
        request.GET  # noqa: B018 (parsing is what may fail)
    except SuspiciousOperation:
        request.GET = QueryDict()
    return defaults.bad_request(request, exception)
