from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "citypeers.matching"
    label = "matching"
