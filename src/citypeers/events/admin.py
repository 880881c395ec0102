"""Events in the admin are for looking up only: every change goes through the site's
forms and the services, which keep series numbers, times and parties consistent."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from citypeers.events import models
from citypeers.network.translation import every_language


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ParticipantInline(admin.TabularInline):
    model = models.EventParticipant
    fields = ("municipality", "organisation", "role", "position")
    raw_id_fields = ("municipality", "organisation")
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "kind", "format", "starts_at", "status", "series", "ordinal")
    list_filter = ("kind", "status", "format", "series")
    date_hierarchy = "starts_at"
    search_fields = ("title", "participants__municipality__name")
    inlines = [ParticipantInline]
    show_full_result_count = False


@admin.register(models.EventSeries)
class EventSeriesAdmin(TranslationAdmin):
    """The series' name and its gender in each language (see ``translation``)."""

    list_display = ("name", "kind", "programme")
    search_fields = every_language("name")


@admin.register(models.EventSession)
class EventSessionAdmin(TranslationAdmin):
    """Only the title's translations change here; the rest through the event's page."""

    fields = ("title",)
    list_display = ("title", "event", "starts_at")
    raw_id_fields = ("event",)

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(models.FollowUpAction)
class FollowUpActionAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "event", "due_on", "done_at")
    list_filter = ("done_at",)
    raw_id_fields = ("event", "participant")
