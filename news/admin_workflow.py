"""The article admin's part of the editorial workflow: the buttons of the change form (保存草稿, 提交审核, and
for reviewers 发布, 退回修改, 撤回), draft and live kept apart, revisions, and the list's actions."""
from types import SimpleNamespace

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.html import format_html
from taggit.utils import edit_string_for_tags

from editorial.admin_mixins import RevisionAdminMixin
from editorial.models import AuditEntry
from editorial.revisions import apply, log, save_revision, write_related
from news import workflow
from news.images import make_renditions
from news.models import Article

SAVE, SUBMIT, PUBLISH, SEND_BACK, UNPUBLISH = "save", "submit", "publish", "send_back", "unpublish"
BUTTONS = {"_submit": SUBMIT, "_publish": PUBLISH, "_send_back": SEND_BACK, "_unpublish": UNPUBLISH}
REVIEWER_ACTIONS = {PUBLISH, SEND_BACK, UNPUBLISH}
MESSAGES = {SAVE: "保存", SUBMIT: "提交审核", PUBLISH: "发布", SEND_BACK: "退回修改", UNPUBLISH: "撤回"}
AUDIT = {
    SUBMIT: AuditEntry.Action.SUBMIT, PUBLISH: AuditEntry.Action.PUBLISH, SEND_BACK: AuditEntry.Action.REJECT,
    UNPUBLISH: AuditEntry.Action.UNPUBLISH,
}


def workflow_action(request):
    for key, action in BUTTONS.items():
        if key in request.POST:
            return action
    return SAVE


class LiveArticleInlineMixin:
    """The gallery and attachments of a live article: a 编辑 sees them, only a 审核 changes them (a change
    there is public at once, and an editor's changes go through review)."""

    def _editable(self, request, obj):
        return obj is None or workflow.can_publish(request.user) or not workflow.is_live_row(obj)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._editable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._editable(request, obj)


class ArticleWorkflowMixin(RevisionAdminMixin):
    change_form_template = "admin/news/article/change_form.html"

    def has_publish_permission(self, request, obj=None):
        return workflow.can_publish(request.user)

    # -- the form edits the draft ----------------------------------------------------------------------

    def get_object(self, request, object_id, from_field=None):
        article = super().get_object(request, object_id, from_field)
        return workflow.draft_version(article) if article is not None else None

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        action = workflow_action(request) if request.method == "POST" else SAVE
        related = getattr(obj, "_revision_related", {})

        class WorkflowForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                if "tags" in related and "tags" in self.fields and not self.is_bound:
                    self.initial["tags"] = edit_string_for_tags([SimpleNamespace(name=n) for n in related["tags"]])

            def clean(self):
                cleaned = super().clean()
                if action == SEND_BACK and not (cleaned.get("review_note") or "").strip():
                    self.add_error("review_note", "退回修改时请在这里写明要改什么。")
                return cleaned

        WorkflowForm.__name__ = form.__name__
        return WorkflowForm

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        review = ("审核", {"fields": ("workflow_display",) + (("review_note",) if workflow.can_publish(request.user) else ())})
        return [fieldsets[0], review, *fieldsets[1:]]

    def get_readonly_fields(self, request, obj=None):
        return (*super().get_readonly_fields(request, obj), "workflow_display")

    @staticmethod
    def workflow_state(obj):
        if obj is None or obj.pk is None:
            return "新文章"
        if obj.is_expired:
            state = "已下线（过了下线时间）"
        elif obj.is_scheduled:
            state = f"定时发布（{timezone.localtime(obj.published_at):%Y-%m-%d %H:%M}）"
        elif obj.status == Article.Status.PUBLISHED:
            state = "已发布"
        else:
            state = "草稿"
        if obj.has_unpublished_changes:
            state += " · 有未发布的修改（网站上仍是已发布的版本）"
        if obj.review_state:
            state += f" · {obj.get_review_state_display()}"
        return state

    def workflow_display(self, obj):
        text = self.workflow_state(obj)
        if obj is not None and obj.review_state == Article.Review.RETURNED and obj.review_comment:
            return format_html("{}<br><strong>审核意见：</strong>{}", text, obj.review_comment)
        return text

    workflow_display.short_description = "状态"

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "can_publish": workflow.can_publish(request.user)}
        return super().changeform_view(request, object_id, form_url, extra_context)

    # -- saving ----------------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        action = workflow_action(request)
        if action in REVIEWER_ACTIONS and not workflow.can_publish(request.user):
            raise PermissionDenied
        if not change:
            obj.owner = request.user
        request._revision_message = MESSAGES[action]
        live = workflow.is_live_row(obj)
        cover_changed = "cover_image" in form.changed_data or (obj.cover_image and not obj.cover_renditions)
        if action == PUBLISH:
            stored = Article.objects.filter(pk=obj.pk).values_list("published_at", flat=True).first()
            # A time the reviewer typed in is kept; the default (when the draft was started) becomes now.
            dated_now = workflow.publish(obj, request.user, keep_date=stored is not None and stored != obj.published_at)
            self._after_publish(request, obj, dated_now)
        elif action == UNPUBLISH:
            workflow.unpublish(obj, request.user)
            messages.info(request, "文章已撤回，网站上不再显示。")
        else:
            if action == SUBMIT:
                workflow.submit(obj, request.user, request)
            elif action == SEND_BACK:
                note = form.cleaned_data.get("review_note", "").strip()
                workflow.send_back(obj, request.user, note, request)
                request._revision_message = f"退回修改：{note}"[:200]
            if live:
                self._save_draft_of_live(request, obj, cover_changed)
                return
            obj.save()
        if cover_changed:
            obj.cover_renditions = make_renditions(obj)
            Article.objects.filter(pk=obj.pk).update(cover_renditions=obj.cover_renditions)

    def _save_draft_of_live(self, request, obj, cover_changed):
        """A live article's edit is kept as a revision; the row (the public page) is not touched."""
        field = Article._meta.get_field("cover_image")
        if obj.cover_image and not obj.cover_image._committed:
            field.pre_save(obj, add=False)  # store the uploaded file itself, without saving the row
        if cover_changed:
            obj.cover_renditions = make_renditions(obj)
        obj.has_unpublished_changes = True
        Article.objects.filter(pk=obj.pk).update(
            has_unpublished_changes=True, review_state=obj.review_state, review_comment=obj.review_comment,
            updated_at=timezone.now(),
        )
        request._draft_only = True
        messages.info(request, "修改已保存为待发布的版本：网站上仍显示已发布的版本，审核发布后才会更新。")

    def _after_publish(self, request, obj, dated_now):
        if dated_now:
            messages.info(request, f"这篇文章第一次发布，发布时间已设为现在（{timezone.localtime(obj.published_at):%Y-%m-%d %H:%M}）。")
        elif obj.published_at > timezone.now():
            messages.info(request, f"已定时发布：{timezone.localtime(obj.published_at):%Y-%m-%d %H:%M} 起在网站上显示。")

    def save_related(self, request, form, formsets, change):
        action = workflow_action(request)
        obj = form.instance
        if action in AUDIT:
            log(request.user, AUDIT[action], obj, request._revision_message)
            request._audit_logged = True
        if getattr(request, "_draft_only", False):
            # The row's fields and tags wait in the revision (no form.save_m2m()). The gallery and attachment
            # inlines are lists of library items, not kept in revisions: only a reviewer may change them on a
            # live article (LiveArticleInlineMixin), and then they change at once, as the message says.
            for formset in formsets:
                self.save_formset(request, form, formset, change=change)
            if any(formset.has_changed() for formset in formsets):
                messages.info(request, "图集和附件的修改已直接生效。")
            save_revision(obj, request.user, request._revision_message, tags=self.form_tags(form))
            if not getattr(request, "_audit_logged", False):
                log(request.user, AuditEntry.Action.SAVE, obj, "保存待发布的修改")
            return
        super().save_related(request, form, formsets, change)

    def rollback_content(self, obj, content):
        """The workflow fields (status, review) are never rolled back, and an article that has been live keeps
        its publication date (its place in lists and feeds); what is restored is what editors wrote."""
        kept = {"status"} | ({"published_at"} if obj.first_published_at is not None else set())
        return {k: v for k, v in content.items() if k not in kept}

    def rollback(self, request, obj, revision):
        """Rolling back a live article makes a draft of the old version: the public page changes only when a
        reviewer publishes it."""
        content = self.rollback_content(obj, revision.content)
        when = timezone.localtime(revision.created_at).strftime("%Y-%m-%d %H:%M")
        message = f"回滚到 {when} 的版本"
        related = apply(obj, content)
        if workflow.is_live_row(obj):
            save_revision(obj, request.user, message, tags=related.get("tags"))
            Article.objects.filter(pk=obj.pk).update(has_unpublished_changes=True, updated_at=timezone.now())
            messages.success(request, f"已回滚到 {when} 的版本，作为待发布的修改保存：审核发布后网站才会更新。")
        else:
            obj.save()
            write_related(obj, related)
            save_revision(obj, request.user, message)
            messages.success(request, f"已回滚到 {when} 的版本（作为新的版本保存）。")
        log(request.user, AuditEntry.Action.ROLLBACK, obj, message)

    # -- the list's actions -----------------------------------------------------------------------------

    def response_action(self, request, queryset):
        if request.POST.get("action") in ("publish", "unpublish") and not workflow.can_publish(request.user):
            raise PermissionDenied  # a forged POST from someone who has no such button
        return super().response_action(request, queryset)

    def publish(self, request, queryset):
        done = workflow.publish_selected(queryset, request.user)
        dated = [a.title for a, dated_now in done if dated_now]
        self.message_user(request, f"已发布 {len(done)} 篇文章（发布时间在将来的会到时出现）。", messages.SUCCESS)
        if dated:
            self.message_user(request, "第一次发布，发布时间设为现在：" + "、".join(dated), messages.INFO)

    publish.short_description = "发布所选文章"
    publish.allowed_permissions = ("publish",)

    def unpublish(self, request, queryset):
        count = workflow.unpublish_selected(queryset, request.user)
        self.message_user(request, f"已撤回 {count} 篇文章。", messages.SUCCESS)

    unpublish.short_description = "撤回所选文章（改为草稿）"
    unpublish.allowed_permissions = ("publish",)
