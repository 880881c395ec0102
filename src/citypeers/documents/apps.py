from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "citypeers.documents"
    label = "documents"
