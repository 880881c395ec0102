from django.db import models
from django.utils.translation import gettext_lazy as _


class PracticeStatus(models.TextChoices):
    """Drafts are seen by their authors and coordinators only; the rest by everyone."""

    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


#: The button that moves a practice to each status.
STATUS_ACTIONS = {
    PracticeStatus.PUBLISHED: _("Publish"),
    PracticeStatus.ARCHIVED: _("Archive"),
    PracticeStatus.DRAFT: _("Back to draft"),
}


class TargetGroup(models.TextChoices):
    NEWCOMERS = "newcomers", _("Newcomers")
    REFUGEES = "refugees", _("Refugees and asylum seekers")
    UNACCOMPANIED_MINORS = "unaccompanied_minors", _("Unaccompanied minors")
    WOMEN = "women", _("Women")
    YOUNG_PEOPLE = "young_people", _("Young people")
    CHILDREN = "children", _("Children")
    FAMILIES = "families", _("Families")
    WORKERS = "workers", _("Migrant workers")
    EMPLOYERS = "employers", _("Employers")
    PROFESSIONALS = "professionals", _("Public service staff")
    HOST_COMMUNITY = "host_community", _("The host community")


class PracticeLanguage(models.TextChoices):
    """The programme's eight languages; imports may bring any ISO 639-1 code."""

    ENGLISH = "en", _("English")
    ITALIAN = "it", _("Italian")
    SPANISH = "es", _("Spanish")
    GERMAN = "de", _("German")
    GREEK = "el", _("Greek")
    POLISH = "pl", _("Polish")
    ROMANIAN = "ro", _("Romanian")
    MALTESE = "mt", _("Maltese")


class PracticeSort(models.TextChoices):
    RELEVANCE = "relevance", _("Relevance")
    NEWEST = "newest", _("Recently updated")
    NAME = "name", _("Name")
    START_YEAR = "start_year", _("Start year")
