"""What every versioned record's admin has: a revision per save, a history page to pick two revisions,
a side-by-side comparison, roll back (as a new revision), optimistic locking, either-script search."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from editorial import diff
from editorial.locking import FIELD, versioned
from editorial.models import AuditEntry, Revision
from editorial.revisions import apply, latest, log, save_revision, serialize, write_related
from editorial.search import EitherScriptSearchMixin

HISTORY_LIMIT = 200


class RevisionAdminMixin(EitherScriptSearchMixin):
    object_history_template = "admin/editorial/history.html"

    # -- saving ----------------------------------------------------------------------------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs.setdefault("form", versioned(self.form))
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        name, options = fieldsets[0]
        fieldsets[0] = (name, {**options, "fields": (*options["fields"], FIELD)})
        return fieldsets

    def form_m2m(self, form):
        """Many-to-many values as the form has them (the row may not have them yet)."""
        return {
            name: list(value) for name, value in form.cleaned_data.items()
            if name in {f.name for f in self.model._meta.many_to_many} and name != "tags"
        }

    def form_tags(self, form):
        return form.cleaned_data.get("tags") if "tags" in form.cleaned_data else None

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        obj = form.instance
        message = getattr(request, "_revision_message", "") or ("修改" if change else "新建")
        save_revision(obj, request.user, message)
        if not getattr(request, "_audit_logged", False):
            log(request.user, AuditEntry.Action.SAVE if change else AuditEntry.Action.CREATE, obj, message)

    def delete_model(self, request, obj):
        log(request.user, AuditEntry.Action.DELETE, obj)
        super().delete_model(request, obj)

    # -- history, compare, roll back --------------------------------------------------------------------

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path("<path:object_id>/history/compare/", wrap(self.compare_view), name=f"{prefix}_compare"),
            path(
                "<path:object_id>/history/<int:revision_id>/rollback/", wrap(self.rollback_view),
                name=f"{prefix}_rollback",
            ),
        ] + super().get_urls()

    def _object_or_404(self, request, object_id):
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404("没有这条记录。")
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def _context(self, request, obj, title, **extra):
        return {
            **self.admin_site.each_context(request), "opts": self.opts, "object": obj, "original": obj,
            "title": title, "subtitle": str(obj), "app_label": self.opts.app_label,
            "has_change_permission": self.has_change_permission(request, obj), **extra,
        }

    def history_view(self, request, object_id, extra_context=None):
        obj = self._object_or_404(request, object_id)
        revisions = list(Revision.objects.for_object(obj).select_related("user")[:HISTORY_LIMIT])
        entries = list(AuditEntry.objects.for_object(obj).select_related("user")[:HISTORY_LIMIT])
        numbered = [(len(revisions) - i, r) for i, r in enumerate(revisions)]
        context = self._context(
            request, obj, f"修改历史：{obj}", revisions=numbered, entries=entries,
            live_revision_id=getattr(obj, "live_revision_id", None), **(extra_context or {}),
        )
        return TemplateResponse(request, self.object_history_template, context)

    def compare_view(self, request, object_id):
        obj = self._object_or_404(request, object_id)
        revisions = Revision.objects.for_object(obj)
        try:
            ids = sorted(int(request.GET[k]) for k in ("a", "b"))
        except (KeyError, ValueError):
            messages.error(request, "请选择两个版本再比较。")
            return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_history", args=[obj.pk]))
        old = get_object_or_404(revisions.select_related("user"), pk=ids[0])
        new = get_object_or_404(revisions.select_related("user"), pk=ids[1])
        context = self._context(
            request, obj, f"比较版本：{obj}", old=old, new=new,
            changes=diff.changes(self.model, old.content, new.content),
        )
        return TemplateResponse(request, "admin/editorial/compare.html", context)

    def rollback_view(self, request, object_id, revision_id):
        obj = self._object_or_404(request, object_id)
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        revision = get_object_or_404(Revision.objects.for_object(obj).select_related("user"), pk=revision_id)
        current = latest(obj)
        current_content = self.rollback_content(obj, current.content if current else serialize(obj))
        if request.method == "POST":
            with transaction.atomic():
                self.rollback(request, obj, revision)
            return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk]))
        context = self._context(
            request, obj, f"回滚：{obj}", revision=revision,
            changes=diff.changes(self.model, current_content, self.rollback_content(obj, revision.content)),
        )
        return TemplateResponse(request, "admin/editorial/rollback.html", context)

    def rollback_content(self, obj, content):
        """What of a revision a rollback restores (and its preview shows): all of it, unless a subclass keeps
        some fields (an article's publication state) out."""
        return content

    def rollback(self, request, obj, revision):
        """Make ``revision`` current again, as a new revision (nothing in the history is lost)."""
        related = apply(obj, self.rollback_content(obj, revision.content))
        obj.save()
        write_related(obj, {k: v for k, v in related.items() if self._existing(k, v)})
        when = timezone.localtime(revision.created_at).strftime("%Y-%m-%d %H:%M")
        message = f"回滚到 {when} 的版本"
        save_revision(obj, request.user, message)
        log(request.user, AuditEntry.Action.ROLLBACK, obj, message)
        messages.success(request, f"已回滚到 {when} 的版本（作为新的版本保存）。")

    def _existing(self, name, value):
        """Many-to-many pks that still exist (a record deleted since is left out)."""
        field = self.model._meta.get_field(name)
        if name == "tags" or not isinstance(field, models.ManyToManyField):
            return True
        value[:] = list(field.related_model._default_manager.filter(pk__in=value).values_list("pk", flat=True))
        return True
