"""Filters that write dates, numbers, sizes and lists in the page language (core.formatting).

{% load formatting %} then ``{{ event.day|day }}``, ``{{ entry.at|day_time }}``,
``{{ count|number }}``, ``{{ share|number:"0,1" }}``, ``{{ document.size|file_size }}``.
An empty value (None, "") gives an empty text, so ``|default:"–"`` still works after them.
"""

from django import template

from citypeers.core import formatting

register = template.Library()


def _blank(value) -> bool:
    return value is None or value == ""


@register.filter
def day(value) -> str:
    """The day in the site's date style: "3 December 2020", "3. Dezember 2020"."""
    return "" if _blank(value) else formatting.date_text(value)


@register.filter
def day_time(value) -> str:
    """The day and the time: "3 December 2020, 14:05"."""
    return "" if _blank(value) else formatting.datetime_text(value)


@register.filter
def time_of_day(value) -> str:
    """The time of day: "14:05"."""
    return "" if _blank(value) else formatting.time_text(value)


@register.filter
def month_year(value) -> str:
    """A month and its year: "December 2020"."""
    return "" if _blank(value) else formatting.month_text(value)


@register.filter
def short_month(value) -> str:
    """The month's short name: "Dec", "gru"."""
    return "" if _blank(value) else formatting.short_month_text(value)


@register.filter
def number(value, places: str | int | None = None) -> str:
    """A number with the language's separators; ``places`` "2" fixes the decimals,
    "0,1" allows none to one."""
    if _blank(value):
        return ""
    if places is None or places == "":
        return formatting.number_text(value)
    least, _, most = str(places).partition(",")
    return formatting.number_text(value, places=(int(least), int(most or least)))


@register.filter
def file_size(value) -> str:
    """A size in bytes in words: "702 bytes", "702 bajty", "25 megabytes"."""
    return "" if _blank(value) else formatting.file_size_text(value)


@register.filter
def word_list(items) -> str:
    """Items joined as the language lists them: "A, B and C"."""
    return formatting.list_text(items or [])


@register.filter
def language_name(code) -> str:
    return "" if _blank(code) else formatting.language_text(str(code))
