from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from citypeers.accounts.views import set_language
from citypeers.core.views import bad_request, healthz

# The other error pages are Django's views with our 403/404/500/403_csrf templates.
handler400 = bad_request

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("api/", include("citypeers.api.urls")),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("accounts/", include("citypeers.accounts.urls")),
    path("api-tokens/", include("citypeers.api.token_urls")),
    path("network/", include("citypeers.network.urls")),
    path("events/", include("citypeers.events.urls")),
    path("practices/", include("citypeers.practices.urls")),
    path("documents/", include("citypeers.documents.urls")),
    path("archive/", include("citypeers.archive.urls")),
    path("exchanges/", include("citypeers.matching.urls")),
    path("search/", include("citypeers.search.urls")),
    path("", include("citypeers.core.urls")),
    path("", include("citypeers.insights.urls")),
)
