from django import template

from citypeers.core.text import fold
from citypeers.core.themes import theme_label
from citypeers.network.models import country_name
from citypeers.practices import selectors
from citypeers.practices.enums import TargetGroup

register = template.Library()


@register.filter
def theme_name(slug: str) -> str:
    return theme_label(slug)


@register.filter
def target_group_name(slug: str) -> str:
    try:
        return TargetGroup(slug).label
    except ValueError:
        return slug


@register.filter
def country_label(code: str) -> str:
    return country_name(code)


@register.inclusion_tag("practices/_municipality_practices_list.html", takes_context=True)
def municipality_practices(context, municipality):
    """The practices a municipality runs, as the current user may see them."""
    user = context["request"].user
    return {
        "practices": selectors.municipality_practices(municipality, user),
        "municipality": municipality,
        "can_add": user.has_perm("practices.add_practice"),
    }


@register.simple_tag(takes_context=True)
def presented_practices(context, event) -> dict:
    """The practices presented at ``event`` that the viewer may see, by folded name."""
    return selectors.practices_presented_at(event, context["request"].user)


@register.filter
def practice_for(practices: dict, presentation):
    """The practice a presentation names (by its title in either language), if any."""
    return practices.get(fold(presentation.title)) or practices.get(
        fold(presentation.original_title)
    )
