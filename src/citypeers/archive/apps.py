from django.apps import AppConfig


class ArchiveConfig(AppConfig):
    name = "citypeers.archive"
    label = "archive"
