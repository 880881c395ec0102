from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "citypeers.network"
    label = "network"
