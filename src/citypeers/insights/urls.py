from django.urls import path

from citypeers.insights import views

app_name = "insights"

urlpatterns = [
    path("", views.home, name="home"),
    path("insights/", views.dashboard, name="dashboard"),
    path("insights/report/", views.report, name="report"),
    path("insights/export/<slug:indicator>.csv", views.export_csv, name="export_csv"),
    path("insights/export/<slug:indicator>.json", views.export_json, name="export_json"),
]
