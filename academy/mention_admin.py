"""本文提到的记录: the article admin's inline where an editor accepts or rejects each mention found.

Added to news' ArticleAdmin from here (news cannot import academy). Rows are made by the finder
(academy.services), never by hand: no add, no delete. Saving a changed decision goes through
academy.services.decide_mention, which links or unlinks the article and the record.
"""

from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from academy.models import ArticleMention
from academy.services import decide_mention
from news.admin import ArticleAdmin
from news.admin_workflow import LiveArticleInlineMixin
from zhtext.mentions import locate

CONTEXT_CHARS = 80


def marked_context(text, name):
    """The sentence, cut around the name when long, the name marked; every part escaped."""
    at, _ = locate(text, name)
    if len(text) > CONTEXT_CHARS:
        start = max(0, min(at, len(text)) - CONTEXT_CHARS // 2) if at >= 0 else 0
        text = ("…" if start else "") + text[start:start + CONTEXT_CHARS] + "…"
    at, end = locate(text, name)
    if at < 0:
        return text or "—"
    return format_html("{}<mark>{}</mark>{}", text[:at], text[at:end], text[end:])


class MentionFormSet(forms.BaseInlineFormSet):
    def save_existing(self, form, obj, commit=True):
        # status is the only editable field; the service applies it with its link (or unlink).
        if "status" in form.changed_data:
            return decide_mention(obj, form.cleaned_data["status"])
        return obj


class ArticleMentionInline(LiveArticleInlineMixin, admin.TabularInline):
    model = ArticleMention
    formset = MentionFormSet
    verbose_name = verbose_name_plural = "本文提到的记录"
    fields = ("record_link", "kind", "count", "context_display", "ambiguous_flag", "status")
    readonly_fields = ("record_link", "kind", "count", "context_display", "ambiguous_flag")
    radio_fields = {"status": admin.HORIZONTAL}
    extra = 0
    can_delete = False
    classes = ("mentions",)

    def get_queryset(self, request):
        return super().get_queryset(request).with_records().order_by("-count", "pk")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="记录")
    def record_link(self, obj):
        record = obj.record
        url = reverse(f"admin:academy_{record._meta.model_name}_change", args=[record.pk])
        return format_html('<a href="{}">{}</a>', url, record.name)

    @admin.display(description="上下文（首次提到的句子）")
    def context_display(self, obj):
        return marked_context(obj.context, obj.record.name)

    @admin.display(description="须核实")
    def ambiguous_flag(self, obj):
        reasons = (["有歧义：同一写法对应多条记录，请核实"] if obj.ambiguous else []) + (
            [f"存疑：{obj.doubt}，请核实是否指此人"] if obj.doubt else [])
        if not reasons:
            return "—"
        return format_html_join(mark_safe("<br>"), '<strong class="mention-ambiguous">{}</strong>',
                                ((reason,) for reason in reasons))


ArticleAdmin.inlines = (*ArticleAdmin.inlines, ArticleMentionInline)
