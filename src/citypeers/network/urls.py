from django.urls import path

from citypeers.network import views

app_name = "network"

urlpatterns = [
    path("", views.municipality_list, name="municipalities"),
    path("municipalities/<int:pk>/", views.municipality_detail, name="municipality"),
    path("municipalities/<int:pk>/profile/", views.profile_edit, name="profile_edit"),
    path("municipalities/<int:pk>/profile/history/", views.profile_history, name="profile_history"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation"),
    path(
        "organisations/<int:pk>/translations/",
        views.organisation_translations,
        name="organisation_translations",
    ),
    path(
        "programmes/<int:pk>/translations/",
        views.programme_translations,
        name="programme_translations",
    ),
    path("people/<int:pk>/", views.person_detail, name="person"),
    # Suggestions of the directory's pickers (network.pickers), as JSON.
    path(
        "directory/country.json",
        views.directory_suggestions,
        {"kind": "country"},
        name="directory_countries",
    ),
    path(
        "directory/municipality.json",
        views.directory_suggestions,
        {"kind": "municipality"},
        name="directory_municipalities",
    ),
    path(
        "directory/organisation.json",
        views.directory_suggestions,
        {"kind": "organisation"},
        name="directory_organisations",
    ),
    path(
        "directory/person.json",
        views.directory_suggestions,
        {"kind": "person"},
        name="directory_people",
    ),
]
