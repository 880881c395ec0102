from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "citypeers.events"
    label = "events"
