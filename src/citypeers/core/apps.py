from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "citypeers.core"
    label = "core"

    def ready(self):
        from citypeers.core import checks  # noqa: F401 (registers the deployment checks)
