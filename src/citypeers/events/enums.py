"""Choices of the events app, with lazy-translated labels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventKind(models.TextChoices):
    PEER_EXCHANGE = "peer_exchange", _("Peer exchange")
    CONSULTATION = "consultation", _("Consultation")
    WORKSHOP = "workshop", pgettext_lazy("event kind", "Workshop")
    WEBINAR = "webinar", _("Webinar")
    TRAINING = "training", _("Training")
    STUDY_VISIT = "study_visit", _("Study visit")
    OTHER = "other", pgettext_lazy("event kind", "Other")


class EventFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid")


class EventStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    CONCLUDED = "concluded", _("Concluded")
    CANCELLED = "cancelled", _("Cancelled")


class SessionKind(models.TextChoices):
    OPENING = "opening", _("Opening")
    PANEL = "panel", _("Panel")
    WORKSHOP = "workshop", pgettext_lazy("session kind", "Workshop")
    PLENARY = "plenary", _("Plenary")
    CLOSING = "closing", _("Closing")
    OTHER = "other", pgettext_lazy("session kind", "Other")


class ParticipantRole(models.TextChoices):
    """The part a municipality or an organisation plays in an event."""

    PARTICIPANT = "participant", _("Participant")
    HOST = "host", _("Host")
    ORGANISER = "organiser", _("Organiser")
    FUNDER = "funder", _("Funder")


class PersonEventRole(models.TextChoices):
    """The part a person plays in one event (not their job title)."""

    SPEAKER = "speaker", _("Speaker")
    MODERATOR = "moderator", _("Moderator")
    DELEGATE = "delegate", _("Delegate")
    ORGANISER = "organiser", pgettext_lazy("person in an event", "Organiser")


class GrammaticalGender(models.TextChoices):
    """Ordinals agree with the noun in some languages: "8° scambio", "8ª consultazione",
    "8η ανταλλαγή", "al 8-lea schimb", "a 8-a consultare"."""

    MASCULINE = "m", _("Masculine")
    FEMININE = "f", _("Feminine")
    NEUTER = "n", _("Neuter")
