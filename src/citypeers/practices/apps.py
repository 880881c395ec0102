from django.apps import AppConfig


class PracticesConfig(AppConfig):
    name = "citypeers.practices"
    label = "practices"
