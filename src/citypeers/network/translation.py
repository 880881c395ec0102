"""Names stored per language (django-modeltranslation): one column per language on the same
table, so reading a name costs no extra query. The English column holds the name as first
written; a missing translation falls back to it (``MODELTRANSLATION_FALLBACK_LANGUAGES``)."""

from functools import reduce
from operator import or_

from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, NullIf
from modeltranslation.settings import AVAILABLE_LANGUAGES as LANGUAGES
from modeltranslation.settings import DEFAULT_LANGUAGE
from modeltranslation.translator import TranslationOptions, register, translator
from modeltranslation.utils import build_localized_fieldname, get_language

from citypeers.network.models import Organisation, PersonRole, Programme, Unit


@register(Organisation)
class OrganisationNames(TranslationOptions):
    fields = ("name", "short_name")


@register(Programme)
class ProgrammeNames(TranslationOptions):
    fields = ("name", "short_name", "funder")


@register(Unit)
class UnitNames(TranslationOptions):
    fields = ("name",)


@register(PersonRole)
class RoleNames(TranslationOptions):
    fields = ("title",)


def in_any_language(field: str, lookup: str, value) -> Q:
    """Rows whose ``field`` matches ``value`` (``lookup``) in any language's column: a name
    is found by any of its names, whatever the page's language (modeltranslation alone
    would read only the active language's column)."""
    return reduce(
        or_,
        (Q(**{f"{build_localized_fieldname(field, code)}__{lookup}": value}) for code in LANGUAGES),
    )


def every_language(*fields: str) -> tuple[str, ...]:
    """Each of ``fields`` in every language's column (``name_en`` … ``name_mt``), for the
    admin's ``search_fields``: the bare field would search only the admin language's
    column, missing every row not (yet) named in it."""
    return tuple(build_localized_fieldname(field, code) for field in fields for code in LANGUAGES)


def name_order(field: str = "name") -> Coalesce:
    """The order of names as the page shows them: the active language's, else the original."""
    shown = build_localized_fieldname(field, get_language() or DEFAULT_LANGUAGE)
    original = build_localized_fieldname(field, DEFAULT_LANGUAGE)
    return Coalesce(NullIf(F(shown), Value("")), F(original))


def translation_columns(model) -> list[str]:
    """The columns a translation fills: each translated field in every language but the
    original one (``name_it``, ``short_name_it``, ... ``name_de``, ...), by language."""
    fields = translator.get_options_for_model(model).fields
    return [
        build_localized_fieldname(field, code)
        for code in LANGUAGES
        if code != DEFAULT_LANGUAGE
        for field in fields
    ]
