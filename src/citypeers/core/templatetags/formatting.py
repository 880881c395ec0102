"""Filters that write dates, numbers, sizes and lists in the page language (core.formatting).

{% load formatting %} then ``{{ event.day|day }}``, ``{{ entry.at|day_time }}``,
``{{ count|number }}``, ``{{ share|number:"0,1" }}``, ``{{ document.size|file_size }}``,
``{{ event.report_language|language_name }}``, ``{{ report.source_name|name_breaks }}``.
An empty value (None, "") gives an empty text, so ``|default:"–"`` still works after them.
"""

import re

from django import template
from django.utils.html import format_html, format_html_join

from citypeers.core import formatting

register = template.Library()


def _blank(value) -> bool:
    return value is None or value == ""


def _value_filter(name: str, text):
    """A filter writing a value through ``text`` (one of core.formatting's), blank when empty."""
    register.filter(name, lambda value: "" if _blank(value) else text(value))


_value_filter("day", formatting.date_text)  # "3 December 2020", "3. Dezember 2020"
_value_filter("day_time", formatting.datetime_text)  # "3 December 2020, 14:05"
_value_filter("time_of_day", formatting.time_text)  # "14:05"
_value_filter("month_year", formatting.month_text)  # "December 2020"
_value_filter("short_month", formatting.short_month_text)  # "Dec", "gru"
_value_filter("file_size", formatting.file_size_text)  # "702 bytes", "702 bajty"
_value_filter("language_name", lambda code: formatting.language_text(str(code)))  # "polacco"


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
def word_list(items) -> str:
    """Items joined as the language lists them: "A, B and C"."""
    return formatting.list_text(items or [])


@register.filter
def name_breaks(value) -> str:
    """A name without spaces (a file name) that may wrap after its "_", "-" and "." on a
    narrow screen, rather than at any letter or, in a table, not at all."""
    *breakable, last = re.split(r"(?<=[_.-])", str(value))
    return format_html_join("", "{}<wbr>", ((piece,) for piece in breakable)) + format_html(
        "{}", last
    )
