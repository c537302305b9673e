"""可新建的记录: the article admin's inline where an editor accepts or dismisses each proposed new record.

Added to news' ArticleAdmin from here (news cannot import academy), after 本文提到的记录. Rows are made
by academy.proposal_services from the text, never by hand: no add, no delete. A changed decision is
applied on save through the services: 采纳 creates the record(s) (one transaction), 忽略 is remembered,
待定 reopens a dismissed one. An accepted row shows a link to its new record's change page instead of
the choice (the record exists: edit or delete it there).
"""
from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminRadioSelect
from django.db.models import Case, Value, When
from django.urls import reverse
from django.utils.html import format_html

from academy.mention_admin import marked_context
from academy.models import RecordProposal
from academy.proposal_services import proposal_accept, proposal_dismiss, proposal_reopen
from academy.proposals import details_text
from news.admin import ArticleAdmin
from news.admin_workflow import LiveArticleInlineMixin

Status = RecordProposal.Status
EMPTY = format_html('<span class="empty">{}</span>', "—")  # an empty cell, left out of a phone's card


class ProposalForm(forms.ModelForm):
    class Meta:
        model = RecordProposal
        fields = ("status",)
        widgets = {"status": AdminRadioSelect(attrs={"class": "radiolist inline"})}
        labels = {"status": "决定"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (Status.PROPOSED, "待定"), (Status.ACCEPTED, "采纳"), (Status.DISMISSED, "忽略")]
        if self.instance.pk and self.instance.status == Status.ACCEPTED:
            self.fields["status"].disabled = True  # accepting made a record: not undone from here


class ProposalFormSet(forms.BaseInlineFormSet):
    user = None  # set per request by the inline's get_formset

    def save_existing(self, form, obj, commit=True):
        if "status" not in form.changed_data:
            return obj
        status = form.cleaned_data["status"]
        obj.status = form.initial.get("status", obj.status)  # the services read the stored decision
        if status == Status.ACCEPTED:
            proposal_accept(obj, by=self.user)
        elif status == Status.DISMISSED:
            proposal_dismiss(obj, by=self.user)
        else:
            proposal_reopen(obj)
        obj.refresh_from_db()
        return obj


class RecordProposalInline(LiveArticleInlineMixin, admin.TabularInline):
    model = RecordProposal
    form = ProposalForm
    formset = ProposalFormSet
    verbose_name = verbose_name_plural = "可新建的记录"
    fields = ("kind", "name_display", "details_display", "context_display", "status", "record_link")
    readonly_fields = ("kind", "name_display", "details_display", "context_display", "record_link")
    extra = 0
    can_delete = False
    classes = ("proposals",)

    def get_queryset(self, request):
        # 待定 first (what needs a decision), then 已采纳, then 已忽略; in the order the text gave them.
        order = {Status.PROPOSED: 0, Status.ACCEPTED: 1, Status.DISMISSED: 2}
        rank = Case(*(When(status=s, then=Value(i)) for s, i in order.items()))
        return super().get_queryset(request).with_records().annotate(rank=rank).order_by("rank", "pk")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        return type(formset.__name__, (formset,), {"user": request.user})

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="名称")
    def name_display(self, obj):
        return obj.name

    @admin.display(description="原文给出的信息")
    def details_display(self, obj):
        return details_text(obj.kind, obj.details) or EMPTY

    @admin.display(description="上下文（首次提到的句子）")
    def context_display(self, obj):
        return marked_context(obj.context, obj.name) if obj.context else EMPTY

    @admin.display(description="新建的记录")
    def record_link(self, obj):
        record = obj.record if obj.status == Status.ACCEPTED else None
        if record is None:
            if obj.status == Status.ACCEPTED:
                return "已采纳（记录已删除）"
            return format_html('<span class="no-record">{}</span>', "—")  # hidden on a phone
        url = reverse(f"admin:academy_{record._meta.model_name}_change", args=[record.pk])
        return format_html('<a href="{}">{}</a>（{}）', url, record.name, "去编辑")


ArticleAdmin.inlines = (*ArticleAdmin.inlines, RecordProposalInline)
