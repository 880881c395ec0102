from django.urls import path

from citypeers.archive import views

app_name = "archive"

urlpatterns = [
    path("", views.report_list, name="reports"),
    path("upload/", views.upload, name="upload"),
    path("review/", views.review, name="review"),
    path("reports/<int:pk>/", views.report_detail, name="report"),
]
