from django.urls import path

from citypeers.core import views

app_name = "core"

urlpatterns = [
    path("about/", views.AboutView.as_view(), name="about"),
]
