from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "citypeers.api"
    label = "api"
