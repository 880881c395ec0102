from django.urls import path

from citypeers.matching.views import preferences, suggestions

app_name = "matching"

urlpatterns = [
    # suggestions
    path(
        "municipalities/<int:pk>/peers/",
        suggestions.suggestions,
        name="suggestions",
    ),
    path(
        "municipalities/<int:pk>/preferences/",
        preferences.preferences_edit,
        name="preferences",
    ),
    # requests
    # rounds
]
