from django.urls import path

from citypeers.network import views

app_name = "network"

urlpatterns = [
    path("", views.municipality_list, name="municipalities"),
    path("municipalities/<int:pk>/", views.municipality_detail, name="municipality"),
    path("municipalities/<int:pk>/profile/", views.profile_edit, name="profile_edit"),
    path("municipalities/<int:pk>/profile/history/", views.profile_history, name="profile_history"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation"),
    path("people/<int:pk>/", views.person_detail, name="person"),
]
