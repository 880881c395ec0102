from django.urls import path

from citypeers.api import views

app_name = "tokens"

urlpatterns = [
    path("", views.token_list, name="list"),
    path("new/", views.token_create, name="create"),
    path("<int:pk>/revoke/", views.token_revoke, name="revoke"),
]
