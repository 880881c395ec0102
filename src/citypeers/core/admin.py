"""The audit trail in the admin is for looking up only: services write it, nobody edits it."""

from django.contrib import admin

from citypeers.core.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("at", "object_label", "content_type", "action", "by")
    list_filter = ("action", "content_type")
    search_fields = ("object_label",)
    raw_id_fields = ("by",)
    date_hierarchy = "at"
    show_full_result_count = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
