"""Which language a request is served in: the URL's, then the signed-in user's setting,
then the browser's (the switcher's cookie, Accept-Language), then English."""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class UserLanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, which sends an address without a language prefix ("/",
    "/events/") to the signed-in user's language when they chose one. Only that redirect
    reads the user, so the prefixed pages and ``/healthz`` cost no session lookup."""

    def process_response(self, request, response):
        if response.status_code == 404 and not translation.get_language_from_path(
            request.path_info
        ):
            user = getattr(request, "user", None)
            if user is not None and user.is_authenticated and user.language:
                translation.activate(user.language)
        return super().process_response(request, response)
