from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from citypeers.practices.fulltext import ensure_fulltext_schema


def _ensure_fulltext_schema(sender, using, **kwargs):
    ensure_fulltext_schema(connections[using])


class PracticesConfig(AppConfig):
    name = "citypeers.practices"
    label = "practices"
    verbose_name = _("Practices")

    def ready(self):
        # The full-text index lives outside Django's models (an FTS5 table or a tsvector
        # column with triggers); it is (re)created after every migrate.
        post_migrate.connect(_ensure_fulltext_schema, sender=self)
