"""Dates, times, numbers, file sizes and lists as people read them in the page language.

One date style for the whole site per language (CLDR's long date, through babel): "3 December
2020", "3 dicembre 2020", "3. Dezember 2020", "3 grudnia 2020". English is written the British
way (day first), as the network's officials read it. Machine formats (ISO in the API, CSV and
calendars) do not come here. Every function takes the language, the active one by default.
"""

import datetime as dt
import decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time
from babel.lists import format_list
from babel.numbers import format_decimal, parse_pattern
from babel.units import format_unit
from django.utils import timezone, translation

# The locale each site language is written in, where it is not the language itself.
LOCALE_OF_LANGUAGE = {"en": "en_GB"}

# File sizes: the largest unit first, with binary multiples as operating systems count them.
SIZE_UNITS = (
    (1024**4, "digital-terabyte"),
    (1024**3, "digital-gigabyte"),
    (1024**2, "digital-megabyte"),
    (1024, "digital-kilobyte"),
    (1, "digital-byte"),
)


def base_language(language: str | None = None) -> str:
    """The base code of ``language`` ("pt" for "pt-br" or "pt_BR"; the active language by
    default, else English): the key of the site's texts written per language."""
    code = language or translation.get_language() or "en"
    return code.replace("_", "-").split("-")[0].lower()


def babel_locale(language: str | None = None) -> Locale:
    """The CLDR locale of ``language`` ("it", "pt-br"; the active language by default);
    British English for English and for a language CLDR does not know."""
    code = (language or translation.get_language() or "en").replace("-", "_")
    try:
        return Locale.parse(LOCALE_OF_LANGUAGE.get(base_language(code), code))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(LOCALE_OF_LANGUAGE["en"])


def _local(moment: dt.datetime) -> dt.datetime:
    """An aware moment in the site's current time zone (a naive one as it is)."""
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment


def date_text(value: dt.date | dt.datetime, language: str | None = None) -> str:
    """The day in the site's date style: "3 December 2020", "3 de diciembre de 2020"."""
    if isinstance(value, dt.datetime):
        value = _local(value).date()
    return format_date(value, format="long", locale=babel_locale(language))


def time_text(value: dt.time | dt.datetime, language: str | None = None) -> str:
    """The time of day, short: "14:05" (in Greek "2:05 μ.μ.")."""
    if isinstance(value, dt.datetime):
        value = _local(value).replace(tzinfo=None)
    return format_time(value, format="short", locale=babel_locale(language))


def datetime_text(value: dt.datetime, language: str | None = None) -> str:
    """The day and the time joined as the language joins them: "3 December 2020, 14:05"."""
    locale = babel_locale(language)
    pattern = locale.datetime_formats["medium"]
    day, time = date_text(value, language), time_text(value, language)
    return pattern.replace("{1}", day).replace("{0}", time)


def month_text(value: dt.date, language: str | None = None) -> str:
    """A month and its year, as charts label them: "December 2020", "grudzień 2020"."""
    return format_skeleton("yMMMM", value, locale=babel_locale(language))


def short_month_text(value: dt.date, language: str | None = None) -> str:
    """The month's abbreviated name on its own (a calendar leaf): "Dec", "gru", "Δεκ"."""
    return format_date(value, format="LLL", locale=babel_locale(language))


def number_text(
    value: int | float | decimal.Decimal, language: str | None = None, *, places=None
) -> str:
    """A number with the language's separators: "1,234,567.5", "1.234.567,5", "1 234 567,5".

    ``places`` fixes the decimals (2 → "0.50"); a pair (least, most) allows a range, so
    (0, 1) writes "12" and "12.5".
    """
    locale = babel_locale(language)
    if places is None:
        return format_decimal(value, locale=locale)
    least, most = places if isinstance(places, tuple) else (places, places)
    pattern = parse_pattern(locale.decimal_formats[None].pattern)
    pattern.frac_prec = (least, most)
    return pattern.apply(decimal.Decimal(str(value)), locale)


def file_size_text(size: int, language: str | None = None) -> str:
    """A file size in words of the language: "702 bytes", "702 bajty", "2.5 megabytes"."""
    size = max(0, int(size))
    factor, unit = next((f, u) for f, u in SIZE_UNITS if size >= f or f == 1)
    amount = round(decimal.Decimal(size) / factor, 1)
    if amount == amount.to_integral_value():
        amount = int(amount)  # "1 byte", not "1.0 bytes": CLDR plurals count visible decimals
    return format_unit(amount, unit, length="long", locale=babel_locale(language))


def list_text(items, language: str | None = None) -> str:
    """Items joined as the language lists them: "A, B and C", "A, B e C", "A, B und C"."""
    return format_list([str(item) for item in items], locale=babel_locale(language))


def language_text(code: str, language: str | None = None) -> str:
    """The name of the language ``code`` in the page language (CLDR): "polacco" on an Italian
    page; the code itself if CLDR has no name for it."""
    return babel_locale(language).languages.get(code, code)
