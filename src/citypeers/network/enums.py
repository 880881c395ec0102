from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# The 27 member states of the European Union (ISO 3166-1 alpha-2).
EU_COUNTRY_CODES = frozenset(
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    }
)  # fmt: skip


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
