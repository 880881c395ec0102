from django.urls import path  # noqa: F401 (each capability adds its pages below)

app_name = "matching"

urlpatterns = [
    # suggestions
    # requests
    # rounds
]
