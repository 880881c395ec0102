"""Small look-ups for the review page."""

from django import template

register = template.Library()


@register.filter
def sentences_of(evidence: dict, name: str) -> list[str]:
    """The sentences a field was read from (none for a field read nowhere)."""
    return (evidence or {}).get(name) or []


@register.filter
def practice_named(library: dict, row):
    """The library's practice a practice row names, if the library has one."""
    return (library or {}).get(row["name"].value())
