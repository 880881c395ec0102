from django.urls import path

from citypeers.events import feeds, views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path("new/", views.event_create, name="create"),
    path("zones.json", views.zones_of_municipalities, name="zones"),
    path("export.csv", views.event_export_csv, name="export_csv"),
    path("export.xlsx", views.event_export_xlsx, name="export_xlsx"),
    path("calendar.ics", views.calendar_all, name="calendar"),
    path(
        "calendar/municipality/<int:pk>.ics",
        views.calendar_municipality,
        name="calendar_municipality",
    ),
    path("calendar/theme/<slug:theme>.ics", views.calendar_theme, name="calendar_theme"),
    path("reports.atom", feeds.ReportFeed(), name="reports_feed"),
    path(
        "series/<int:pk>/translations/",
        views.series_translations,
        name="series_translations",
    ),
    path("<int:pk>/", views.event_detail, name="detail"),
    path("<int:pk>.ics", views.event_ics, name="ics"),
    path("<int:pk>/edit/", views.event_edit, name="edit"),
    path("<int:pk>/conclude/", views.event_conclude, name="conclude"),
    path("<int:pk>/cancel/", views.event_cancel, name="cancel"),
    path("<int:pk>/sessions/new/", views.session_add, name="session_add"),
    path("<int:pk>/people/new/", views.person_add, name="person_add"),
    path("<int:pk>/presentations/new/", views.presentation_add, name="presentation_add"),
    path("<int:pk>/follow-ups/new/", views.follow_up_add, name="follow_up_add"),
    path("<slug:part>/<int:pk>/remove/", views.part_remove, name="part_remove"),
    path("follow-ups/<int:pk>/edit/", views.follow_up_edit, name="follow_up_edit"),
    path("follow-ups/<int:pk>/progress/", views.follow_up_progress, name="follow_up_progress"),
]
