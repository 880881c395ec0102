from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class OrganisationKind(models.TextChoices):
    INTERNATIONAL = "international_organization", _("International organisation")
    EU_INSTITUTION = "eu_institution", _("EU institution")
    NATIONAL_AUTHORITY = "national_authority", _("National authority")
    REGIONAL_AUTHORITY = "regional_authority", _("Regional authority")
    ACADEMIA = "academia", _("Academia")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    OTHER = "other", _("Other")


class UnitKind(models.TextChoices):
    DIRECTORATE = "directorate", _("Directorate")
    DEPARTMENT = "department", _("Department")
    SERVICE = "service", _("Service")
    OFFICE = "office", _("Office")
    AGENCY = "agency", _("Agency")
    TEAM = "team", _("Team")
    OTHER = "other", pgettext_lazy("unit kind", "Other")
