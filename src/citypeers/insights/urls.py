from django.urls import path

from citypeers.insights import views

app_name = "insights"

urlpatterns = [
    path("", views.home, name="home"),
    path("insights/network/", views.exchange_network, name="network"),
]
