from django.contrib import admin

from pages.models import SiteSettings


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    """One row: the list leads straight to it; it is never deleted, only emptied."""

    fieldsets = (
        ("主办与承办", {"fields": ("sponsor", "organiser")}),
        ("联系方式", {"fields": ("address", "postcode", "telephone", "email", "contact_note")}),
        ("备案", {"fields": ("icp_number", "police_number")}),
        ("关于我们", {"fields": ("about",)}),
    )

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
