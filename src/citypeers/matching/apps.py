from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "citypeers.matching"
    verbose_name = _("Matching")

    def ready(self):
        from citypeers.matching import checks  # noqa: F401 (registers the settings checks)
