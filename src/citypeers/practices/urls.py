from django.urls import path

from citypeers.practices import views

app_name = "practices"

urlpatterns = [
    path("", views.practice_list, name="list"),
    path("new/", views.practice_create, name="create"),
    path("<int:pk>/", views.practice_detail, name="detail"),
    path("<int:pk>/edit/", views.practice_edit, name="edit"),
    path("<int:pk>/status/", views.practice_status, name="status"),
    path("<int:pk>/history/", views.practice_history, name="history"),
]
