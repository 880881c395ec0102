from django.contrib import admin

from citypeers.documents.models import Document, DocumentDownload


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    """Read and correct the descriptions; files are attached only through the checked upload."""

    list_display = ["title", "event", "visibility", "original_name", "size", "created_at"]
    list_filter = ["visibility", "language"]
    search_fields = ["title", "original_name", "sha256"]
    exclude = ["file"]  # the stored name has no URL; files leave through the download view
    readonly_fields = [
        "event",
        "original_name",
        "content_type",
        "size",
        "sha256",
        "uploaded_by",
    ]

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # deletion goes through services.delete_document, which removes the file


@admin.register(DocumentDownload)
class DocumentDownloadAdmin(admin.ModelAdmin):
    list_display = ["document", "user", "downloaded_at"]
    list_select_related = ["document", "user"]
    date_hierarchy = "downloaded_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
