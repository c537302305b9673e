"""The audit trail for administrators, and either-script search for the third-party admins (users, groups,
tags) that the project does not define itself."""
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group, User
from taggit.models import Tag

from editorial.models import AuditEntry
from editorial.search import EitherScriptSearchMixin


@admin.register(AuditEntry)
class AuditEntryAdmin(EitherScriptSearchMixin, admin.ModelAdmin):
    """Who did what, when: saves, submissions, review decisions, publishing, imports, rollbacks."""

    list_display = ("created_at", "user", "action", "content_type", "object_link", "message")
    list_filter = ("action", ("user", admin.RelatedOnlyFieldListFilter), "content_type")
    search_fields = ("object_repr", "message", "user__username")
    date_hierarchy = "created_at"
    list_select_related = ("user", "content_type")
    list_per_page = 100

    @admin.display(description="记录")
    def object_link(self, entry):
        from django.urls import NoReverseMatch, reverse
        from django.utils.html import format_html

        model = entry.content_type.model_class()
        if model is None:
            return entry.object_repr
        try:
            url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_history", args=[entry.object_id])
        except NoReverseMatch:
            return entry.object_repr
        return format_html('<a href="{}">{}</a>', url, entry.object_repr)

    # Only administrators read it, and nobody edits it.
    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def with_either_script_search(model):
    """Re-register a third-party admin (already registered: those apps come before this one) with the mixin."""
    if not admin.site.is_registered(model):
        return
    admin_class = type(admin.site.get_model_admin(model))
    admin.site.unregister(model)
    admin.site.register(model, type(admin_class.__name__, (EitherScriptSearchMixin, admin_class), {}))


# Users, groups, tags, and django-axes' login records (user names are Chinese too).
for _model in (User, Group, Tag, AccessAttempt, AccessLog, AccessFailureLog):
    with_either_script_search(_model)
