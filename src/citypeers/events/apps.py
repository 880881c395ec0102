from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate

from citypeers.events.fulltext import ensure_fulltext_schema


def _ensure_fulltext_schema(sender, using, **kwargs):
    ensure_fulltext_schema(connections[using])


class EventsConfig(AppConfig):
    name = "citypeers.events"
    label = "events"

    def ready(self):
        # The text index lives outside Django's models (an FTS5 table with triggers, or
        # trigram indexes on PostgreSQL); it is (re)created after every migrate.
        post_migrate.connect(_ensure_fulltext_schema, sender=self)
