"""The controlled vocabulary of integration themes (slugs from ``themes.json``).

Labels are written here as literals so that gettext extracts them; a test checks that
the slugs stay identical to the bundled ``themes.json`` contract.
"""

import json
from functools import cache
from pathlib import Path

from django.db import models
from django.utils.translation import gettext_lazy as _

from citypeers.core.text import fold

THEMES_FILE = Path(__file__).with_name("themes.json")


class Theme(models.TextChoices):
    RECEPTION = "reception", _("Reception and first assistance")
    HOUSING = "housing", _("Housing")
    EMPLOYMENT = "employment", _("Employment and labour market")
    EDUCATION = "education", _("Education and training")
    LANGUAGE = "language", _("Language learning")
    HEALTH = "health", _("Health and social care")
    LEGAL = "legal", _("Legal support and documentation")
    CHILDREN_FAMILIES = "children_families", _("Children, youth and families")
    INCLUSION = "inclusion", _("Social inclusion and participation")
    INTERCULTURAL = "intercultural", _("Intercultural dialogue and culture")
    ANTI_DISCRIMINATION = "anti_discrimination", _("Anti-racism and anti-discrimination")
    COMMUNICATION = "communication", _("Communication and media")
    CIVIL_SOCIETY = "civil_society", _("Partnerships with civil society, business and academia")
    GOVERNANCE = "governance", _("Governance and multilevel coordination")
    DATA = "data", _("Data and monitoring")
    CRISIS_RESPONSE = "crisis_response", _("Crisis and emergency response")


@cache
def theme_definitions() -> tuple[dict, ...]:
    """The themes as the contract file defines them (slug, en, it, covers)."""
    return tuple(json.loads(THEMES_FILE.read_text(encoding="utf-8"))["themes"])


def theme_label(slug: str) -> str:
    """The label of a theme in the active language; the slug itself if unknown."""
    try:
        return Theme(slug).label
    except ValueError:
        return slug


def themes_named(query: str) -> list[str]:
    """Slugs of the themes one of whose labels (English, Italian, the active language)
    has words starting as the query's words do, accents and case aside: "housing" and
    "abitare" find housing, "labour market" employment."""
    wanted = fold(query)
    if not wanted:
        return []
    found = []
    for theme in Theme:
        labels = [str(theme.label), *_contract_labels().get(theme.value, ())]
        if any(f" {wanted}" in f" {fold(label)}" for label in labels):
            found.append(theme.value)
    return found


@cache
def _contract_labels() -> dict[str, tuple[str, ...]]:
    return {t["slug"]: (t["en"], t["it"]) for t in theme_definitions()}
