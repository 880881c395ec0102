from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "citypeers.search"
    label = "search"
