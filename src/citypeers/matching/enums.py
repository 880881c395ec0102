from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RequestStatus(models.TextChoices):
    """Where an exchange request stands; open and invited requests are still alive."""

    OPEN = "open", pgettext_lazy("exchange request", "Waiting for the coordinator")
    INVITED = "invited", pgettext_lazy("exchange request", "Invitation sent")
    ACCEPTED = "accepted", pgettext_lazy("exchange request", "Accepted")
    DECLINED = "declined", pgettext_lazy("exchange request", "Declined")
    WITHDRAWN = "withdrawn", pgettext_lazy("exchange request", "Withdrawn")


LIVE_REQUEST_STATUSES = (RequestStatus.OPEN, RequestStatus.INVITED)


class RoundStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("matching round", "Draft")
    COMPUTING = "computing", pgettext_lazy("matching round", "Computing")
    READY = "ready", pgettext_lazy("matching round", "Ready for review")
    CONFIRMED = "confirmed", pgettext_lazy("matching round", "Confirmed")
    FAILED = "failed", pgettext_lazy("matching round", "Failed")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")
