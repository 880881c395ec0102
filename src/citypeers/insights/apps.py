from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "citypeers.insights"
    label = "insights"
