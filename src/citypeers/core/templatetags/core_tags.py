from django import template
from heroicons.templatetags.heroicons import heroicon_outline

register = template.Library()


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (for pagination links)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.simple_tag(takes_context=True)
def query_without(context, *names) -> str:
    """The current query string without some parameters (and back on the first page)."""
    query = context["request"].GET.copy()
    for name in (*names, "page"):
        query.pop(name, None)
    return query.urlencode()


@register.simple_tag
def icon(name: str, *, css: str = "icon") -> str:
    """An outline icon from the heroicons package, inline so it takes the text colour;
    decorative, so hidden from screen readers (the text beside it says what it means)."""
    return heroicon_outline(name, size=None, **{"class": css, "aria-hidden": "true"})
