from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from citypeers.network import models
from citypeers.network.translation import every_language


@admin.register(models.Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ("code", "name_en", "is_eu")
    list_filter = ("is_eu",)
    search_fields = ("code", "name_en")


@admin.register(models.Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ("name", "country", "population", "timezone")
    list_filter = ("country",)
    search_fields = ("name", "names__folded")
    readonly_fields = ("geonames_id", "alternate_names")
    show_full_result_count = False


@admin.register(models.Organisation)
class OrganisationAdmin(TranslationAdmin):
    list_display = ("name", "short_name", "kind", "country")
    list_filter = ("kind",)
    search_fields = every_language("name", "short_name")


@admin.register(models.Unit)
class UnitAdmin(TranslationAdmin):
    list_display = ("name", "kind", "municipality", "organisation")
    search_fields = every_language("name")
    autocomplete_fields = ("municipality", "organisation", "parent")


class PersonRoleInline(TranslationTabularInline):
    model = models.PersonRole
    autocomplete_fields = ("unit", "municipality", "organisation")
    extra = 0


@admin.register(models.Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "email")
    search_fields = ("name",)
    inlines = [PersonRoleInline]


class EnrolmentInline(admin.TabularInline):
    model = models.Enrolment
    autocomplete_fields = ("municipality",)
    extra = 0


@admin.register(models.Programme)
class ProgrammeAdmin(TranslationAdmin):
    list_display = ("name", "short_name", "funder", "starts_on", "ends_on")
    inlines = [EnrolmentInline]


@admin.register(models.Affiliation)
class AffiliationAdmin(admin.ModelAdmin):
    list_display = ("user", "municipality", "organisation")
    autocomplete_fields = ("user", "municipality", "organisation")


class ChallengeInline(admin.TabularInline):
    model = models.ProfileChallenge
    extra = 0


class CommunityInline(admin.TabularInline):
    model = models.OriginCommunity
    autocomplete_fields = ("country",)
    extra = 0


@admin.register(models.CityProfile)
class CityProfileAdmin(admin.ModelAdmin):
    list_display = ("municipality", "foreign_residents", "foreign_residents_share", "figures_year")
    autocomplete_fields = ("municipality",)
    inlines = [ChallengeInline, CommunityInline]
