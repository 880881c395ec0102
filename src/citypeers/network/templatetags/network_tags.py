"""Template helpers of the directory: the people rule in words, people a page may name."""

from django import template

from citypeers.network.rules import people_readers

register = template.Library()


@register.simple_tag
def people_rule() -> str:
    """The one rule for named people, as ``network.rules.people_readers`` states it."""
    return people_readers.rule


@register.simple_tag
def may_see_people(user) -> bool:
    """Whether ``user`` may see people's names, roles and contacts (``people_readers``)."""
    return people_readers.allows(user)
