from django.urls import path

from citypeers.matching.views import home, preferences, rounds, suggestions

app_name = "matching"

urlpatterns = [
    path("my/", home.my_city, name="my_city"),
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
    path("rounds/", rounds.round_list, name="rounds"),
    path("rounds/new/", rounds.round_create, name="round_create"),
    path("rounds/<int:pk>/", rounds.round_detail, name="round"),
    path("rounds/<int:pk>/progress/", rounds.round_progress, name="round_progress"),
    path("rounds/<int:pk>/swap/", rounds.round_swap, name="round_swap"),
    path("rounds/<int:pk>/remove/", rounds.round_remove, name="round_remove"),
    path("rounds/<int:pk>/confirm/", rounds.round_confirm, name="round_confirm"),
    path("rounds/<int:pk>/recompute/", rounds.round_recompute, name="round_recompute"),
]
