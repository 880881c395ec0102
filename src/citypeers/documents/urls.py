from django.urls import path

from citypeers.documents import views

app_name = "documents"

urlpatterns = [
    path("", views.document_list, name="list"),
    path("<int:pk>/", views.document_detail, name="detail"),
    path("<int:pk>/download/", views.document_download, name="download"),
    path("<int:pk>/downloads/", views.document_downloads, name="downloads"),
    path("<int:pk>/delete/", views.document_delete, name="delete"),
    path("events/<int:event_pk>/attach/", views.attach_to_event, name="attach_to_event"),
    path(
        "practices/<int:practice_pk>/attach/", views.attach_to_practice, name="attach_to_practice"
    ),
]
