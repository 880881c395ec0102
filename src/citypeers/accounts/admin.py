from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from citypeers.accounts.models import User
from citypeers.accounts.services import assign_role


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "email", "role", "is_active", "last_login")
    list_filter = ("role", "is_active")
    fieldsets = (*BaseUserAdmin.fieldsets, (_("Role"), {"fields": ("role",)}))

    def save_model(self, request, obj, form, change):
        """A new role brings its admin access with it (staff, the coordinators group)."""
        super().save_model(request, obj, form, change)
        if "role" in form.changed_data:
            assign_role(user=obj, role=obj.role)
