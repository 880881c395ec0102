from django.conf import settings


def site(request):
    """Values every page needs: the languages for the switcher."""
    return {"site_languages": settings.LANGUAGES}
