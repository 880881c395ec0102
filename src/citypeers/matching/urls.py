from django.urls import path

from citypeers.matching.views import home, preferences, requests, rounds, suggestions

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
    path("requests/", requests.request_list, name="requests"),
    path("requests/new/", requests.request_create, name="request_create"),
    path("requests/<int:pk>/", requests.request_detail, name="request"),
    path("requests/<int:pk>/invite/", requests.request_invite, name="request_invite"),
    path("requests/<int:pk>/answer/", requests.request_answer, name="request_answer"),
    path("requests/<int:pk>/withdraw/", requests.request_withdraw, name="request_withdraw"),
    path("requests/<int:pk>/undo/", requests.request_undo, name="request_undo"),
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
