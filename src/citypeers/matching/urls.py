from django.urls import path

from citypeers.matching.views import requests

app_name = "matching"

urlpatterns = [
    # suggestions
    # requests
    path("requests/", requests.request_list, name="requests"),
    path("requests/new/", requests.request_create, name="request_create"),
    path("requests/<int:pk>/", requests.request_detail, name="request"),
    path("requests/<int:pk>/invite/", requests.request_invite, name="request_invite"),
    path("requests/<int:pk>/answer/", requests.request_answer, name="request_answer"),
    path("requests/<int:pk>/withdraw/", requests.request_withdraw, name="request_withdraw"),
    path("requests/<int:pk>/undo/", requests.request_undo, name="request_undo"),
    # rounds
]
