"""Names stored per language (django-modeltranslation adds ``name_en`` … ``name_mt``).

A series' name and the grammatical gender of that name differ by language ("scambio"
is masculine, "ανταλλαγή" feminine); a session's title is shown in the page's language.
A name missing in the page's language falls back to English, then to any language that
has it: a session titled only in Italian still shows its Italian title.
"""

from django.conf import settings
from modeltranslation.translator import TranslationOptions, register

from citypeers.events.models import EventSeries, EventSession

ANY_LANGUAGE = {"default": tuple(code for code, _name in settings.LANGUAGES)}


@register(EventSeries)
class EventSeriesTranslation(TranslationOptions):
    fields = ("name", "gender")
    required_languages = {"en": ("name",), "default": ()}


@register(EventSession)
class EventSessionTranslation(TranslationOptions):
    fields = ("title",)
    fallback_languages = ANY_LANGUAGE
