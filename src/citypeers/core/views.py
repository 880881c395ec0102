from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView


class AboutView(TemplateView):
    template_name = "core/about.html"


@never_cache
@require_GET
def healthz(request):
    """ "ok" from a worker that answers, without touching the database or the session.

    For load balancers and process supervisors (is this worker alive?), and the
    baseline of the load figures in ``make bench`` (bench/load.py).
    """
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")
